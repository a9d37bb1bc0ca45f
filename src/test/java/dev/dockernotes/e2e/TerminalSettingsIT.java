package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The terminal's settings (`stty -g`) are what they were once dockernotes is gone: after the
 * lesson pager quits, after the shell exits, after the shell is ended by SIGTERM. On the native
 * terminal and on jline's exec provider (the fallback, chosen here with -Ddockernotes.terminal=exec).
 */
class TerminalSettingsIT {
    @TempDir
    Path home;

    @BeforeAll
    static void needsTmux() {
        Tmux.assumeInstalled("the terminal's settings after dockernotes");
    }

    /** Runs {@code args} between two `stty -g`; the program's pid (the launcher execs java) in {@code pid}. */
    private String between(String provider, String args) {
        String opts = provider.equals("exec") ? "DOCKERNOTES_JAVA_OPTS=-Ddockernotes.terminal=exec " : "";
        return "stty -g > '" + home.resolve("before") + "'; sh -c 'echo $$ > \"" + home.resolve("pid") + "\"; exec env DOCKERNOTES_HOME=\""
                + home + "\" TERM=xterm-256color " + opts + "\"" + Launcher.SCRIPT + "\" " + args + "'; status=$?; stty -g > '"
                + home.resolve("after") + "'; (exit $status)";
    }

    private void assertRestored() throws Exception {
        String before = Files.readString(home.resolve("before")).strip();
        assertThat(before).isNotEmpty();
        assertThat(Files.readString(home.resolve("after")).strip()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "exec"})
    void afterTheLessonPagerQuits(String provider) throws Exception {
        try (Tmux t = new Tmux().start(80, 24, between(provider, "learn chapter2"))) {
            t.waitForText("Section 1 of 8 · Components of Docker Engine");
            t.type("n");
            t.waitForText("Section 2 of 8 · runc");
            t.type("q");
            assertThat(t.waitForExit()).isZero();
        }
        assertRestored();
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "exec"})
    void afterTheShellExits(String provider) throws Exception {
        try (Tmux t = new Tmux().start(80, 24, between(provider, "shell"))) {
            t.waitFor("the prompt", s -> s.stripTrailing().endsWith("dockernotes>"));
            t.type("chapters").keys("Enter");
            t.waitForText("chapter3  Chapter 3: Images and Containers");
            t.waitFor("the prompt", s -> s.stripTrailing().endsWith("dockernotes>"));
            t.keys("C-d");
            assertThat(t.waitForExit()).isZero();
        }
        assertRestored();
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "exec"})
    void afterTheShellIsEndedBySigterm(String provider) throws Exception {
        try (Tmux t = new Tmux().start(80, 24, between(provider, "shell"))) {
            t.waitFor("the prompt", s -> s.stripTrailing().endsWith("dockernotes>"));
            t.type("sho"); // the editor is in raw mode, a line half typed
            t.waitFor("the typed word", s -> s.stripTrailing().endsWith("sho"));
            String pid = Files.readString(home.resolve("pid")).strip();
            assertThat(new ProcessBuilder("kill", "-TERM", pid).start().waitFor()).isZero();
            assertThat(t.waitForExit()).isEqualTo(143);
        }
        assertRestored();
    }
}
