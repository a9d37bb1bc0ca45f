package dev.dockernotes.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class ShellHighlighterTest {
    private final ShellHighlighter highlighter = new ShellHighlighter(() -> new ShellHighlighter.Vocabulary() {
        @Override
        public Set<String> commands() {
            return Set.of("show", "explain", "topics");
        }

        @Override
        public Set<String> ids() {
            return Set.of("runc", "chapter2");
        }

        @Override
        public Set<String> dockerWords() {
            return Set.of("stop", "container");
        }
    });

    private AttributedStyle styleOf(String line, String word) {
        AttributedString s = highlighter.highlight(null, line);
        assertThat(s.toString()).isEqualTo(line);
        return s.styleAt(line.indexOf(word));
    }

    @Test
    void knownCommandsAreBoldAndUnknownOnesStandOut() {
        assertThat(styleOf("show runc", "show")).isEqualTo(ShellHighlighter.COMMAND);
        assertThat(styleOf("shwo runc", "shwo")).isEqualTo(ShellHighlighter.UNKNOWN);
    }

    @Test
    void idsOptionsAndDockerWordsHaveTheirOwnColours() {
        assertThat(styleOf("show runc --json", "runc")).isEqualTo(ShellHighlighter.ID);
        assertThat(styleOf("topics chapter2", "chapter2")).isEqualTo(ShellHighlighter.ID);
        assertThat(styleOf("show runc --json", "--json")).isEqualTo(ShellHighlighter.OPTION);
        assertThat(styleOf("explain docker container stop", "docker")).isEqualTo(ShellHighlighter.DOCKER);
        assertThat(styleOf("explain docker container stop", "stop")).isEqualTo(ShellHighlighter.DOCKER);
        assertThat(styleOf("show stop", "stop")).isEqualTo(AttributedStyle.DEFAULT);
    }

    @Test
    void quotedWordsStayWhole() {
        assertThat(styleOf("show \"runc here\"", "here")).isEqualTo(AttributedStyle.DEFAULT);
    }
}
