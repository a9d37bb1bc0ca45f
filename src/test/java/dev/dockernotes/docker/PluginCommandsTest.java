package dev.dockernotes.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docker compose and docker buildx read, named and compared like docker's own commands. */
class PluginCommandsTest {
    private static final DockerCli CLI = DockerCli.builtIn();

    private static ParsedCommand parse(String line) {
        return CommandParser.parse(CLI, line);
    }

    /** "text:role" for each token. */
    private static String roles(String line) {
        return parse(line).tokens().stream().map(t -> t.text() + ":" + t.role()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " -> ", textBlock = """
            docker compose up -d -> docker compose up
            docker compose -f compose.yaml -p shop up --build -> docker compose up
            docker compose --profile debug logs -f web -> docker compose logs
            docker buildx build -t app . -> docker buildx build
            docker buildx b . -> docker buildx build
            docker buildx f -> docker buildx bake
            docker buildx --builder mybuilder ls -> docker buildx ls
            docker buildx history inspect attachment ref -> docker buildx history inspect attachment
            docker buildx history inspect ref -> docker buildx history inspect
            docker compose bridge transformations ls -> docker compose bridge transformations list
            docker-compose up -d -> docker compose up
            sudo docker compose ps -> docker compose ps
            """)
    void pluginCommandsResolve(String line, String canonical) {
        ParsedCommand p = parse(line);
        assertThat(p.name()).isEqualTo(canonical);
        assertThat(p.problems()).isEmpty();
        assertThat(p.command().orElseThrow().plugin()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            docker compose -f compose.yaml up -d => docker:program compose:management command -f:flag compose.yaml:value up:command -d:flag
            docker compose exec web sh -c 'ls -l' => docker:program compose:management command exec:command web:service sh:container command -c:container command argument ls -l:container command argument
            docker compose exec -it web sh => docker:program compose:management command exec:command -it:flag web:service sh:container command
            docker compose run --rm web python manage.py test => docker:program compose:management command run:command --rm:flag web:service python:container command manage.py:container command argument test:container command argument
            docker compose cp web:/app/log.txt . => docker:program compose:management command cp:command web:/app/log.txt:service .:dest path
            docker buildx build --platform linux/amd64,linux/arm64 -t app --push . => docker:program buildx:management command build:command --platform:flag linux/amd64,linux/arm64:value -t:flag app:value --push:flag .:path
            """)
    void tokensHaveRoles(String line, String expected) {
        assertThat(roles(line)).isEqualTo(expected);
    }

    @Test
    void valuesOfPluginFlagsMeanWhatTheyDoThere() {
        ParsedCommand p = parse("docker compose -f compose.prod.yaml --profile debug up --scale web=3");
        assertThat(p.tokens()).filteredOn(t -> t.kind() == Token.Kind.VALUE).extracting(Token::meaning).containsExactly(
                "the Compose file compose.prod.yaml (instead of compose.yaml in the current folder)",
                "enables the profile debug: the services the Compose file marks with it start too",
                "runs 3 containers of the service web");
        assertThat(parse("docker buildx build --platform linux/arm64 .").tokens().get(4).meaning())
                .isEqualTo("builds for the platform linux/arm64");
        assertThat(parse("docker compose logs web").tokens().get(3).meaning())
                .isEqualTo("the service web (a service of the Compose file)");
    }

    @Test
    void flagsOfTheWrongLevelArePointedOut() {
        // docker compose's own flags go before the subcommand: `up -p` is not `-p` of compose
        assertThat(parse("docker compose up --profile dev").problems())
                .containsExactly("`--profile` is not a flag of docker compose up");
        assertThat(parse("docker compose upp").problems()).first().asString().contains("did you mean `docker compose up`?");
    }

    @ParameterizedTest(name = "{0}  ==  {1}")
    @CsvSource(delimiterString = " ~ ", textBlock = """
            docker build -t app . ~ docker buildx build -t app .
            docker buildx build -t app . ~ docker build --tag app .
            docker compose up -d ~ docker compose up --detach
            docker compose -f a.yaml up ~ docker compose --file a.yaml up
            docker compose exec -T web ls ~ docker compose exec --no-tty web ls
            docker compose logs --follow web ~ docker compose logs -f web
            """)
    void equalAnswers(String expected, String given) {
        CommandComparison.Result r = CommandComparison.compare(expected, given);
        assertThat(r.differences()).isEmpty();
        assertThat(r.matches()).isTrue();
    }

    @ParameterizedTest(name = "{0}  !=  {1}")
    @CsvSource(delimiterString = " ~ ", textBlock = """
            docker compose up -d ~ docker compose up ~ missing -d
            docker compose up -d ~ docker compose down ~ `docker compose down` stops and removes containers, networks; the question asks for `docker compose up` (create and start containers)
            docker compose up -d ~ docker-compose up -d ~ `docker-compose` is Compose v1, which Docker retired; write `docker compose` (the plugin)
            docker buildx build -t app . ~ docker buildx bake ~ `docker buildx bake` builds from a file; the question asks for `docker buildx build` (start a build)
            docker compose logs web ~ docker compose logs db ~ the service is db here, expected web
            """)
    void differentAnswers(String expected, String given, String difference) {
        CommandComparison.Result r = CommandComparison.compare(expected, given);
        assertThat(r.matches()).isFalse();
        assertThat(r.differences()).contains(difference);
    }

    @Test
    void theNotesNamerGroupsComposeV1WithTheV2Command() {
        DockerCommandNamer namer = new DockerCommandNamer(() -> CLI);
        assertThat(namer.name("docker-compose up -d")).contains("docker compose up");
        assertThat(namer.name("docker compose -f x.yaml up")).contains("docker compose up");
        assertThat(namer.name("docker buildx b .")).contains("docker buildx build");
    }
}
