package dev.dockernotes.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format alone, in memory: what a document holds, or why it is not one. */
class ProgressReaderTest {
    private static final Path FILE = Path.of("/state/progress.json");

    private static Progress read(String json) throws CorruptProgressException {
        return ProgressReader.read(json.getBytes(StandardCharsets.UTF_8), FILE);
    }

    private static String why(String json) {
        try {
            read(json);
            return "read";
        } catch (CorruptProgressException e) {
            return e.reason;
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "''| it is empty",
        "[1, 2]| not a JSON object",
        "{\"read\": [}| not valid JSON: Unexpected close marker '}'",
        "{} {}| not valid JSON: more than one value",
        "{\"version\": \"2\"}| its version is not a number",
        "{\"version\": 1.5}| its version is not a whole number",
        "{\"version\": 2, \"read\": 42}| unexpected content: \"read\" should be a list, not a number (line 1, column 24)",
        "{\"quiz\": {\"q1\": {\"attempts\": [{\"given\": [1]}]}}}| unexpected content: \"given\" should be text, not a list (line 1, column 41)",
    })
    void whyBytesAreNotAProgressDocument(String json, String why) {
        assertThat(why(json)).startsWith(why);
    }

    @Test
    void aNewerVersionIsRefusedWhateverShapeTheRestHasEvenWhenItComesLast() {
        assertThatThrownBy(() -> read("{\"read\": \"a new shape\", \"quiz\": [1], \"version\": 30000000000000000000}"))
                .isInstanceOf(NewerVersionException.class)
                .hasMessage("progress file " + FILE + " was written by a newer dockernotes (version 30000000000000000000);"
                        + " upgrade dockernotes or move the file away");
    }

    @Test
    void aBrokenFileIsCorruptEvenWithANewerVersion() {
        assertThat(why("{\"version\": 3, \"read\": [")).startsWith("not valid JSON");
    }

    @Test
    void scalarsOfAnotherTypeAreConvertedNotFatal() throws CorruptProgressException {
        Progress p = read("""
                {"version": 2, "currentLab": 7,
                 "quiz": {"q1": {"answered": "4", "right": 2.9, "attempts": [null, {"at": 1767225600000, "correct": 1, "given": 42}]}},
                 "labs": {"l1": {"finished": ["a", null], "hints": {"a": "3", "b": null}, "started": {"odd": true}}}}
                """);
        assertThat(p.currentLab()).contains("7");
        QuizRecord q = p.quizRecords().get("q1");
        assertThat(q.answered()).isEqualTo(4);
        assertThat(q.correctCount()).isEqualTo(2);
        assertThat(q.attempts()).singleElement().satisfies(a -> {
            assertThat(a.at()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(a.correct()).isTrue();
            assertThat(a.given()).isEqualTo("42");
        });
        LabRecord lab = p.labRecords().get("l1");
        assertThat(lab.finishedSteps()).containsExactly("a");
        assertThat(lab.hints()).containsOnlyKeys("a").containsEntry("a", 3);
        assertThat(lab.started()).isEmpty();
    }

    @Test
    void anUnknownNameGivenTwiceKeepsItsLastValueAndIsWrittenOnce() throws CorruptProgressException {
        Progress p = read("{\"theme\": \"light\", \"x\": {\"a\": 1, \"a\": 2}, \"theme\": \"dark\"}");
        String written = new String(ProgressWriter.write(p), StandardCharsets.UTF_8);
        assertThat(written).endsWith(",\"theme\":\"dark\",\"x\":{\"a\":2}}").containsOnlyOnce("theme");
    }

    @Test
    void fieldsInAnotherOrderThanOursReadTheSame() throws CorruptProgressException {
        Progress ours = read("""
                {"version":2,"quiz":{"q":{"answered":1,"right":1,"attempts":[{"at":"2026-01-01T00:00:00Z","correct":true,"given":"g"}],
                 "schedule":{"due":"2026-01-02T00:00:00Z","intervalDays":1.0,"ease":2.6,"repetitions":1}}}}""");
        Progress other = read("""
                {"quiz":{"q":{"schedule":{"repetitions":1,"ease":2.6,"due":"2026-01-02T00:00:00Z","intervalDays":1.0},
                 "attempts":[{"given":"g","correct":true,"at":"2026-01-01T00:00:00Z"}],"right":1,"answered":1}},"version":2}""");
        assertThat(ProgressWriter.write(other)).isEqualTo(ProgressWriter.write(ours));
    }
}
