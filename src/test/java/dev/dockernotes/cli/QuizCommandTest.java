package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.ProgressStore;
import dev.dockernotes.progress.QuizRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quiz run in-process with piped answers, as `printf ... | dockernotes quiz ...` would. */
class QuizCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private Cli.Run quiz(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("quiz"));
        all.addAll(List.of(args));
        return new Cli(home).stdin(stdin).run(all.toArray(String[]::new));
    }

    private static JsonNode json(Cli.Run run) throws Exception {
        return JSON.readTree(run.out());
    }

    /** The right answers for a seeded quiz, learnt from a first run with wrong ones. */
    private List<String> rightAnswers(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        JsonNode first = json(quiz("zzz\n".repeat(20), all.toArray(String[]::new)));
        List<String> answers = new ArrayList<>();
        first.get("results").forEach(r -> answers.add(r.get("expected").asText()));
        return answers;
    }

    @Test
    void theSameSeedAsksTheSameQuestionsSoTheRightAnswersScoreFull() throws Exception {
        List<String> right = rightAnswers("chapter2", "--seed", "7", "--count", "5");
        assertThat(right).hasSize(5);
        Cli.Run run = quiz(String.join("\n", right) + "\n", "chapter2", "--seed", "7", "--count", "5", "--json");
        JsonNode result = json(run);
        assertThat(result.get("total").asInt()).isEqualTo(5);
        assertThat(result.get("correct").asInt()).isEqualTo(5);
        assertThat(result.get("results").get(0).fieldNames()).toIterable()
                .contains("id", "correct", "given", "expected");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void textOutputShowsEachQuestionFeedbackAndTheScore() throws Exception {
        List<String> right = rightAnswers("chapter1", "--seed", "3", "--count", "3");
        String answers = right.get(0) + "\nwrong answer\n" + right.get(2) + "\n";
        Cli.Run run = quiz(answers, "chapter1", "--seed", "3", "--count", "3");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Question 1 of 3", "Question 2 of 3", "Question 3 of 3", "Right.", "Wrong. The answer: ",
                "Why: ", "Section: ", "dockernotes show ", "Score: 2 of 3 right (67%)", "Weakest topics (read these again):");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void wrongCommandAnswersSayWhatDiffers() throws Exception {
        Cli.Run run = quiz("docker run --name web nginx\n", "starting-a-container-in-daemon-mode", "--seed", "1", "--count", "1",
                "--json");
        JsonNode r = json(run).get("results").get(0);
        if (r.get("id").asText().equals("ch3-run-detached")) {
            assertThat(r.get("correct").asBoolean()).isFalse();
            assertThat(r.get("differences").toString()).contains("missing -d");
        }
        Cli.Run detached = quiz("docker run --name=web -d nginx\n".repeat(2), "starting-a-container-in-daemon-mode", "--count", "2",
                "--json");
        assertThat(detached.out()).contains("\"id\" : \"ch3-run-detached\"");
        JsonNode results = json(detached).get("results");
        for (JsonNode one : results) {
            if (one.get("id").asText().equals("ch3-run-detached")) {
                assertThat(one.get("correct").asBoolean()).isTrue();
            }
        }
    }

    @Test
    void endOfInputEndsTheQuizWithTheResultsSoFar() throws Exception {
        Cli.Run run = quiz("t\n", "chapter3", "--seed", "11", "--count", "4");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Question 2 of 4", "Stopped (end of input) after 1 of 4 questions; your answers so far are saved.",
                "Score: ");
        assertThat(run.out()).doesNotContain("Question 3 of 4");
        JsonNode json = json(quiz("t\n", "chapter3", "--seed", "11", "--count", "4", "--json"));
        assertThat(json.get("total").asInt()).isEqualTo(1);
        assertThat(json.get("stopped").asText()).isEqualTo("end of input");
    }

    @Test
    void qQuitsAndKeepsWhatWasAnswered() throws Exception {
        Cli.Run run = quiz("t\nq\nt\n", "--seed", "5", "--count", "5");
        assertThat(run.out()).contains("Stopped (quit) after 1 of 5 questions");
        Progress progress = new ProgressStore(home).load().progress();
        assertThat(progress.quizRecords()).hasSize(1);
    }

    @Test
    void everyAnswerIsRecordedWithAScheduleInProgress() throws Exception {
        Cli.Run run = quiz("a\nb\nc\n", "--seed", "9", "--count", "3", "--json");
        List<String> ids = new ArrayList<>();
        json(run).get("results").forEach(r -> ids.add(r.get("id").asText()));
        Progress progress = new ProgressStore(home).load().progress();
        assertThat(progress.quizRecords().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            QuizRecord record = progress.quiz(id);
            assertThat(record.attempts()).hasSize(1);
            assertThat(record.schedule().due()).isAfter(Instant.now());
            assertThat(record.schedule().intervalDays()).isEqualTo(1);
        }
    }

    @Test
    void reviewAsksTheDueQuestionsFirst() throws Exception {
        new ProgressStore(home).update(p -> {
            p.quiz("ch2-shim-parent").schedule().due(Instant.now().minusSeconds(3600)).intervalDays(1);
            p.quiz("ch1-runc-oci").schedule().due(Instant.now().minusSeconds(7200)).intervalDays(1);
        });
        Cli.Run run = quiz("", "--review", "--count", "3", "--seed", "1");
        assertThat(run.out()).contains("2 due for review first.");
        JsonNode json = json(quiz("x\nx\nx\n", "--review", "--count", "3", "--seed", "1", "--json"));
        assertThat(json.get("results").get(0).get("id").asText()).isEqualTo("ch1-runc-oci");
        assertThat(json.get("results").get(1).get("id").asText()).isEqualTo("ch2-shim-parent");
    }

    @Test
    void progressShowsTheQuizScorePerChapterAndWhatIsDue() throws Exception {
        Instant earlier = Instant.now().minusSeconds(86_400 * 2);
        new ProgressStore(home).update(p -> {
            p.quiz("ch2-shim-parent").addAttempt(earlier, true, "a");
            p.quiz("ch2-shim-parent").schedule().due(Instant.now().minusSeconds(3600)).intervalDays(1);
            p.quiz("ch2-runc-purpose").addAttempt(earlier, false, "delete");
            p.quiz("ch3-layers").addAttempt(earlier, true, "t");
        });
        Cli.Run run = new Cli(home).run("progress");
        // 83 columns: at 80 the score goes below the title, whole
        assertThat(run.out()).containsPattern("chapter2 .*Chapter 2: Docker Engine Architecture\\n {29}quiz 1/2 right, 1 due\\n");
        assertThat(run.out()).containsPattern("chapter3 .*Chapter 3: Images and Containers  quiz 1/1 right\\n");
        assertThat(run.out()).containsPattern("chapter1 .*Chapter 1: Docker Fundamentals\\n");
        assertThat(run.out()).contains("Review them: dockernotes quiz --review");
        JsonNode json = JSON.readTree(new Cli(home).run("progress", "--json").out());
        JsonNode ch2 = json.get("chapters").get(1).get("quiz");
        assertThat(ch2.get("answered").asInt()).isEqualTo(2);
        assertThat(ch2.get("rightLastTime").asInt()).isEqualTo(1);
        assertThat(ch2.get("due").asInt()).isEqualTo(1);
    }

    @Test
    void generatedQuestionsAreMarkedAsGenerated() throws Exception {
        Cli.Run run = quiz("a\n", "--generated", "--seed", "2", "--count", "1");
        assertThat(run.out()).contains("generated from the notes");
        JsonNode json = json(quiz("a\n", "--generated", "--seed", "2", "--count", "1", "--json"));
        assertThat(json.get("results").get(0).get("generated").asBoolean()).isTrue();
        assertThat(json.get("results").get(0).get("id").asText()).startsWith("gen-");
    }

    @Test
    void ownNotesWithoutAQuizFileGetGeneratedQuestions(@TempDir Path notes) throws Exception {
        Files.writeString(notes.resolve("k8s.md"), """
            # Kubernetes

            ## Commands

            - **`kubectl get`** - Lists resources.
            - **`kubectl apply`** - Creates or updates resources from a file.
            """);
        Cli.Run run = new Cli(home).stdin("a\nb\n").run("--notes", notes.toString(), "quiz", "--seed", "1");
        assertThat(run.err()).contains("no quiz questions written for these notes; asking questions generated from the notes");
        assertThat(run.out()).contains("Which command does this?", "Score: ");
    }

    @Test
    void quizFilesBesideOwnNotesAreUsedAndChecked(@TempDir Path notes) throws Exception {
        Files.writeString(notes.resolve("k8s.md"), "# Kubernetes\n\n## Pods\n\nA pod is a group of containers.\n");
        Files.createDirectories(notes.resolve("quizzes"));
        Files.writeString(notes.resolve("quizzes/k8s.json"), """
            {"version": 1, "questions": [
              {"id": "pod", "type": "true-false", "prompt": "A pod groups containers.", "answer": true,
               "explanation": "It does.", "topics": ["pods"]},
              {"id": "bad", "type": "true-false", "prompt": "x", "answer": true, "explanation": "x", "topics": ["pod"]}
            ]}
            """);
        Cli.Run check = new Cli(home).run("--notes", notes.toString(), "check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains(notes.resolve("quizzes/k8s.json") + ":4:90: question 'bad': unknown topic 'pod'; did you mean 'pods'?");
        Cli.Run run = new Cli(home).stdin("t\n").run("--notes", notes.toString(), "quiz", "--json");
        assertThat(json(run).get("results").get(0).get("id").asText()).isEqualTo("pod");
        assertThat(json(run).get("correct").asInt()).isEqualTo(1);
        assertThat(run.err()).contains("(question skipped; see 'dockernotes check')");
    }

    @Test
    void checkPassesOnTheBuiltInQuizzes() {
        Cli.Run run = new Cli(home).run("check");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("(?s)ok: 3 files, \\d+ topics, \\d+ quiz questions, 4 labs, no problems\\s*");
    }

    @Test
    void anUnknownScopeSuggestsTopics() {
        Cli.Run run = quiz("", "the-shm");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unknown topic 'the-shm'; did you mean 'the-shim'");
    }

    @Test
    void countMustBePositive() {
        assertThat(quiz("", "--count", "0").exitCode()).isEqualTo(2);
    }
}
