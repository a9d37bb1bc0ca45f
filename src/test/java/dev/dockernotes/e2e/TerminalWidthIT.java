package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A one-shot command on a real terminal lays its text out at that terminal's width: asked with one
 * system call (native), or with {@code stty size} where the native library is not used (exec).
 */
class TerminalWidthIT {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"native", "exec"})
    void explainOnATerminalWrapsAtItsWidth(String provider) throws Exception {
        Tmux.assumeInstalled("a one-shot command in a real terminal");
        String opts = provider.equals("exec") ? "-Ddockernotes.terminal=exec" : "";
        String command = "env -u COLUMNS DOCKERNOTES_HOME='" + tmp.resolve("home") + "' DOCKERNOTES_JAVA_OPTS='" + opts
                + "' NO_COLOR=1 '" + Launcher.SCRIPT + "' explain docker container stop";
        try (Tmux t = new Tmux().start(52, 60, command)) {
            t.waitForText("program exited with 0");
            String screen = t.joinedScreen();
            String[] lines = screen.split("\n");
            int widest = Arrays.stream(lines).mapToInt(String::length).max().orElse(0);
            assertThat(widest).as("laid out for 52 columns, not for a pipe's 80:%n%s", screen).isBetween(40, 52);
            assertThat(screen).contains("docker container stop");
        }
    }
}
