package dev.dockernotes.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.cli.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While a lab is open, the shell's prompt names it; reset closes it. */
class ShellLabPromptTest {
    @TempDir
    Path home;

    @Test
    void promptShowsTheOpenLabUntilItIsReset() {
        Cli.Run r = new Cli(home).env("DOCKER_HOST", "unix://" + home.resolve("none.sock"))
                .stdin("lab ch3-volumes\nchapters\nlab reset --keep-engine --yes\nchapters\n").run("shell");
        assertThat(r.out()).contains("dockernotes lab ch3-volumes> chapters\n")
                .contains("dockernotes lab ch3-volumes> lab reset --keep-engine --yes\n")
                .endsWith("dockernotes> \n");
    }
}
