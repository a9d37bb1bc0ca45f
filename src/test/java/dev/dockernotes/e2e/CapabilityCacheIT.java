package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal type's capabilities, kept beside the jar by the first start on a terminal, give the
 * next start the same screen as jline's own parsing did.
 */
class CapabilityCacheIT {
    @TempDir
    Path tmp;

    private String firstScreen(String home) throws Exception {
        String command = "env DOCKERNOTES_HOME='" + tmp.resolve(home) + "' TERM=xterm-256color '" + Launcher.SCRIPT
                + "' learn chapter2";
        try (Tmux t = new Tmux().start(90, 30, command)) {
            String screen = t.waitForText("Section 1 of 8");
            Thread.sleep(300); // the rest of the first screen
            screen = t.screen();
            t.type("q");
            assertThat(t.waitForExit()).isZero();
            return screen;
        }
    }

    @Test
    void aLessonStartedWithKeptCapabilitiesLooksTheSame() throws Exception {
        Tmux.assumeInstalled("the lesson in a real terminal");
        Path dir = Launcher.ROOT.resolve("target/native");
        Path kept = dir.resolve("capabilities-xterm-256color.txt");
        Files.deleteIfExists(kept);
        String parsed = firstScreen("one");
        assertThat(kept).as("kept by the first start").exists();
        String fromKept = firstScreen("two");
        assertThat(fromKept).isEqualTo(parsed).contains("Components of Docker Engine");
        try (Stream<String> lines = Files.lines(kept)) {
            assertThat(lines.skip(1)).as("the key, then capabilities").anyMatch(l -> l.startsWith("s cursor_address "));
        }
    }
}
