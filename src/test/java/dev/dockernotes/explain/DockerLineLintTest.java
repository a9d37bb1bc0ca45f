package dev.dockernotes.explain;

import dev.dockernotes.docker.DockerCli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.notes.Fixtures;
import dev.dockernotes.content.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerLineLintTest {
    private static final DockerCli CLI = DockerCli.builtIn();

    private static List<String> problems(String line) {
        return DockerLineLint.problems(CLI, line);
    }

    @Test
    void eachBadLineOfTheNotesIsReportedWhereItIs() {
        List<String> lines = DockerLineLint.check(Fixtures.load("dockerlines"), CLI).stream()
                .map(p -> p.file().replaceFirst(".*/", "") + ":" + p.line() + ": " + p.message()).toList();
        assertThat(lines).containsExactly(
                "lines.md:16: `--foo` is not a flag of docker container ls",
                "lines.md:19: `--detatch` is not a flag of docker container run; did you mean `--detach`?",
                "lines.md:20: `docker contianer stop` is not a docker command; did you mean `docker container stop`?",
                "lines.md:21: `--tail` needs a value (string)",
                "lines.md:22: docker refuses `127.0.0.1:80`: invalid hostPort: 127.0.0.1 (with an address, give the host port"
                        + " too: 127.0.0.1:8080:80, or 127.0.0.1::80 for a random one)",
                "lines.md:23: `\u2014name` looks like `--name` with a typographic dash (\u2014); type two plain hyphens");
    }

    @Test
    void theBuiltInNotesHaveNoDockerLineThatCannotRun() {
        List<Problem> problems = DockerLineLint.check(Fixtures.builtIn(), CLI);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "docker container exec -it <container-name or container-id> bash",
        "docker run -v $PWD:/app -e HOME=$HOME ${IMAGE:-nginx}",
        "sudo docker ps -a | grep web && docker stop web",
        "docker run -it ubuntu bash -c \"ls --weird-flag-of-ls\"",
        "docker run -p 127.0.0.1::80 -p 8080:80 nginx",
        "docker logs --tail 100 --since 42m web"})
    void placeholdersVariablesAndTheContainersOwnCommandAreFine(String line) {
        assertThat(problems(line)).isEmpty();
    }

    @Test
    void aDashThatJavaCouldNotDecodeInACLocaleIsPointedOutToo() {
        // LANG=C: the three UTF-8 bytes of an em dash reach Java as three replacement characters
        assertThat(problems("docker run \uFFFD\uFFFD\uFFFDname web nginx")).containsExactly("`\uFFFD\uFFFD\uFFFDname` looks like"
                + " `--name` with a dash that is not a plain hyphen (a typographic dash pasted from a web page?); type two plain hyphens");
        assertThat(problems("docker run \uFFFD\uFFFD\uFFFDit ubuntu")).containsExactly("`\uFFFD\uFFFD\uFFFDit` looks like"
                + " `-it` with a dash that is not a plain hyphen (a typographic dash pasted from a web page?); type a plain hyphen");
    }

    @Test
    void everyProblemOfALineIsListed() {
        assertThat(problems("docker run --detatch \u2014rm -p 127.0.0.1:80 nginx")).containsExactly(
                "`\u2014rm` looks like `--rm` with a typographic dash (\u2014); type two plain hyphens",
                "`--detatch` is not a flag of docker container run; did you mean `--detach`?",
                "docker refuses `127.0.0.1:80`: invalid hostPort: 127.0.0.1 (with an address, give the host port too:"
                        + " 127.0.0.1:8080:80, or 127.0.0.1::80 for a random one)");
        assertThat(problems("docker run -e \u201CA=b\u201D nginx")).containsExactly(
                "`\u201C` is a typographic quote: the shell does not treat it as a quote; type a plain \" or '");
    }
}
