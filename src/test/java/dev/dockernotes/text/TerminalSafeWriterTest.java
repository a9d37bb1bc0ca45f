package dev.dockernotes.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The last guard before the terminal: our own styling passes, everything else is shown. */
class TerminalSafeWriterTest {
    private static final String ESC = "\u001b";

    private static String through(String... writes) {
        StringWriter sink = new StringWriter();
        PrintWriter w = TerminalSafeWriter.wrap(new PrintWriter(sink), false);
        for (String s : writes) {
            w.print(s);
        }
        w.flush();
        return sink.toString();
    }

    @Test
    void stylesAndWebLinksPass() {
        String own = ESC + "[1;33mrunc" + ESC + "[0m " + ESC + "]8;;https://docs.docker.com/" + ESC + "\\docs" + ESC + "]8;;" + ESC + "\\\n";
        assertThat(through(own)).isEqualTo(own);
    }

    @Test
    void everyOtherSequenceIsShown() {
        assertThat(through(ESC + "[2J")).isEqualTo("^[[2J");
        assertThat(through(ESC + "[6n")).isEqualTo("^[[6n");
        assertThat(through(ESC + "]0;title\u0007")).isEqualTo("^[]0;title^G");
        assertThat(through(ESC + "]8;;javascript:x" + ESC + "\\")).isEqualTo("^[]8;;javascript:x^[\\");
        assertThat(through("\u009b31m")).isEqualTo("M-^[31m");
        assertThat(through("a\rb")).isEqualTo("a^Mb");
        assertThat(through("\u007f\b\u0000")).isEqualTo("^?^H^@");
        assertThat(through(ESC + "c")).isEqualTo("^[c");
    }

    @Test
    void newlinesTabsAndCrLfPass() {
        assertThat(through("a\tb\r\nc\n")).isEqualTo("a\tb\r\nc\n");
    }

    @Test
    void aSequenceCutAcrossWritesIsPutTogether() {
        assertThat(through(ESC + "[1", ";33m", "x", ESC, "[0m")).isEqualTo(ESC + "[1;33mx" + ESC + "[0m");
        assertThat(through(ESC + "[2", "J")).isEqualTo("^[[2J");
    }

    @Test
    void anUnfinishedSequenceIsShownAtTheFlush() {
        assertThat(through(ESC + "]0;never ends")).isEqualTo("^[]0;never ends");
    }

    @Test
    void controlsShowInCaretNotation() {
        assertThat(Controls.visible("a\u001b[2Jb\tc\n")).isEqualTo("a^[[2Jb\tc\n");
        assertThat(Controls.visible("plain")).isSameAs("plain");
        assertThat(Controls.unixLineEndings("a\rb\r\nc\n\rd")).isEqualTo("a\nb\nc\n\nd");
        assertThat(Controls.isSafeLinkTarget("https://docs.docker.com/engine/")).isTrue();
        assertThat(Controls.isSafeLinkTarget("mailto:me@example.com")).isTrue();
        assertThat(Controls.isSafeLinkTarget("javascript:alert(1)")).isFalse();
        assertThat(Controls.isSafeLinkTarget("file:///etc/passwd")).isFalse();
        assertThat(Controls.isSafeLinkTarget("http://a.example/\u001b]0;x")).isFalse();
        assertThat(Controls.isSafeLinkTarget("chapter2.md#the-shim")).isFalse();
    }

    @Test
    void longPlainTextPassesWholeWithTheSequencesInItShown() {
        String plain = "lorem ipsum dolor sit amet ".repeat(20_000);
        String out = through(plain + ESC + "[2J" + plain, ESC + "[1m" + "bold" + ESC + "[0m" + plain + "\u0007");
        assertThat(out).isEqualTo(plain + "^[[2J" + plain + ESC + "[1mbold" + ESC + "[0m" + plain + "^G");
        StringWriter sink = new StringWriter();
        PrintWriter w = TerminalSafeWriter.wrap(new PrintWriter(sink), false);
        char[] chars = (plain + ESC + "]0;title\u0007" + plain).toCharArray();
        w.write(chars, 0, chars.length);
        w.flush();
        assertThat(sink.toString()).isEqualTo(plain + "^[]0;title^G" + plain);
    }
}
