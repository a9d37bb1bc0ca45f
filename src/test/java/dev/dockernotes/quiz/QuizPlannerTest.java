package dev.dockernotes.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.QuizRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which questions a quiz asks: the pool a scope means, and due questions first on --review. */
class QuizPlannerTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final TopicGraph graph = dev.dockernotes.notes.NotesLoader.loadBuiltIn().graph();
    private final QuizBank bank = QuizBank.load(graph, null);

    @Test
    void aReviewAsksTheQuestionsDueFirstAndCountsThem() {
        List<Question> pool = bank.written().subList(0, 6);
        Progress progress = new Progress();
        Scheduler scheduler = new Scheduler();
        for (Question q : pool.subList(3, 5)) { // answered long ago: due now
            QuizRecord r = progress.quiz(q.id());
            Instant then = NOW.minus(Duration.ofDays(30));
            r.addAttempt(then, true, "x");
            scheduler.review(r.schedule(), true, then);
        }
        QuizPlanner.Plan plan = QuizPlanner.plan(pool, 4, new Random(1), true, progress, NOW);
        assertThat(plan.dueNow()).isEqualTo(2);
        assertThat(plan.questions()).hasSize(4);
        assertThat(plan.questions().subList(0, 2)).extracting(p -> p.question().id())
                .containsExactlyInAnyOrder(pool.get(3).id(), pool.get(4).id());
        assertThat(QuizPlanner.plan(pool, 4, new Random(1), false, new Progress(), NOW).dueNow()).isZero();
    }

    @Test
    void aScopeIsOneQuestionAChapterOrEverything() {
        Question one = bank.written().get(0);
        assertThat(QuizPlanner.pool(bank, graph, one.id(), false).questions()).containsExactly(one);
        QuizPlanner.Pool chapter2 = QuizPlanner.pool(bank, graph, "chapter2", false);
        assertThat(chapter2.questions()).isNotEmpty().allMatch(q -> q.id().startsWith("ch2-"));
        assertThat(chapter2.fallback()).isFalse();
        assertThat(QuizPlanner.pool(bank, graph, null, false).questions()).hasSameSizeAs(bank.written());
    }

    @Test
    void aNearMissOfAQuestionIdSaysWhichQuestionWasMeant() {
        String id = bank.written().get(0).id();
        String typo = id.substring(0, id.length() - 1) + (id.endsWith("x") ? "y" : "x");
        assertThatThrownBy(() -> QuizPlanner.pool(bank, graph, typo, false)).isInstanceOf(DockernotesException.class)
                .hasMessage("no topic or question '" + typo + "'; did you mean question '" + id + "'?");
    }
}
