package dev.dockernotes.fast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.cli.GlobalOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which command lines the fast path reads itself, and what it reads from them. */
class FastParserTest {
    private static FastParser.Parsed parse(String line) {
        return FastParser.parse(line.split(" "), false).orElseThrow();
    }

    private static boolean leftToPicocli(String line) {
        return FastParser.parse(line.split(" "), false).isEmpty();
    }

    @Test
    void readsOptionsGlobalOptionsAndWordsWherePicocliAcceptsThem() {
        FastParser.Parsed p = parse("--no-color search --limit=3 docker socket --json --notes /tmp/n");
        assertThat(p.command().name()).isEqualTo("search");
        assertThat(p.words()).containsExactly("docker", "socket");
        assertThat(p.options()).containsEntry("limit", 3).containsEntry("json.json", true);
        assertThat(p.globals()).containsEntry("noColor", true).containsEntry("notes", Path.of("/tmp/n"));
        assertThat(parse("chapters --color ALWAYS").globals()).containsEntry("color", GlobalOptions.ColorWhen.always);
        assertThat(parse("quiz ch1 --seed 0 --count 5").options()).containsEntry("seed", 0L).containsEntry("count", 5);
    }

    @Test
    void explainTakesEverythingAfterItsFirstWordAsTheLine() {
        FastParser.Parsed p = parse("explain --json docker run -it --help --json --no-color ubuntu");
        assertThat(p.words()).containsExactly("docker", "run", "-it", "--help", "--json", "--no-color", "ubuntu");
        assertThat(p.options()).containsEntry("jsonOption.json", true);
        assertThat(p.globals()).isEmpty();
    }

    @Test
    void searchReadsADashWordThatNamesNoOptionAsAWordAndLeavesOneCloseToAnOption() {
        FastParser.Parsed p = parse("search docker run -d --json -n 2 --rm");
        assertThat(p.words()).containsExactly("docker", "run", "-d", "--rm");
        assertThat(p.options()).containsEntry("limit", 2).containsEntry("json.json", true);
        assertThat(leftToPicocli("search docker -nd")).isTrue(); // -n with "d" attached
        assertThat(leftToPicocli("search docker -hx")).isTrue();
        assertThat(leftToPicocli("search --limitx docker")).isTrue();
        assertThat(leftToPicocli("search - docker")).isTrue();
        assertThat(leftToPicocli("explain --bogus docker")).isTrue(); // only search reads dash words so
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "chapters --help", "chapters -h", "show -V x", "learn --version", "--version",
        "chapters --", "search -- x", "explain docker run -- x", "search @args", "explain docker @args",
        "chapters --json --json", "--no-color chapters --no-color", "search -n5 x", "search -n=5 x", "search -n 0 x",
        "search -n -1 x", "search -n 07 x", "search --limit 99999999999 x", "quiz --seed -1", "quiz --count x",
        "learn --section", "learn --section --json", "--notes chapters", "--notes= chapters", "--color=rainbow chapters",
        "chapters x", "show", "show a b", "search", "explain", "explain --bogus docker", "learn a b", "topics",
        "shell extra", "shell --help", "lab chapter3", "chpaters", "--bogus chapters", "completion bash", "help show"})
    void leavesEverythingUnusualToPicocli(String line) {
        assertThat(leftToPicocli(line)).isTrue();
    }

    @Test
    void readsOnlyTheNumbersPicocliReadsTheSame() {
        assertThat(parse("quiz --seed 123456789012345678").options()).containsEntry("seed", 123456789012345678L);
        for (String odd : new String[] {"", "00", "01", "+1", "1e3", "1_000", "\u0661", "1234567890123456789", " 1"}) {
            assertThat(FastParser.plainNumber(odd)).as("'%s'", odd).isFalse();
        }
        assertThat(FastParser.plainNumber("0")).isTrue();
        assertThat(FastParser.plainNumber("900719925474099")).isTrue();
    }

    @Test
    void theShellRunsWithoutPicocliWithOrWithoutGlobalOptions() {
        assertThat(parse("shell").command().name()).isEqualTo("shell");
        assertThat(parse("--no-color shell --debug").globals()).containsEntry("noColor", true).containsEntry("debug", true);
    }

    @Test
    void anInteractiveQuizIsLeftToPicocliButAnInteractiveLessonIsNot() {
        assertThat(FastParser.parse(new String[] {"quiz", "ch1"}, true)).isEmpty();
        assertThat(FastParser.parse(new String[] {"quiz", "ch1"}, false)).isPresent();
        assertThat(FastParser.parse(new String[] {"learn", "ch1"}, true)).isPresent();
    }
}
