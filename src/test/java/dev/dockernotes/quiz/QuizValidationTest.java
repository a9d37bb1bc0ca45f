package dev.dockernotes.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.content.Problem;
import dev.dockernotes.content.Source;
import dev.dockernotes.notes.NotesLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every validation rule on its own broken file (src/test/resources/quizzes-broken/), with the exact message. */
class QuizValidationTest {
    private static final Set<String> TOPICS = NotesLoader.loadBuiltIn().graph().ids();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        malformed-json     | quizzes/malformed-json.json:11:5: malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name
        unknown-type       | quizzes/unknown-type.json:6:7: question 'q1': unknown type 'multiple-choice' (types: single, multiple, true-false, command, order, fill-in)
        missing-field      | quizzes/missing-field.json:4:5: question 'q1': missing field 'prompt'
        duplicate-id       | quizzes/duplicate-id.json:6:6: duplicate question id 'shim-parent' (first at quizzes/duplicate-id.json:4:6)
        unknown-topic      | quizzes/unknown-topic.json:10:7: question 'q1': unknown topic 'the-shm'; did you mean 'the-shim'? (see 'dockernotes topics')
        no-correct-choice  | quizzes/no-correct-choice.json:8:7: question 'q1': no choice is marked correct
        two-correct-single | quizzes/two-correct-single.json:8:7: question 'q1': 2 choices are marked correct; a single-choice question has exactly one (use type 'multiple')
        newer-version      | quizzes/newer-version.json:2:3: quiz format version 2 is newer than this dockernotes reads (1); update dockernotes to use this file
        missing-version    | quizzes/missing-version.json:1:1: missing field 'version' (the quiz format version; this dockernotes reads 1)
        """)
    void eachRuleReportsOneLineWithFileLineAndColumn(String name, String expected) throws IOException {
        QuizLoader.Result result = load(name);
        assertThat(result.problems()).map(Problem::format).containsExactly(expected);
        // the broken question is left out (of two with one id, the first stays)
        assertThat(result.questions()).hasSize(name.equals("duplicate-id") ? 1 : 0);
    }

    @Test
    void aMisspelledFieldIsNamedWithTheFieldItMeant() throws IOException {
        assertThat(load("unknown-field").problems()).map(Problem::format).containsExactly(
                "quizzes/unknown-field.json:4:5: question 'q1': missing field 'explanation'",
                "quizzes/unknown-field.json:9:7: question 'q1': unknown field 'explenation'; did you mean 'explanation'?");
    }

    @Test
    void aBadQuestionIsLeftOutAndTheOthersLoad() {
        String text = """
            {"version": 1, "questions": [
              {"id": "good", "type": "true-false", "prompt": "p", "answer": true, "explanation": "e", "topics": ["runc"]},
              {"id": "bad", "type": "true-false", "prompt": "p", "answer": "yes", "explanation": "e", "topics": ["runc"]}
            ]}
            """;
        QuizLoader.Result result = QuizLoader.load(List.of(new Source("quizzes/x.json", text)), TOPICS);
        assertThat(result.questions()).extracting(Question::id).containsExactly("good");
        assertThat(result.problems()).map(Problem::format)
                .containsExactly("quizzes/x.json:3:54: question 'bad': 'answer' must be true or false, not a string");
    }

    @Test
    void duplicateIdsAreFoundAcrossFiles() {
        String q = """
            {"version": 1, "questions": [
              {"id": "same", "type": "true-false", "prompt": "p", "answer": true, "explanation": "e", "topics": ["runc"]}]}
            """;
        QuizLoader.Result result = QuizLoader.load(List.of(new Source("quizzes/chapter1.json", q),
                new Source("quizzes/chapter2.json", q)), TOPICS);
        assertThat(result.problems()).map(Problem::format)
                .containsExactly("quizzes/chapter2.json:2:4: duplicate question id 'same' (first at quizzes/chapter1.json:2:4)");
    }

    private static QuizLoader.Result order(String swappable) {
        String text = """
            {"version": 1, "questions": [
              {"id": "o", "type": "order", "prompt": "p", "steps": ["a", "b", "c", "d"], "swappable": %s,
               "explanation": "e", "topics": ["runc"]}]}
            """.formatted(swappable);
        return QuizLoader.load(List.of(new Source("quizzes/x.json", text)), TOPICS);
    }

    @Test
    void swappableStepsAreReadAsGroupsOfNeighbours() {
        QuizLoader.Result ok = order("[[2, 3]]");
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.questions().get(0).swappable()).containsExactly(List.of(1, 2));
        assertThat(order("[[3, 4], [1, 2]]").questions().get(0).swappable()).containsExactly(List.of(2, 3), List.of(0, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u00ac', textBlock = """
        [[2, 5]]         | quizzes/x.json:2:92: question 'o': 'swappable' is a list of groups of neighbouring step numbers (1 to 4) that may come in any order, such as [[2, 3]]; 5 is not a step number
        [[2]]            | quizzes/x.json:2:92: question 'o': 'swappable' is a list of groups of neighbouring step numbers (1 to 4) that may come in any order, such as [[2, 3]]; a group names at least 2 steps
        [2, 3]           | quizzes/x.json:2:91: question 'o': 'swappable' is a list of groups of neighbouring step numbers (1 to 4) that may come in any order, such as [[2, 3]]; a group names at least 2 steps
        "2,3"            | quizzes/x.json:2:78: question 'o': 'swappable' is a list of groups of neighbouring step numbers (1 to 4) that may come in any order, such as [[2, 3]]
        [[1, 3]]         | quizzes/x.json:2:92: question 'o': the steps of a 'swappable' group must be neighbours (such as 2, 3, 4); steps between them would have to move too
        [[1, 2], [2, 3]] | quizzes/x.json:2:100: question 'o': step 2 is in more than one 'swappable' group (or twice in one)
        [[1, 2, 3, 4]]   | quizzes/x.json:2:92: question 'o': a 'swappable' group holds every step, so any order would be right; make it a multiple-select or true-false question instead
        [["b", "c"]]     | quizzes/x.json:2:92: question 'o': 'swappable' is a list of groups of neighbouring step numbers (1 to 4) that may come in any order, such as [[2, 3]]; a string is not a step number
        """)
    void badSwappableGroupsAreReportedAndTheQuestionLeftOut(String swappable, String expected) {
        QuizLoader.Result result = order(swappable);
        assertThat(result.problems()).map(Problem::format).containsExactly(expected);
        assertThat(result.questions()).isEmpty();
    }

    @Test
    void swappableIsOnlyForOrderQuestions() {
        String text = """
            {"version": 1, "questions": [
              {"id": "t", "type": "true-false", "prompt": "p", "answer": true, "swappable": [[1, 2]], "explanation": "e", "topics": ["runc"]}]}
            """;
        assertThat(QuizLoader.load(List.of(new Source("quizzes/x.json", text)), TOPICS).problems())
                .map(Problem::format)
                .containsExactly("quizzes/x.json:2:68: question 't': unknown field 'swappable' for a true-false question");
    }

    @Test
    void anEmptyFileSaysSo() {
        QuizLoader.Result result = QuizLoader.load(List.of(new Source("quizzes/empty.json", "  \n")), TOPICS);
        assertThat(result.problems()).map(Problem::format)
                .containsExactly("quizzes/empty.json: the file is empty; expected a JSON object");
    }

    private static QuizLoader.Result load(String name) throws IOException {
        try (InputStream in = QuizValidationTest.class.getResourceAsStream("/quizzes-broken/" + name + ".json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return QuizLoader.load(List.of(new Source("quizzes/" + name + ".json", text)), TOPICS);
        }
    }
}
