package dev.dockernotes.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one wrapping function: columns, not chars; whole words, commands and ids; marked cuts. */
class WrapperTest {

    @Test
    void fillsLinesWithWholeWordsAfterTheirPrefixes() {
        assertThat(Wrapper.lines("Why: a container is a process with its own view of the system", "", "     ", 25))
                .containsExactly("Why: a container is a", "     process with its own", "     view of the system");
    }

    @Test
    void aCommandKeptTogetherMovesToTheNextLineWhole() {
        String text = "Read again: " + Wrapper.keep("dockernotes show starting-a-container-in-daemon-mode");
        assertThat(Wrapper.lines(text, "  ", "    ", 60))
                .containsExactly("  Read again:", "    dockernotes show starting-a-container-in-daemon-mode");
    }

    @Test
    void wordsKeptTogetherThatCannotFitOnAnyLineBreakAtTheirSpacesNotInsideAWord() {
        String text = Wrapper.keep("dockernotes show starting-a-container-in-daemon-mode");
        assertThat(Wrapper.lines(text, "", "", 40))
                .containsExactly("dockernotes show", "starting-a-container-in-daemon-mode");
    }

    @Test
    void onlyAWordWiderThanTheLineIsCutAndEveryCutPieceIsMarked() {
        List<String> lines = Wrapper.lines("see http://localhost:2375/v1.43/containers/json?all=1 now", "", "", 20);
        assertThat(lines).containsExactly("see", "http://localhost:23↩", "75/v1.43/containers↩", "/json?all=1 now");
        assertThat(lines).allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(20));
    }

    @Test
    void wideCharactersCountTwoColumnsAndCombiningMarksNone() {
        // 容器 is four columns wide: six of them fill a 24-column line
        List<String> lines = Wrapper.lines("容器 容器 容器 容器 容器 容器 容器", "", "", 24);
        assertThat(lines).containsExactly("容器 容器 容器 容器 容器", "容器 容器");
        assertThat(Wrapper.lines("cafe\u0301 cafe\u0301 cafe\u0301", "", "", 10)).containsExactly("cafe\u0301 cafe\u0301", "cafe\u0301");
    }

    @Test
    void escapeSequencesTakeNoColumnsAndAStyleOpenAtALineEndIsReopenedOnTheNext() {
        String dim = "\u001b[2m";
        List<String> lines = Wrapper.lines(dim + "one two three four" + "\u001b[0m", "", "  ", 10);
        assertThat(lines).containsExactly(dim + "one two\u001b[0m", "  " + dim + "three\u001b[0m", "  " + dim + "four\u001b[0m");
        assertThat(lines).allSatisfy(l -> assertThat(Columns.visibleWidth(l)).isLessThanOrEqualTo(10));
    }

    @Test
    void aLongFirstPrefixLikeALabelPutsAWordThatDoesNotFitBesideItOnTheNextLine() {
        assertThat(Wrapper.lines("starting-a-container", "  --a-very-long-label  ", "    ", 30))
                .containsExactly("  --a-very-long-label", "    starting-a-container");
    }

    @Test
    void hardBreaksAndSpaceRunsAreKeptAndCollapsed() {
        assertThat(Wrapper.fill("a   b\nc", "> ", "> ", 80)).isEqualTo("> a b\n> c");
    }

    @Test
    void foldingALongCodeLineShowsEveryCharacterWithMarksAndItsIndentation() {
        String code = "  docker run -it --name web -p 8080:80 nginx";
        List<String> pieces = Wrapper.fold(code, 20);
        assertThat(pieces).containsExactly("  docker run -it --↩", "  name web -p 8080:↩", "  80 nginx");
        assertThat(String.join("", pieces).replace("↩", "").replace("  ", ""))
                .isEqualTo(code.replace("  ", ""));
        assertThat(Wrapper.fold("short", 20)).containsExactly("short");
    }

    @Test
    void aLineLosesTheSpacesBeforeItsClosingSequencesAsThePatternItReplacedDid() {
        Pattern trailing = Pattern.compile(" +((?:\u001b\\[[0-9;]*m|\u001b]8;;\u001b\\\\)*)$");
        String[] pieces = {" ", "  ", "a", "m", ";", "1", "[", "\u001b", "\\", "\u001b[0m", "\u001b[1;94m", "\u001b[m",
            "\u001b]8;;\u001b\\", "\u001b]8;;https://x\u001b\\", "\u001b[?25l"};
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String line = sb.toString();
            assertThat(WrapperTextFiller.withoutTrailingSpace(line)).as(line.replace("\u001b", "ESC"))
                    .isEqualTo(trailing.matcher(line).replaceFirst("$1"));
        }
    }
}
