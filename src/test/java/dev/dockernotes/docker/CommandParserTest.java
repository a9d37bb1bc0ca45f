package dev.dockernotes.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.docker.Token.Kind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandParserTest {
    private static final DockerCli CLI = DockerCli.builtIn();

    private static ParsedCommand parse(String line) {
        return CommandParser.parse(CLI, line);
    }

    /** "text:kind" for each token, space separated. */
    private static String kinds(String line) {
        return parse(line).tokens().stream().map(t -> t.text() + ":" + t.kind().label()).collect(Collectors.joining(" "));
    }

    @Test
    void everyNameOfEveryCommandResolvesToThatCommand() {
        for (DockerCli.Command c : CLI.all()) {
            assertThat(parse(c.name()).name()).as(c.name()).isEqualTo(c.name());
            for (String alias : c.aliases()) {
                // a plugin may list another command's name as its alias (buildx build: docker build); that one keeps it
                DockerCli.Command resolved = parse(alias).command().or(() -> parse(alias).group()).orElseThrow();
                assertThat(resolved.sameAs(c) || resolved.aliases().contains(alias)).as(alias + " -> " + resolved).isTrue();
                if (CLI.all().stream().noneMatch(o -> o != c && (o.name().equals(alias) || o.aliases().contains(alias)))) {
                    assertThat(parse(alias).name()).as(alias).isEqualTo(c.name());
                }
                assertThat(parse(alias).problems()).as(alias).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " -> ", textBlock = """
            docker ps -> docker container ls
            docker container list -> docker container ls
            docker container ps -> docker container ls
            docker stop web -> docker container stop
            docker rm web -> docker container rm
            docker container remove web -> docker container rm
            docker images -> docker image ls
            docker rmi ubuntu -> docker image rm
            docker build . -> docker image build
            docker builder build . -> docker image build
            docker events -> docker system events
            docker info -> docker system info
            docker inspect web -> docker inspect
            docker trust key generate me -> docker trust key generate
            sudo docker ps -> docker container ls
            docker -H tcp://node3:2376 --tlsverify ps -> docker container ls
            docker --context prod -D container stop web -> docker container stop
            docker container -> docker container
            """)
    void commandsResolveThroughAliases(String line, String canonical) {
        assertThat(parse(line).name()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            docker run -it ubuntu => docker:command run:subcommand -it:flag ubuntu:argument
            docker run -dit ubuntu => docker:command run:subcommand -dit:flag ubuntu:argument
            docker run -p8080:80 nginx => docker:command run:subcommand -p:flag 8080:80:value nginx:argument
            docker run -dp 8080:80 nginx => docker:command run:subcommand -dp:flag 8080:80:value nginx:argument
            docker run --name=web nginx => docker:command run:subcommand --name:flag web:value nginx:argument
            docker run --name web nginx => docker:command run:subcommand --name:flag web:value nginx:argument
            docker stop -t 5 web => docker:command stop:subcommand -t:flag 5:value web:argument
            docker stop web -t 5 => docker:command stop:subcommand web:argument -t:flag 5:value
            docker run --rm alpine echo -n hi => docker:command run:subcommand --rm:flag alpine:argument echo:argument -n:argument hi:argument
            docker run -it ubuntu bash -c "ls -l" => docker:command run:subcommand -it:flag ubuntu:argument bash:argument -c:argument ls -l:argument
            docker exec -it web sh -c 'echo $HOME' => docker:command exec:subcommand -it:flag web:argument sh:argument -c:argument echo $HOME:argument
            docker container rm -f -- -odd => docker:command container:subcommand rm:subcommand -f:flag --:flag -odd:argument
            docker -H tcp://node3:2376 ps -a => docker:command -H:flag tcp://node3:2376:value ps:subcommand -a:flag
            """)
    void tokensHaveRoles(String line, String expected) {
        assertThat(kinds(line)).isEqualTo(expected);
    }

    @Test
    void bundledFlagsNameEachFlag() {
        Token it = parse("docker run -it ubuntu").tokens().get(2);
        assertThat(it.flags()).containsExactly("--interactive", "--tty");
        Token dit = parse("docker run -dit ubuntu").tokens().get(2);
        assertThat(dit.flags()).containsExactly("--detach", "--interactive", "--tty");
        assertThat(parse("docker run -dit ubuntu").options()).extracting(ParsedCommand.Option::name)
                .containsExactly("--detach", "--interactive", "--tty");
    }

    @Test
    void argumentsGetTheirUsageRoles() {
        ParsedCommand p = parse("docker run -it -v mydata:/app/data -p 8080:80 -d --name web ubuntu:latest /bin/bash -l");
        assertThat(p.arguments()).extracting(ParsedCommand.Argument::role)
                .containsExactly("image", "container command", "container command argument");
        assertThat(p.tokens()).filteredOn(t -> t.text().equals("mydata:/app/data")).singleElement()
                .satisfies(t -> assertThat(t.meaning()).isEqualTo("volume mydata mounted at /app/data in the container"));
        assertThat(p.tokens()).filteredOn(t -> t.text().equals("8080:80")).singleElement()
                .satisfies(t -> assertThat(t.meaning()).isEqualTo("host port 8080 -> container port 80"));
        assertThat(p.tokens()).filteredOn(t -> t.text().equals("ubuntu:latest")).singleElement()
                .satisfies(t -> assertThat(t.meaning()).isEqualTo("image ubuntu, tag latest"));
        assertThat(parse("docker stop web db").arguments()).extracting(ParsedCommand.Argument::role)
                .containsExactly("container", "container");
    }

    @Test
    void typosGetTheCommandMeant() {
        ParsedCommand p = parse("docker contianer stp web");
        assertThat(p.suggestion()).contains("docker container stop");
        assertThat(p.problems()).first().isEqualTo("`docker contianer stp` is not a docker command; did you mean `docker container stop`?");
        assertThat(parse("docker stpo web").suggestion()).contains("docker container stop");
        assertThat(parse("docker imgae ls").suggestion()).contains("docker image ls");
    }

    @Test
    void unknownFlagsAndCommandsAreSaidPlainly() {
        assertThat(parse("docker container stop --foo web").problems())
                .containsExactly("`--foo` is not a flag of docker container stop");
        assertThat(parse("docker container stop --tmeout 5 web").problems())
                .containsExactly("`--tmeout` is not a flag of docker container stop; did you mean `--timeout`?");
        assertThat(parse("docker run -itz ubuntu").problems())
                .containsExactly("`-z` is not a flag of docker container run");
        assertThat(parse("docker frobnicate").problems()).containsExactly("`frobnicate` is not a docker command");
        assertThat(parse("docker container frobnicate").problems())
                .containsExactly("`frobnicate` is not a subcommand of docker container");
    }

    @Test
    void pipesAndListsSplitIntoCommands() {
        List<ParsedCommand> all = CommandParser.parseLine(CLI, "docker ps -q | xargs docker stop && docker ps -a; echo 'a | b' || true");
        assertThat(all).extracting(ParsedCommand::name)
                .containsExactly("docker container ls", "xargs", "docker container ls", "echo", "true");
        assertThat(all).extracting(ParsedCommand::operator).containsExactly("|", "&&", ";", "||", "");
        assertThat(all.get(3).arguments()).extracting(ParsedCommand.Argument::text).containsExactly("a | b");
    }

    @Test
    void otherProgramsTheNotesUse() {
        ParsedCommand curl = parse("sudo curl --unix-socket /var/run/docker.sock http://localhost/version");
        assertThat(curl.program()).isEqualTo("curl");
        assertThat(curl.tokens()).extracting(Token::kind)
                .containsExactly(Kind.COMMAND, Kind.COMMAND, Kind.FLAG, Kind.VALUE, Kind.ARGUMENT);
        ParsedCommand openssl = parse("openssl req -new -x509 -days 730 -key ca-key.pem -sha256 -out ca.pem");
        assertThat(openssl.name()).isEqualTo("openssl req");
        assertThat(openssl.options()).extracting(ParsedCommand.Option::value)
                .containsExactly(null, null, "730", "ca-key.pem", null, "ca.pem");
        assertThat(parse("service docker status").name()).isEqualTo("service docker status");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '\u00ac', textBlock = """
            echo "a b" 'c d' e\\ f => echo|a b|c d|e f
            echo "say \\"hi\\"" => echo|say "hi"
            docker ps -a  # list all => docker|ps|-a
            docker save img > out.tar => docker|save|img
            docker logs web 2>&1 => docker|logs|web
            docker container exec -it <container-name or container-id> bash => docker|container|exec|-it|<container-name or container-id>|bash
            docker image build -t <name:tag> . => docker|image|build|-t|<name:tag>|.
            docker run <image>:latest => docker|run|<image>:latest
            docker rm -f $(docker ps -aq) => docker|rm|-f|$(docker ps -aq)
            docker stop `docker ps -q` => docker|stop|`docker ps -q`
            """)
    void shellWords(String line, String words) {
        assertThat(String.join("|", ShellWords.words(line))).isEqualTo(words);
    }

    @Test
    void completionOffersSubcommandsAndFlags() {
        assertThat(CLI.completeSubcommands(List.of("docker", "container"))).contains("stop", "start", "ls", "list", "rm", "remove");
        assertThat(CLI.completeSubcommands(List.of("docker"))).contains("container", "image", "run", "ps");
        assertThat(CLI.completeFlags(List.of("docker", "stop", "web"))).contains("--timeout", "-t", "--signal", "-s");
        assertThat(CLI.completeFlags(List.of("docker"))).contains("--host", "-H", "--context");
    }
}
