package dev.dockernotes.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuizSessionTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private static Question tf(String id) {
        return new Question(id, QuestionType.TRUE_FALSE, "p " + id, null, true, null, null, null, "e", List.of("runc"), false, "t");
    }

    private static final List<Question> POOL = List.of(tf("a"), tf("b"), tf("c"), tf("d"), tf("e"), tf("f"));

    private static List<String> ids(List<Presented> plan) {
        return plan.stream().map(p -> p.question().id()).toList();
    }

    @Test
    void aSeedReproducesSelectionAndOrder() {
        List<String> first = ids(QuizSession.plan(POOL, 4, new Random(42), false, Map.of(), NOW));
        List<Question> reversed = new ArrayList<>(POOL);
        java.util.Collections.reverse(reversed);
        List<String> again = ids(QuizSession.plan(reversed, 4, new Random(42), false, Map.of(), NOW));
        assertThat(first).hasSize(4).isEqualTo(again);
        assertThat(ids(QuizSession.plan(POOL, 6, new Random(43), false, Map.of(), NOW))).containsExactlyInAnyOrderElementsOf(
                POOL.stream().map(Question::id).toList());
    }

    @Test
    void reviewAsksWhatIsDueFirstMostOverdueFirstThenNewQuestions() {
        Map<String, Instant> due = Map.of(
                "c", NOW.minus(Duration.ofDays(1)),
                "e", NOW.minus(Duration.ofDays(3)),
                "a", NOW.plus(Duration.ofDays(5)),
                "b", NOW.plus(Duration.ofDays(1)));
        List<String> plan = ids(QuizSession.plan(POOL, 6, new Random(1), true, due, NOW));
        assertThat(plan.subList(0, 2)).containsExactly("e", "c");
        assertThat(plan.subList(2, 4)).containsExactlyInAnyOrder("d", "f");
        assertThat(plan.subList(4, 6)).containsExactly("b", "a");
    }

    @Test
    void stoppingEarlyKeepsTheAnswersGiven() {
        List<Presented> plan = QuizSession.plan(POOL, 3, new Random(1), false, Map.of(), NOW);
        Deque<QuizSession.Reply> replies = new ArrayDeque<>(List.of(new QuizSession.Reply.Answer("t"),
                new QuizSession.Reply.Answer("f"), new QuizSession.Reply.End("interrupted")));
        List<String> saved = new ArrayList<>();
        QuizSession.Outcome outcome = new QuizSession(plan, new AnswerChecker(new DockerCommandChecker()))
                .run(shown -> replies.pop(), (shown, v) -> saved.add(shown.question().id() + "=" + v.correct()));
        assertThat(outcome.results()).hasSize(2);
        assertThat(outcome.correct()).isEqualTo(1);
        assertThat(outcome.stoppedBecause()).isEqualTo("interrupted");
        assertThat(saved).hasSize(2);
    }

    @Test
    void orderQuestionsAreNeverShownAlreadyInOrder() {
        Question q = new Question("o", QuestionType.ORDER, "p", null, null, null, List.of("1", "2"), null, "e", List.of("runc"), false, "t");
        for (int seed = 0; seed < 20; seed++) {
            assertThat(Presented.of(q, 1, 1, new Random(seed)).order()).containsExactly(1, 0);
        }
    }

    @Test
    void norInAnOrderThatIsRightBecauseStepsMaySwap() {
        Question q = new Question("o", QuestionType.ORDER, "p", null, null, null, List.of("a", "b", "c"), null,
                List.of(List.of(1, 2)), "e", List.of("runc"), false, "t");
        AnswerChecker checker = new AnswerChecker(new DockerCommandChecker());
        for (int seed = 0; seed < 50; seed++) {
            Presented shown = Presented.of(q, 1, 1, new Random(seed));
            assertThat(checker.check(shown, "1,2,3").correct()).as("seed " + seed + ": " + shown.items()).isFalse();
        }
    }
}
