package dev.dockernotes.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one way a problem in the notes, a quiz or a lab file is printed: file:line[:column]: message. */
class ProblemTest {
    @Test
    void printedWithTheLineAndTheColumnWhenKnown() {
        assertThat(new Problem("quizzes/chapter3.json", 14, 7, "question 'q1': missing field 'prompt'").format())
                .isEqualTo("quizzes/chapter3.json:14:7: question 'q1': missing field 'prompt'");
        assertThat(new Problem("notes/ch1.md", 5, "broken link to '#nowhere'").format())
                .isEqualTo("notes/ch1.md:5: broken link to '#nowhere'");
        assertThat(Problem.ofFile("labs/chapter1.json", "cannot read (AccessDeniedException); skipped").format())
                .isEqualTo("labs/chapter1.json: cannot read (AccessDeniedException); skipped");
        assertThat(new Problem("a.json", 0, 9, "m").format()).as("no column without a line").isEqualTo("a.json: m");
        assertThat(new Problem("a.json", 3, 9, "m")).hasToString("a.json:3:9: m");
    }

    @Test
    void controlCharactersInTheFileNameOrMessageAreShownNotObeyed() {
        assertThat(new Problem("evil\u001b]0;x\u0007.json", 1, 2, "unknown field '\u001b[2J'").format())
                .isEqualTo("evil^[]0;x^G.json:1:2: unknown field '^[[2J'");
    }

    @Test
    void listedByFileThenLineThenColumn() {
        List<Problem> problems = new ArrayList<>(List.of(new Problem("b.md", 1, "x"), new Problem("a.json", 3, 9, "y"),
                new Problem("a.json", 3, 2, "z"), Problem.ofFile("a.json", "w"), new Problem("a.json", 1, "v")));
        problems.sort(Problem.ORDER);
        assertThat(problems).extracting(Problem::format)
                .containsExactly("a.json: w", "a.json:1: v", "a.json:3:2: z", "a.json:3:9: y", "b.md:1: x");
    }
}
