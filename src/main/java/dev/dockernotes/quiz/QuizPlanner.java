package dev.dockernotes.quiz;

import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.text.Similarity;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Which questions a quiz asks: the pool a scope means, and the plan (due questions first on --review). */
public final class QuizPlanner {
    private QuizPlanner() {}

    /**
     * The questions a quiz may ask. {@code fallback}: none were written for the scope, so these were
     * generated from the notes (say so).
     */
    public record Pool(List<Question> questions, Optional<Topic> topic, boolean fallback) {}

    /**
     * The pool for {@code target} (null: everything): one question by its id, a chapter or topic,
     * written questions unless {@code generated}, else the generated ones when none are written.
     *
     * @throws DockernotesException when nothing is there to ask, or the target is a near miss of a question id
     */
    public static Pool pool(QuizBank bank, TopicGraph graph, String target, boolean generated) {
        Optional<Question> one = Optional.ofNullable(target).flatMap(bank::question);
        if (one.isEmpty() && target != null && graph.findTopic(target).isEmpty()) {
            List<String> ids = bank.written().stream().map(Question::id).toList();
            Optional<String> close = Similarity.suggestions(target, ids, 1).stream()
                    .filter(id -> Similarity.distance(id, target.toLowerCase(Locale.ROOT)) <= 2)
                    .findFirst();
            if (close.isPresent()) {
                throw new DockernotesException("no topic or question '" + target + "'; did you mean question '" + close.get() + "'?");
            }
        }
        Optional<Topic> topic = one.isPresent() ? Optional.empty() : Optional.ofNullable(target).map(graph::resolveTopic);
        List<Question> source = generated ? bank.generated() : bank.written();
        List<Question> pool = one.map(List::of).orElseGet(() -> topic.map(t -> QuizBank.about(source, t)).orElse(source));
        boolean fallback = false;
        if (pool.isEmpty() && !generated) {
            pool = topic.map(t -> QuizBank.about(bank.generated(), t)).orElse(bank.generated());
            fallback = !pool.isEmpty();
        }
        if (pool.isEmpty()) {
            throw new DockernotesException("no quiz questions" + topic.map(t -> " about '" + t.id() + "'").orElse("")
                    + (generated ? " can be generated from these notes" : ""));
        }
        return new Pool(pool, topic, fallback);
    }

    /** The questions to ask, in order, and how many of them are due for review now. */
    public record Plan(List<Presented> questions, long dueNow) {}

    /** At most {@code count} questions of the pool; with {@code review}, those due first (spaced repetition). */
    public static Plan plan(List<Question> pool, int count, Random random, boolean review, Progress progress, Instant now) {
        Map<String, Instant> due = new HashMap<>();
        progress.quizRecords().forEach((id, r) -> {
            if (r.hasSchedule() && r.schedule().due() != null) {
                due.put(id, r.schedule().due());
            }
        });
        List<Presented> questions = QuizSession.plan(pool, count, random, review, due, now);
        long dueNow = questions.stream()
                .filter(p -> due.containsKey(p.question().id()) && !due.get(p.question().id()).isAfter(now)).count();
        return new Plan(questions, dueNow);
    }
}
