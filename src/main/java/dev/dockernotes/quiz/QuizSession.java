package dev.dockernotes.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One quiz: the questions picked (reproducibly for a seed), asked one by one through a
 * {@link Prompter} (the terminal widgets, or lines from standard input), each answer checked and
 * handed to a {@link Listener} (feedback, saving progress) right away, so stopping early keeps it.
 */
public final class QuizSession {

    /** What the user did at a question. */
    public sealed interface Reply {
        record Answer(String text) implements Reply {}

        /** Typed q: stop, keeping the answers so far. */
        record Quit() implements Reply {}

        /** End of input, or Ctrl-C: stop, keeping the answers so far. */
        record End(String why) implements Reply {}
    }

    @FunctionalInterface
    public interface Prompter {
        Reply ask(Presented shown);
    }

    public interface Listener {
        default void asking(Presented shown) {}

        void answered(Presented shown, Verdict verdict);
    }

    public record Result(Presented shown, Verdict verdict) {}

    /** The answers given, and why the quiz ended early (empty when every question was asked). */
    public record Outcome(List<Result> results, int asked, String stoppedBecause) {
        public long correct() {
            return results.stream().filter(r -> r.verdict().correct()).count();
        }
    }

    private final List<Presented> questions;
    private final AnswerChecker checker;

    public QuizSession(List<Presented> questions, AnswerChecker checker) {
        this.questions = List.copyOf(questions);
        this.checker = checker;
    }

    public List<Presented> questions() {
        return questions;
    }

    public Outcome run(Prompter prompter, Listener listener) {
        List<Result> results = new ArrayList<>();
        for (Presented shown : questions) {
            listener.asking(shown);
            Reply reply = prompter.ask(shown);
            if (reply instanceof Reply.Answer a) {
                Verdict v = checker.check(shown, a.text());
                results.add(new Result(shown, v));
                listener.answered(shown, v);
            } else {
                String why = reply instanceof Reply.End e ? e.why() : "quit";
                return new Outcome(results, questions.size(), why);
            }
        }
        return new Outcome(results, questions.size(), "");
    }

    /**
     * Picks up to {@code count} questions and shows them in a random order (from {@code random}, so
     * a seed reproduces it). In review mode, the questions due (earliest first) come first.
     *
     * @param due when each question is due, for those with a schedule
     */
    public static List<Presented> plan(List<Question> pool, int count, Random random, boolean review,
                                       Map<String, Instant> due, Instant now) {
        List<Question> shuffled = new ArrayList<>(pool);
        // a seed must not depend on file order; our own lambdas, not Comparator.comparing's (the JDK's
        // lambdas are not in the launcher's archive, and are spun at start)
        shuffled.sort((x, y) -> x.id().compareTo(y.id()));
        java.util.Collections.shuffle(shuffled, random);
        if (review) {
            List<Question> dueFirst = new ArrayList<>(shuffled.stream()
                    .filter(q -> due.containsKey(q.id()) && !due.get(q.id()).isAfter(now))
                    .sorted((x, y) -> due.get(x.id()).compareTo(due.get(y.id()))).toList());
            // then questions never asked, then the rest (not due yet)
            shuffled.stream().filter(q -> !due.containsKey(q.id())).forEach(dueFirst::add);
            shuffled.stream().filter(q -> due.containsKey(q.id()) && due.get(q.id()).isAfter(now))
                    .sorted((x, y) -> due.get(x.id()).compareTo(due.get(y.id()))).forEach(dueFirst::add);
            shuffled = dueFirst;
        }
        List<Question> picked = shuffled.subList(0, Math.min(count, shuffled.size()));
        List<Presented> shown = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            shown.add(Presented.of(picked.get(i), i + 1, picked.size(), random));
        }
        return shown;
    }
}
