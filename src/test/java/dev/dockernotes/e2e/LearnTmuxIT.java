package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dockernotes learn chapter2` in a real terminal (tmux on a private socket), driven by keys. */
class LearnTmuxIT {
    @TempDir
    Path home;

    @BeforeAll
    static void needsTmux() {
        Tmux.assumeInstalled("the lesson in a real terminal");
    }

    /**
     * The command line for tmux. The lesson uses the alternate screen; when a pane dies right after
     * leaving it, tmux scrolls the restored screen away under its "Pane is dead" line, so the pane
     * stays alive a moment after reporting the exit status (the server is killed at the end anyway).
     */
    private String start(String args) {
        return "env DOCKERNOTES_HOME='" + home + "' TERM=xterm-256color '" + Launcher.SCRIPT + "' " + args
                + "; echo \"[program exited with $?]\"; sleep 10";
    }

    @Test
    void nextPreviousContentsResizeAndQuit() throws Exception {
        try (Tmux t = new Tmux().start(80, 24, start("learn chapter2"))) {
            String first = t.waitForText("Section 1 of 8 · Components of Docker Engine");
            assertThat(first).contains("Chapter 2: Docker Engine Architecture", "TLDR:", "Docker daemon",
                    "n next · p previous · t contents · ? help · q quit");

            t.type("n");
            String second = t.waitForText("Section 2 of 8 · runc");
            assertThat(second).contains("runc has a single purpose in life");

            t.type("p");
            t.waitForText("Section 1 of 8 · Components of Docker Engine");

            t.type("t");
            String contents = t.waitForText("Contents");
            assertThat(contents).contains("1. Components of Docker Engine  (current)", "4. Docker Socket File",
                    "8. Secure Connection");

            t.type("4");
            String fourth = t.waitForText("Section 4 of 8 · Docker Socket File");
            assertThat(fourth).contains("sudo curl --unix-socket /var/run/docker.sock");

            t.type("?");
            t.waitForText("table of contents: type a number to jump");
            t.type("x");
            t.waitForText("Section 4 of 8 · Docker Socket File");

            t.resize(50, 20);
            String narrow = t.waitFor("the lesson redrawn at 50 columns",
                    s -> s.contains("Section 4 of 8") && s.contains("Using this we could bypass the Docker") 
                            && s.lines().allMatch(l -> l.length() <= 50));
            assertThat(narrow).contains("Using this we could bypass the Docker");

            t.type("q");
            String end = t.waitForText("Stopped at section 4 of 8");
            assertThat(end.replace("\n", "")).contains("Continue with: dockernotes learn"); // wrapped at 50 columns
            assertThat(t.waitForExit()).isZero();
        }
        String progress = Files.readString(home.resolve("progress.json"));
        assertThat(progress).contains("\"components-of-docker-engine\"", "\"runc\"", "\"docker-socket-file\"")
                .doesNotContain("\"containerd\"");
    }

    @Test
    void resumingStartsAtTheFirstUnreadSectionAndCtrlCExits130() throws Exception {
        try (Tmux t = new Tmux().start(80, 24, start("learn chapter1 --no-color"))) {
            t.waitForText("Section 1 of ");
            t.type("q");
            assertThat(t.waitForExit()).isZero();
        }
        try (Tmux t = new Tmux().start(80, 24, start("learn --no-color"))) {
            t.waitForText("Section 2 of ");
            t.keys("C-c");
            assertThat(t.waitForExit()).isEqualTo(130);
        }
    }

    @Test
    void learnAloneGoesOnWhereTheLastRunSaidItWould() throws Exception {
        try (Tmux t = new Tmux().start(100, 24, start("learn chapter2 --no-color"))) {
            t.waitForText("Section 1 of 8");
            t.type("n");
            t.waitForText("Section 2 of 8");
            t.type("n");
            t.waitForText("Section 3 of 8 · containerd");
            t.type("q");
            t.waitForText("Continue with: dockernotes learn (opens section 4 of 8, \"Docker Socket File\")");
            assertThat(t.waitForExit()).isZero();
        }
        try (Tmux t = new Tmux().start(100, 24, start("progress --no-color"))) {
            t.waitForText("Next: dockernotes learn chapter2  (continues at \"Docker Socket File\")");
        }
        try (Tmux t = new Tmux().start(100, 24, start("learn --no-color"))) {
            t.waitForText("Section 4 of 8 · Docker Socket File");
            t.keys("C-\\"); // SIGQUIT: no thread dump into the lesson
            t.type("j");
            String screen = t.waitForText("Section 4 of 8 · Docker Socket File");
            assertThat(screen).doesNotContain("Full thread dump", "java.lang.Thread.State");
            t.type("q");
            String end = t.waitForText("Stopped at section 4 of 8");
            assertThat(end).doesNotContain("Full thread dump");
            assertThat(t.waitForExit()).isZero();
        }
    }

    @Test
    void theEndOfAChapterWithASectionSkippedIsNotFinished() throws Exception {
        try (Tmux t = new Tmux().start(100, 24, start("learn chapter3 --no-color"))) {
            t.waitForText("Section 1 of 5 · Images");
            t.type("t");
            t.waitForText("Contents");
            t.type("5");
            t.waitForText("Section 5 of 5");
            t.type("n");
            String end = t.waitForText("End of the chapter: 2 of 5 sections read");
            assertThat(end).contains("Section 2: Containers", "Press Enter to open section 2").doesNotContain("You finished");
            t.keys("Enter");
            t.waitForText("Section 2 of 5 · Containers");
            t.type("q");
            String after = t.waitForText("Continue with:");
            assertThat(after.replace("\n", "")).contains("(opens section 3 of 5, \"Container Lifecycle\")");
            assertThat(t.waitForExit()).isZero();
        }
    }

    /** At 40x12 the header and the contents wrap a long title at a word, whole, and the key line keeps "q quit". */
    @Test
    void atFortyColumnsLongTitlesWrapInsteadOfBeingCut() throws Exception {
        try (Tmux t = new Tmux().start(40, 12, start("learn chapter2 --no-color"))) {
            String first = t.waitForText("Section 1 of 8");
            assertThat(first).contains("Section 1 of 8 · Components of Docker\n  Engine\n").doesNotContain("›");
            assertThat(first.lines()).allMatch(l -> l.length() <= 40);
            assertThat(first.stripTrailing()).endsWith("q quit");
            t.type("t");
            String contents = t.waitForText("Contents");
            assertThat(contents).contains("▸ 1. Components of Docker Engine\n     (current)\n", "  2. runc").doesNotContain("›");
            assertThat(contents.lines()).allMatch(l -> l.length() <= 40);
            t.keys("Escape");
            t.waitForText("Section 1 of 8");
            t.type("q");
            assertThat(t.waitForExit()).isZero();
        }
    }

    /**
     * Keys from the terminal, the lesson into a pipe: the launcher tells the program that stdout is no
     * terminal (it tests both with the shell's test -t), so the lesson is printed, not paged, and
     * nothing waits for a key.
     */
    @Test
    void withStdoutPipedTheLessonIsPrintedNotPaged() throws Exception {
        String command = "env DOCKERNOTES_HOME='" + home + "' TERM=xterm-256color '" + Launcher.SCRIPT
                + "' learn chapter2 | tail -n 4; echo \"[program exited with $?]\"; sleep 10";
        try (Tmux t = new Tmux().start(80, 24, command)) {
            assertThat(t.waitForExit()).isZero();
            String screen = t.screen();
            assertThat(screen).contains("You finished Chapter 2: Docker Engine Architecture.").doesNotContain("Section 8 of 8", "q quit");
        }
    }
}
