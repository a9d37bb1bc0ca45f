package dev.dockernotes.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.app.Lesson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;

/**
 * The class-data-sharing training run's terminal: opened as a lesson's terminal is (our provider,
 * termios through jline-native), but on a pseudo-terminal of its own, its keys from memory.
 */
class PseudoTerminalTest {
    @Test
    void theTrainingTerminalIsTheNativeOneOnItsOwnPseudoTerminalAndReadsItsKeysFromMemory() throws Exception {
        Terminal terminal = Terminals.onNewPseudoTerminal(new ByteArrayInputStream("nq".getBytes(StandardCharsets.UTF_8)));
        if (NativeLibrary.folderFor(System.getProperty("os.name"), System.getProperty("os.arch")).isEmpty()) {
            assertThat(terminal).as("no native terminal on this system: training keeps its in-memory one").isNull();
            return;
        }
        assertThat(terminal).isInstanceOf(KnownCapabilitiesTerminal.class);
        try (terminal) {
            assertThat(terminal.getWidth()).as("the pseudo-terminal's own size").isEqualTo(100);
            assertThat(terminal.getHeight()).isEqualTo(30);
            List<Integer> shown = new ArrayList<>();
            Lesson lesson = new Lesson("Chapter 9: Testing", List.of(
                    new Lesson.Section("first", "First", "### First\n\nOne."),
                    new Lesson.Section("second", "Second", "### Second\n\nTwo.")), "**Done.**");
            LessonPager pager = new LessonPager(terminal, lesson, false, false, shown::add);
            assertThat(pager.run(0)).isEqualTo(Lesson.Outcome.QUIT);
            assertThat(shown).containsExactly(0, 1);
            assertThat(String.join("\n", pager.lastScreen())).contains("Section 2 of 2 · Second", "Two.");
        }
    }
}
