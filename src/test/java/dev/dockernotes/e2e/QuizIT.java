package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockernotes.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A quiz taken through the built launcher in a pipe: `printf ... | dockernotes quiz ...`. */
class QuizIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aPipedQuizScoresSavesProgressAndIsReproducible() throws Exception {
        Path home = tmp.resolve("home");
        Processes.Result first = Launcher.run(home, tmp, "x\nx\nx\nx\n", "quiz", "ch2", "--seed", "4", "--count", "4", "--json");
        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).isEmpty();
        JsonNode wrong = JSON.readTree(first.out());
        assertThat(wrong.get("total").asInt()).isEqualTo(4);
        List<String> right = new ArrayList<>();
        wrong.get("results").forEach(r -> right.add(r.get("expected").asText()));

        Processes.Result again = Launcher.run(home, tmp, String.join("\n", right) + "\n", "quiz", "ch2", "--seed", "4", "--count", "4");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Question 1 of 4", "Right.", "Score: 4 of 4 right (100%)", "No weak topics in this quiz.");
        assertThat(again.err()).isEmpty();
        assertThat(Files.readString(home.resolve("progress.json"))).contains("\"attempts\"", "\"schedule\"", "\"due\"");
    }

    @Test
    void endOfInputStopsEarlyWithoutAStackTrace() throws Exception {
        Processes.Result r = Launcher.run(tmp.resolve("home"), tmp, "", "quiz", "--count", "3");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Question 1 of 3", "Stopped (end of input) after 0 of 3 questions", "No answers given.");
        assertThat(r.err()).doesNotContain("Exception");
    }

    /** A few rows of the quiz key (QuizKeyTest has them all) through the built launcher. */
    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ch3-detach-keys  | Ctrl-P Ctrl-Q                                                  | right
        ch3-detach-keys  | Ctrl-Q Ctrl-P                                                  | wrong
        ch3-detach-flag  | -D                                                             | wrong
        ch2-socket-path  | /run/docker.sock                                               | right
        ch2-socket-path  | /var/run/docker.socket                                         | wrong
        ch3-volume-run   | docker run --mount type=volume,src=mydata,dst=/app/data myimage | right
        ch3-inspect      | docker inspect --type container web                            | right
        """)
    void theQuizKeyThroughTheLauncher(String id, String answer, String verdict) throws Exception {
        Processes.Result r = Launcher.run(tmp.resolve("home"), tmp, answer.strip() + "\n", "quiz", id, "--seed", "1", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode result = JSON.readTree(r.out()).get("results").get(0);
        assertThat(result.get("id").asText()).isEqualTo(id);
        assertThat(result.get("correct").asBoolean()).as(r.out()).isEqualTo(verdict.strip().equals("right"));
    }

    @Test
    void checkValidatesTheBuiltInQuizzes() throws Exception {
        Processes.Result r = Launcher.run(tmp.resolve("home"), tmp, "", "check");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("quiz questions, 4 labs, no problems");
    }
}
