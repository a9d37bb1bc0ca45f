package dev.dockernotes.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class InputLineHighlighterTest {
    private final InputLineHighlighter highlighter = new InputLineHighlighter(() -> new InputLineHighlighter.Vocabulary() {
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
        assertThat(styleOf("show runc", "show")).isEqualTo(InputLineHighlighter.COMMAND);
        assertThat(styleOf("shwo runc", "shwo")).isEqualTo(InputLineHighlighter.UNKNOWN);
    }

    @Test
    void idsOptionsAndDockerWordsHaveTheirOwnColours() {
        assertThat(styleOf("show runc --json", "runc")).isEqualTo(InputLineHighlighter.ID);
        assertThat(styleOf("topics chapter2", "chapter2")).isEqualTo(InputLineHighlighter.ID);
        assertThat(styleOf("show runc --json", "--json")).isEqualTo(InputLineHighlighter.OPTION);
        assertThat(styleOf("explain docker container stop", "docker")).isEqualTo(InputLineHighlighter.DOCKER);
        assertThat(styleOf("explain docker container stop", "stop")).isEqualTo(InputLineHighlighter.DOCKER);
        assertThat(styleOf("show stop", "stop")).isEqualTo(AttributedStyle.DEFAULT);
    }

    @Test
    void quotedWordsStayWhole() {
        assertThat(styleOf("show \"runc here\"", "here")).isEqualTo(AttributedStyle.DEFAULT);
    }
}
