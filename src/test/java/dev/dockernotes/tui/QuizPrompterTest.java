package dev.dockernotes.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.quiz.AnswerChecker;
import dev.dockernotes.quiz.Choice;
import dev.dockernotes.quiz.DockerCommandChecker;
import dev.dockernotes.quiz.Presented;
import dev.dockernotes.quiz.Question;
import dev.dockernotes.quiz.QuestionType;
import dev.dockernotes.quiz.QuizSession.Reply;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The terminal prompts, driven by a byte script on a DumbTerminal. */
class QuizPrompterTest {
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private static final Presented SINGLE = new Presented(new Question("s", QuestionType.SINGLE, "p",
            List.of(new Choice("runc", true), new Choice("containerd", false)), null, null, null, null, "e",
            List.of("runc"), false, "t"), 1, 1, List.of(0, 1));

    private Reply ask(String keys, Presented shown) throws Exception {
        DumbTerminal terminal = new DumbTerminal(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen);
        AnswerChecker checker = new AnswerChecker(new DockerCommandChecker());
        return new QuizPrompter(terminal, checker, new DockerLineCompleter(DockerCli.builtIn())).ask(shown);
    }

    @Test
    void aLetterIsAnAnswer() throws Exception {
        assertThat(ask("b\n", SINGLE)).isEqualTo(new Reply.Answer("b"));
    }

    @Test
    void somethingThatIsNotALetterIsAskedAgainWithAHint() throws Exception {
        assertThat(ask("z\na\n", SINGLE)).isEqualTo(new Reply.Answer("a"));
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("press a letter, a to b (q quits)");
    }

    @Test
    void qQuitsAndEndOfInputEnds() throws Exception {
        assertThat(ask("q\n", SINGLE)).isEqualTo(new Reply.Quit());
        assertThat(ask("", SINGLE)).isEqualTo(new Reply.End("end of input"));
    }

    @Test
    void ctrlCEndsTheQuiz() throws Exception {
        assertThat(ask("\u0003", SINGLE)).isEqualTo(new Reply.End("interrupted"));
    }

    @Test
    void trueOrFalseTakesOneKey() throws Exception {
        Presented tf = new Presented(new Question("t", QuestionType.TRUE_FALSE, "p", null, true, null, null, null, "e",
                List.of("runc"), false, "t"), 1, 1, List.of());
        assertThat(ask("x" + "f", tf)).isEqualTo(new Reply.Answer("f"));
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("press t (true) or f (false)");
    }

    @Test
    void multipleSelectAndOrderReadALine() throws Exception {
        Presented multiple = new Presented(new Question("m", QuestionType.MULTIPLE, "p", List.of(new Choice("x", true),
                new Choice("y", true), new Choice("z", false)), null, null, null, null, "e", List.of("runc"), false, "t"),
                1, 1, List.of(0, 1, 2));
        assertThat(ask("a,b\n", multiple)).isEqualTo(new Reply.Answer("a,b"));
        Presented order = new Presented(new Question("o", QuestionType.ORDER, "p", null, null, null, List.of("1", "2", "3"),
                null, "e", List.of("runc"), false, "t"), 1, 1, List.of(2, 0, 1));
        assertThat(ask("2 3 1\n", order)).isEqualTo(new Reply.Answer("2 3 1"));
    }

    @Test
    void aCommandLineIsReadWhole() throws Exception {
        Presented command = new Presented(new Question("c", QuestionType.COMMAND, "p", null, null,
                List.of("docker container stop web"), null, null, "e", List.of("runc"), false, "t"), 1, 1, List.of());
        assertThat(ask("docker stop web\n", command)).isEqualTo(new Reply.Answer("docker stop web"));
    }
}
