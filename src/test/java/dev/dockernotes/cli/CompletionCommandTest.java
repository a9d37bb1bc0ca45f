package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {
    @TempDir
    Path home;

    @Test
    void bashScriptCompletesCommandsAndTopicIdsLikeTheShell() throws Exception {
        Cli.Run r = new Cli(home).run("completion", "bash");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete -F _complete_dockernotes", "\"chapter2\"", "\"runc\"").doesNotContain("\r");
        Path script = Files.writeString(home.resolve("dockernotes.bash"), r.out());
        assertThat(bashComplete(script, "dockernotes show ru")).isEqualTo("runc");
        assertThat(bashComplete(script, "dockernotes topi")).isEqualTo("topics");
        assertThat(bashComplete(script, "dockernotes topics chapter")).contains("chapter1 chapter2 chapter3");
        assertThat(bashComplete(script, "dockernotes explain docker container st")).contains("start", "stats", "stop");
        assertThat(bashComplete(script, "dockernotes explain docker stop --t")).isEqualTo("--timeout");
        assertThat(bashComplete(script, "dockernotes explain do")).isEqualTo("docker");
        assertThat(bashComplete(script, "dockernotes explain docker compose u")).contains("up", "unpause");
        assertThat(bashComplete(script, "dockernotes explain docker compose -f compose.yaml up --deta")).isEqualTo("--detach");
        assertThat(bashComplete(script, "dockernotes explain docker buildx build --platf")).isEqualTo("--platform");
        assertThat(bashComplete(script, "dockernotes --no-color explain docker ")).contains("container", "image", "run");
    }

    @Test
    void zshScriptUsesBashcompinit() {
        Cli.Run r = new Cli(home).run("completion", "zsh");
        assertThat(r.out()).startsWith("# dockernotes completion for zsh").contains("bashcompinit", "complete -F _complete_dockernotes");
    }

    @Test
    void unknownShellIsAUsageError() {
        Cli.Run r = new Cli(home).run("completion", "fish");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("fish");
    }

    /** Runs the script's completion function in bash as Tab would, and returns COMPREPLY. */
    private static String bashComplete(Path script, String line) throws Exception {
        String words = line.endsWith(" ") ? line + "''" : line;
        String program = "source '" + script + "' 2>/dev/null; COMP_LINE='" + line + "'; COMP_WORDS=(" + words + ");"
                + " COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); spec=$(complete -p dockernotes); fn=${spec#*-F }; fn=${fn%% *}; $fn 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        return Processes.run(new ProcessBuilder("bash", "-c", program).redirectErrorStream(true), null, Duration.ofSeconds(20))
                .out().trim();
    }
}
