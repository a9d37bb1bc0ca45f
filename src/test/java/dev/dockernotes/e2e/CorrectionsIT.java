package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.testing.Processes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corrections beside the notes through the built launcher: in a pipe, and in a lesson on a real terminal. */
class CorrectionsIT {
    @TempDir
    Path tmp;

    @Test
    void pipedLearnShowsTheCorrectionsAsPlainText() throws Exception {
        Processes.Result r = Launcher.run(tmp.resolve("home"), tmp, "", "learn", "chapter2");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("\u001b").doesNotContain("[!WARNING]")
                .contains("Default port: `2375/tcp`\n\n▌ CORRECTION\n▌ 2375 is the conventional port")
                .contains("▌ Source: Docker docs, \"Live restore\"");
        assertThat(r.out().split("\n▌ CORRECTION\n", -1)).as("seven corrections in chapter 2").hasSize(8);
    }

    @Test
    void aLessonOnATerminalShowsTheCorrectionLabelledInColourAndInNoColor() throws Exception {
        Tmux.assumeInstalled("the lesson in a real terminal");
        String command = "env DOCKERNOTES_HOME='" + tmp.resolve("home") + "' TERM=xterm-256color '" + Launcher.SCRIPT
                + "' learn chapter2 --section the-shim; echo \"[program exited with $?]\"; sleep 10";
        try (Tmux t = new Tmux().start(80, 40, command)) {
            String screen = t.waitForText("▌ Correction");
            assertThat(screen).contains("without impacting running containers!")
                    .contains("▌ Only with live restore.")
                    .contains("▌ Source: Docker docs, \"Live restore\"");
            t.type("q");
        }
        try (Tmux t = new Tmux().start(40, 40, "NO_COLOR=1 " + command)) {
            String screen = t.waitForText("▌ CORRECTION");
            assertThat(screen).contains("▌ Only with live restore.").doesNotContain("[!WARNING]");
            t.type("q");
        }
    }
}
