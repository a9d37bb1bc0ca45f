package dev.dockernotes.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnsTest {
    @Test
    void wideCharactersTakeTwoColumnsAndCombiningMarksNone() {
        assertThat(Columns.width("docker")).isEqualTo(6);
        assertThat(Columns.width("漢字")).isEqualTo(4);
        assertThat(Columns.width("e\u0301")).isEqualTo(1);
    }

    @Test
    void escapeSequencesTakeNoColumns() {
        String link = "\u001b]8;;https://docs.docker.com\u001b\\\u001b[4;94mdocs\u001b[0m\u001b]8;;\u001b\\";
        assertThat(Columns.visibleWidth(link)).isEqualTo(4);
        assertThat(Columns.strip(link)).isEqualTo("docs");
    }

    @Test
    void strippingByHandRemovesWhatThePatternItReplacedRemoved() {
        // the pattern strip used to be: CSI sequences and OSC 8 links go, every other escape stays
        String pattern = "\u001b\\[[0-9;?]*[A-Za-z]|\u001b]8;[^\u001b]*\u001b\\\\";
        String[] pieces = {"\u001b", "[", "]", "8", ";", "?", "1", "m", "K", "\\", "\u0007", "a", " ", "漢", "e\u0301",
            "\u001b[0m", "\u001b[1;94m", "\u001b]8;;https://x\u001b\\", "\u001b]8;;\u001b\\", "\u001b[?25l", "\u001b(B"};
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            String expected = s.replaceAll(pattern, "");
            assertThat(Columns.strip(s)).as("strip of %s", s.replace("\u001b", "ESC")).isEqualTo(expected);
            assertThat(Columns.visibleWidth(s)).as("width of %s", s.replace("\u001b", "ESC")).isEqualTo(Columns.width(expected));
        }
    }

    @Test
    void truncationKeepsStylesClosesThemAndMarksTheCut() {
        assertThat(Columns.truncate("short", 10)).isEqualTo("short");
        assertThat(Columns.truncate("docker run nginx", 8)).isEqualTo("docker ›");
        String cut = Columns.truncate("\u001b[1mdocker run nginx\u001b[0m", 8);
        assertThat(cut).startsWith("\u001b[1mdocker ").endsWith("\u001b[0m\u001b]8;;\u001b\\›");
        assertThat(Columns.visibleWidth(cut)).isEqualTo(8);
        assertThat(Columns.truncate("漢字漢字", 5)).isEqualTo("漢字›");
    }
}
