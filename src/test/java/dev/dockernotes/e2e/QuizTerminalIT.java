package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quiz taken in a real terminal (tmux), as a new user would: one key, the order widget, a typo, Ctrl-C. */
class QuizTerminalIT {
    @TempDir
    Path home;

    @BeforeAll
    static void needsTmux() {
        Tmux.assumeInstalled("the quiz in a real terminal");
    }

    private String start(String args) {
        return "env DOCKERNOTES_HOME='" + home + "' TERM=xterm-256color '" + Launcher.SCRIPT + "' " + args;
    }

    /**
     * The arrange-steps widget at 40, 80 and 200 columns: Enter, then Down, Space (pick up), Up
     * (carry it up): each step shows once, whole (long ones wrap under their number), and no stale
     * half-line is left by a redraw.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {40, 80, 200})
    void theOrderWidgetRedrawsCleanlyAtAnyWidth(int width) throws Exception {
        try (Tmux t = new Tmux().start(width, 40, start("quiz ch2-run-order --no-color"))) {
            t.waitForText("(put in order)");
            t.waitFor("the answer prompt", s -> s.stripTrailing().endsWith(">"));
            t.keys("Enter");
            t.waitForText("Enter");
            t.keys("Down");
            t.waitFor("the cursor on step 2", s -> s.contains(" > 2."));
            t.keys("Space");
            t.waitFor("step 2 picked up", s -> s.contains("=> 2."));
            t.keys("Up");
            String screen = t.waitFor("step carried up", s -> s.contains("=> 1."));
            String list = screen.substring(screen.lastIndexOf("cancels"));
            for (int n = 1; n <= 3; n++) {
                assertThat(Pattern.compile("(?m)^(  | >|=>) " + n + "\\. ").matcher(list).results().count())
                        .as("step %d shows once:%n%s", n, list).isEqualTo(1);
            }
            assertThat(list.lines().filter(l -> !l.isBlank()).toList())
                    .as("every row is a step or its wrapped rest:%n%s", list)
                    .allSatisfy(l -> assertThat(l).matches("(cancels|(  | >|=>) \\d+\\. .*|      \\S.*)"));
            t.keys("Escape");
        }
    }

    @Test
    void eachKindOfWidgetThenTheScore() throws Exception {
        try (Tmux t = new Tmux().start(110, 50, start("quiz the-shim --count 3 --seed 2 --no-color"))) {
            for (int k = 1; k <= 3; k++) {
                String marker = "Question " + k + " of 3";
                t.waitForText(marker);
                String screen = t.waitFor("the answer prompt", s -> s.substring(s.lastIndexOf(marker)).stripTrailing().endsWith(">"));
                String question = screen.substring(screen.lastIndexOf(marker));
                if (question.contains("(single choice)")) {
                    Matcher m = Pattern.compile("(?m)^  ([a-d])\\) The shim$").matcher(question);
                    assertThat(m.find()).as(question).isTrue();
                    t.type(m.group(1)); // one key, no Enter
                } else if (question.contains("(put in order)")) {
                    t.keys("Enter");
                    t.waitForText("Enter accepts");
                    t.keys("Enter"); // accept the order as shown, which is never the right one
                } else {
                    assertThat(question).contains("(fill in)");
                    t.type("deamonless").keys("Enter"); // a typo is forgiven
                }
            }
            // the summary is printed line by line: wait for its last part, not its first
            String end = t.waitForText("Weakest topics (read these again):");
            assertThat(end).contains("accepted; it is spelled \"daemonless\"", "Score: 2 of 3 right (67%)",
                    "Weakest topics (read these again):");
            assertThat(t.waitForExit()).isZero();
        }
        assertThat(Files.readString(home.resolve("progress.json"))).contains("ch2-shim-parent", "ch2-daemonless", "ch2-run-order");
    }

    @Test
    void ctrlCLeavesWithTheAnswersSoFarSaved() throws Exception {
        try (Tmux t = new Tmux().start(110, 50, start("quiz chapter1 --count 3 --seed 8 --no-color"))) {
            t.waitForText("Question 1 of 3");
            t.waitFor("the answer prompt", s -> s.stripTrailing().endsWith(">"));
            t.keys("q");
            t.waitForText("Stopped (quit) after 0 of 3 questions");
            assertThat(t.waitForExit()).isZero();
        }
        try (Tmux t = new Tmux().start(110, 50, start("quiz chapter2 --count 3 --seed 1 --no-color"))) {
            t.waitForText("Question 1 of 3");
            t.waitFor("the answer prompt", s -> s.stripTrailing().endsWith(">"));
            t.type("zzz").keys("Enter");
            t.waitForText("Question 2 of 3");
            t.waitFor("the answer prompt", s -> s.substring(s.lastIndexOf("Question 2 of 3")).stripTrailing().endsWith(">"));
            t.keys("C-c");
            t.waitForText("Stopped (interrupted) after 1 of 3 questions; your answers so far are saved.");
            assertThat(t.waitForExit()).isEqualTo(130); // as README promises, and learn gives

        }
        assertThat(Files.readString(home.resolve("progress.json"))).contains("\"attempts\"");
    }

    @Test
    void ctrlBackslashPrintsNoThreadDumpIntoTheQuiz() throws Exception {
        try (Tmux t = new Tmux().start(110, 50, start("quiz chapter2 --count 3 --seed 1 --no-color"))) {
            t.waitForText("Question 1 of 3");
            t.waitFor("the answer prompt", s -> s.stripTrailing().endsWith(">"));
            t.keys("C-\\");
            t.type("zzz").keys("Enter");
            t.waitForText("Question 2 of 3");
            t.waitFor("the answer prompt", s -> s.substring(s.lastIndexOf("Question 2 of 3")).stripTrailing().endsWith(">"));
            t.keys("C-\\");
            t.type("q").keys("Enter");
            String end = t.waitForText("Stopped (quit) after 1 of 3 questions");
            assertThat(end).doesNotContain("Full thread dump", "\"main\"", "java.lang.Thread.State");
            assertThat(t.waitForExit()).isZero();
        }
    }
}
