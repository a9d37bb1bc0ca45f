package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search, snippets and related topics read the notes' words with a hand-written scan (loading 10 MB
 * of notes reads a million words). These pin it to the words as documented: runs of letters and
 * digits (any script), joined by one '.', '_' or '-' ("docker.sock", "is-active", "overlay2"),
 * written here as the regular expression they once were, over seeded random text.
 */
class WordsTest {
    private static final Pattern DOCUMENTED_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[._-][\\p{L}\\p{N}]+)*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** ASCII, accents, CJK, a supplementary letter, Roman numeral XII, superscript two, a combining mark, dotted I, joiners, blanks, controls. */
    private static final String[] PIECES = {"a", "Z", "7", "é", "Ü", "漢", "\uD835\uDC00", "\u216B", "\u00B2", "\u0301",
        "\u0130", "Σ", ".", "_", "-", " ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u0001", "(", "`", "*", "s", "es",
        "ies", "ss", "us", "is", "xes", "ches", "shes", "sses", "docker.sock", "is-active", "\u2014", "\uD835"};

    private static String randomText(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void searchReadsTheDocumentedWords(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 200; n++) {
            String text = randomText(random, random.nextInt(60));
            List<String> expected = new ArrayList<>();
            Matcher m = DOCUMENTED_WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                expected.add(m.group());
            }
            assertThat(Search.tokens(text)).as("words of %s", text.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void wordsAreStemmedAsSearchStemsThem(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 500; n++) {
            String word = randomText(random, 1 + random.nextInt(5)).toLowerCase(Locale.ROOT);
            String padded = "x " + word + " y";
            int from = 2;
            int to = 2 + word.length();
            String expected = Search.stem(word);
            assertThat(Words.stem(padded, from, to, new StringBuilder()).toString()).isEqualTo(expected);
            int end = Words.stemEnd(padded, from, to);
            if (end >= 0) {
                assertThat(padded.substring(from, end)).isEqualTo(expected);
            } else {
                assertThat(word).endsWith("ies");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void whitespaceRunsBecomeOneSpaceAndTheEndsAreTrimmed(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 500; n++) {
            String text = randomText(random, random.nextInt(30));
            assertThat(Words.collapseWhitespace(new StringBuilder(text)))
                    .isEqualTo(WHITESPACE.matcher(text).replaceAll(" ").trim());
        }
    }
}
