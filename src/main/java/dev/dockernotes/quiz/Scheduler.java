package dev.dockernotes.quiz;

import dev.dockernotes.progress.Schedule;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaced repetition with SM-2 (SuperMemo 2): each question keeps an interval, an ease factor and a
 * count of right answers in a row. A right answer grows the interval (1 day, 6 days, then times the
 * ease); a wrong one starts over at 1 day and lowers the ease, so questions missed often come back
 * more often. Answers here are only right or wrong, so they map to SM-2 grades 4 and 1.
 */
public final class Scheduler {
    static final double MIN_EASE = 1.3;
    static final int GRADE_RIGHT = 4;
    static final int GRADE_WRONG = 1;

    /** Updates the schedule after an answer given at {@code now}; returns it. */
    public Schedule review(Schedule s, boolean correct, Instant now) {
        int grade = correct ? GRADE_RIGHT : GRADE_WRONG;
        double interval;
        if (grade >= 3) {
            interval = switch (s.repetitions()) {
                case 0 -> 1;
                case 1 -> 6;
                default -> Math.round(Math.max(1, s.intervalDays()) * s.ease());
            };
            s.repetitions(s.repetitions() + 1);
        } else {
            interval = 1;
            s.repetitions(0);
            s.lapses(s.lapses() + 1);
        }
        int miss = 5 - grade;
        double ease = s.ease() + (0.1 - miss * (0.08 + miss * 0.02));
        s.ease(Math.max(MIN_EASE, ease));
        s.intervalDays(interval);
        s.due(now.plus(Duration.ofSeconds(Math.round(interval * 86_400))));
        return s;
    }
}
