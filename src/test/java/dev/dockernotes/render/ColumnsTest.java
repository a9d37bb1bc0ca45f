package dev.dockernotes.render;

import static org.assertj.core.api.Assertions.assertThat;

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
    void truncationKeepsStylesClosesThemAndMarksTheCut() {
        assertThat(Columns.truncate("short", 10)).isEqualTo("short");
        assertThat(Columns.truncate("docker run nginx", 8)).isEqualTo("docker ›");
        String cut = Columns.truncate("\u001b[1mdocker run nginx\u001b[0m", 8);
        assertThat(cut).startsWith("\u001b[1mdocker ").endsWith("\u001b[0m\u001b]8;;\u001b\\›");
        assertThat(Columns.visibleWidth(cut)).isEqualTo(8);
        assertThat(Columns.truncate("漢字漢字", 5)).isEqualTo("漢字›");
    }
}
