package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one completion source: what Tab offers in the shell for each kind of word. */
class CompletionsTest {
    @TempDir
    Path home;

    private List<String> complete(String line) {
        AppContext ctx = new Cli(home).context();
        var cl = CommandLineFactory.create(ctx, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> words = List.of(line.split(" ", -1));
        return new Completions(cl, Map.of("exit", "Leave.")).words(words.subList(0, words.size() - 1), words.get(words.size() - 1));
    }

    @Test
    void commandNames() {
        assertThat(complete("")).contains("chapters", "topics", "show", "search", "graph", "check", "shell", "completion", "help", "exit");
        assertThat(complete("sh")).containsExactlyInAnyOrder("show", "shell");
        assertThat(complete("--no-color to")).containsExactly("topics");
        assertThat(complete("help sh")).containsExactlyInAnyOrder("show", "shell");
    }

    @Test
    void optionsOfTheCommandTyped() {
        assertThat(complete("show --")).contains("--json", "--help", "--notes", "--no-color", "--color")
                .doesNotContain("--limit");
        assertThat(complete("search -")).contains("-n", "--limit");
    }

    @Test
    void valuesOfAnOption() {
        assertThat(complete("show --color ")).containsExactly("auto", "always", "never");
        assertThat(complete("--color=a")).containsExactly("--color=auto", "--color=always");
        assertThat(complete("graph --format ")).isNotNull();
    }

    @Test
    void chapterIds() {
        assertThat(complete("topics ")).startsWith("chapter1", "chapter2", "chapter3")
                .contains("chapter-2-docker-engine-architecture");
        assertThat(complete("topics chapter2 ")).isEmpty();
    }

    @Test
    void topicIds() {
        assertThat(complete("show ru")).containsExactly("runc");
        assertThat(complete("show the-")).contains("the-shim");
        assertThat(complete("show --json conta")).contains("containerd", "container-creation-process");
        assertThat(complete("show runc ")).isEmpty();
    }

    @Test
    void dockerCommandTreeAfterExplainDocker() {
        org.junit.jupiter.api.Assumptions.assumeTrue(!complete("").isEmpty() && complete("").contains("explain"),
                "explain is not on this branch yet");
        assertThat(complete("explain ")).contains("docker");
        assertThat(complete("explain docker ")).contains("container", "image", "run", "stop", "ps");
        assertThat(complete("explain docker cont")).contains("container", "context");
        assertThat(complete("explain docker container ")).contains("ls", "stop", "rm", "ps");
        assertThat(complete("explain docker container stop --")).contains("--timeout", "--signal", "--help");
        assertThat(complete("explain docker stop -")).contains("-t", "--timeout");
        assertThat(complete("explain docker run -d ")).isNotNull();
    }

    @Test
    void dockerModelCompletionWithoutTheExplainCommand() {
        // The docker model itself, as the explain command will reach it.
        assertThat(DockerCompletion.candidates(List.of(), "").stream().map(Completions.Suggestion::value))
                .contains("container", "image", "run", "stop");
        assertThat(DockerCompletion.candidates(List.of("container"), "s").stream().map(Completions.Suggestion::value))
                .contains("stop", "start", "stats");
        assertThat(DockerCompletion.candidates(List.of("container", "stop"), "--").stream().map(Completions.Suggestion::value))
                .contains("--timeout", "--signal");
        assertThat(DockerCompletion.candidates(List.of("stop", "-t"), "").isEmpty()).isTrue();
        assertThat(DockerCompletion.words()).contains("container", "stop", "ps");
    }

    @Test
    void composeAndBuildxCompleteLikeDocker_sOwnCommands() {
        assertThat(values(List.of(), "")).contains("compose", "buildx");
        assertThat(values(List.of("compose"), "")).contains("up", "down", "exec", "logs").doesNotContain("alpha");
        assertThat(values(List.of("compose"), "-")).contains("-f", "--file", "--profile", "--project-name")
                .doesNotContain("--insecure-registry");
        assertThat(values(List.of("compose", "up"), "--")).contains("--detach", "--build", "--scale");
        assertThat(values(List.of("compose", "-f", "compose.yaml", "up"), "--")).contains("--detach");
        assertThat(values(List.of("compose", "-f"), "")).isEmpty(); // the value of -f: anything goes
        assertThat(values(List.of("buildx"), "b")).contains("build", "bake");
        assertThat(values(List.of("buildx", "build"), "--p")).contains("--platform", "--push", "--progress");
        assertThat(DockerCompletion.words()).contains("compose", "buildx", "up", "bake");
    }

    private static List<String> values(List<String> words, String current) {
        return DockerCompletion.candidates(words, current).stream().map(Completions.Suggestion::value).toList();
    }

    @Test
    void quizTargetsAndResetChapters() {
        assertThat(complete("quiz ")).startsWith("chapter1", "chapter2", "chapter3").contains("runc", "the-shim");
        assertThat(complete("quiz --count 3 ru")).containsExactly("runc");
        assertThat(complete("quiz --")).contains("--count", "--review", "--generated", "--seed");
        assertThat(complete("reset ")).contains("chapter1", "chapter2", "chapter3").doesNotContain("runc");
    }

    @Test
    void labIdsAndLabSubcommands() {
        List<String> labs = complete("lab ");
        assertThat(labs).contains("check", "hint", "answer", "status", "reset", "chapter1");
        assertThat(labs.stream().filter(w -> !List.of("check", "hint", "answer", "status", "reset").contains(w)
                && !w.startsWith("chapter"))).isNotEmpty();
        String someLab = labs.stream().filter(w -> !w.startsWith("chapter") && !List.of("check", "hint", "answer", "status", "reset").contains(w))
                .findFirst().orElseThrow();
        assertThat(complete("lab check ")).contains(someLab);
        assertThat(complete("lab answer --lab ")).contains(someLab);
    }

    @Test
    void nothingAfterAWordThatTakesNoCompletion() {
        assertThat(complete("search ")).isEmpty();
        assertThat(complete("nosuchcommand ")).isEmpty();
    }
}
