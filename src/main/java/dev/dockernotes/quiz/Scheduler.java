package dev.dockernotes.quiz;

import dev.dockernotes.progress.Schedule;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaced repetition with SM-2 (SuperMemo 2): each question keeps an interval, an ease factor and a
 * count of right answers in a row. A right answer grows the interval (1 day, 6 days, then times the
 * ease); a wrong one starts over at 1 day and lowers the ease, so questions missed often come back
 * more often. Answers here are only right or wrong, so they map to SM-2 grades 4 and 1.
 *
 * <p>Intervals stop growing at {@link #MAX_INTERVAL_DAYS}: a question known for a year still comes
 * back once a year (plain SM-2 grows without bound: 39 right answers in a row would be 2e11 days, a
 * date no clock can hold). Stored values are clamped before use, so a hand-edited or odd schedule
 * never breaks an answer.
 */
public final class Scheduler {
    static final double MIN_EASE = 1.3;
    static final double MAX_EASE = 5.0;
    static final double START_EASE = 2.5;
    /** The longest interval between two reviews of a question. */
    public static final double MAX_INTERVAL_DAYS = 365;
    static final int GRADE_RIGHT = 4;
    static final int GRADE_WRONG = 1;

    /** Updates the schedule after an answer given at {@code now}; returns it. */
    public Schedule review(Schedule s, boolean correct, Instant now) {
        int grade = correct ? GRADE_RIGHT : GRADE_WRONG;
        double previous = clamp(s.intervalDays(), 0, MAX_INTERVAL_DAYS, 0);
        double oldEase = clamp(s.ease(), MIN_EASE, MAX_EASE, START_EASE);
        int repetitions = Math.max(0, Math.min(s.repetitions(), 1_000_000));
        double interval;
        if (grade >= 3) {
            interval = switch (repetitions) {
                case 0 -> 1;
                case 1 -> 6;
                default -> Math.round(Math.max(1, previous) * oldEase);
            };
            s.repetitions(repetitions + 1);
        } else {
            interval = 1;
            s.repetitions(0);
            s.lapses(Math.max(0, Math.min(s.lapses(), 1_000_000)) + 1);
        }
        interval = Math.min(MAX_INTERVAL_DAYS, interval);
        int miss = 5 - grade;
        double ease = oldEase + (0.1 - miss * (0.08 + miss * 0.02));
        s.ease(clamp(ease, MIN_EASE, MAX_EASE, START_EASE));
        s.intervalDays(interval);
        s.due(now.plus(Duration.ofSeconds(Math.round(interval * 86_400))));
        return s;
    }

    private static double clamp(double v, double min, double max, double otherwise) {
        if (!Double.isFinite(v)) {
            return otherwise;
        }
        return Math.max(min, Math.min(max, v));
    }
}
