package dev.dockernotes.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything remembered about one quiz question: how often it was answered and answered right (all
 * time), its last few attempts (oldest first), and its schedule. Only {@link #KEPT_ATTEMPTS} attempts
 * are kept, so the progress file stays small however long someone studies.
 */
public final class QuizRecord extends KeepsUnknownFields {
    /** Attempts kept per question; older ones live on only in {@link #answered()} and {@link #correctCount()}. */
    public static final int KEPT_ATTEMPTS = 5;

    int answered;
    int right;
    List<Attempt> attempts = new ArrayList<>();
    Schedule schedule;

    QuizRecord() {}

    /** The last few attempts, oldest first (at most {@link #KEPT_ATTEMPTS}). */
    public List<Attempt> attempts() {
        return Collections.unmodifiableList(attempts);
    }

    public Attempt addAttempt(Instant at, boolean correct, String given) {
        Attempt attempt = new Attempt(at, correct, given);
        attempts.add(attempt);
        answered++;
        if (correct) {
            right++;
        }
        trim();
        return attempt;
    }

    public Optional<Attempt> lastAttempt() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    /** How many times this question was answered, in all. */
    public int answered() {
        return answered;
    }

    /** How many of those answers were right, in all. */
    public long correctCount() {
        return right;
    }

    /** The schedule, created (not yet due) on first use. */
    public Schedule schedule() {
        if (schedule == null) {
            schedule = new Schedule();
        }
        return schedule;
    }

    /** Whether a schedule was ever set, without creating one. */
    public boolean hasSchedule() {
        return schedule != null;
    }

    public boolean isDue(Instant now) {
        return schedule != null && schedule.isDue(now);
    }

    /** A copy to change without changing this one (attempts, never changed once made, are shared). */
    QuizRecord copy() {
        QuizRecord r = new QuizRecord();
        r.answered = answered;
        r.right = right;
        r.attempts = new ArrayList<>(attempts);
        r.schedule = schedule == null ? null : schedule.copy();
        r.copyOther(this);
        return r;
    }

    private void trim() {
        if (attempts.size() > KEPT_ATTEMPTS) {
            attempts = new ArrayList<>(attempts.subList(attempts.size() - KEPT_ATTEMPTS, attempts.size()));
        }
    }

    /**
     * Makes a parsed record safe: a version 1 file kept every attempt and no totals, so the totals
     * are counted from them; totals are never less than the attempts kept; then only the last few
     * attempts are kept.
     */
    void normalize(int fileVersion) {
        if (attempts == null) {
            attempts = new ArrayList<>();
        }
        int rightKept = 0;
        for (int i = attempts.size() - 1; i >= 0; i--) {
            Attempt a = attempts.get(i);
            if (a == null) {
                attempts.remove(i);
            } else {
                a.normalize();
                rightKept += a.correct ? 1 : 0;
            }
        }
        if (fileVersion < 2) {
            answered = attempts.size();
            right = rightKept;
        }
        answered = Math.max(answered, attempts.size());
        right = Math.min(Math.max(right, rightKept), answered);
        trim();
    }

    /** The answers in {@code after} that this record (the same question before) does not have. */
    static QuizRecord added(QuizRecord before, QuizRecord after) {
        int newAnswers = after.answered - (before == null ? 0 : before.answered);
        if (newAnswers <= 0) {
            return null;
        }
        QuizRecord d = new QuizRecord();
        d.answered = newAnswers;
        d.right = Math.max(0, after.right - (before == null ? 0 : before.right));
        int n = Math.min(newAnswers, after.attempts.size());
        d.attempts = new ArrayList<>(after.attempts.subList(after.attempts.size() - n, after.attempts.size()));
        d.schedule = after.schedule;
        return d;
    }

    /**
     * Adds answers saved aside ({@link #added}); false, changing nothing, when they are here already
     * (a merge that was interrupted before it could delete what it merged).
     */
    boolean absorb(QuizRecord d) {
        List<Attempt> missing = d.attempts.stream().filter(a -> !attempts.contains(a)).toList();
        if (d.answered <= 0 || missing.isEmpty() && !d.attempts.isEmpty()) {
            return false;
        }
        boolean whole = missing.size() == d.attempts.size();
        int addAnswered = whole ? d.answered : missing.size();
        int addRight = whole ? Math.min(d.right, d.answered) : (int) missing.stream().filter(Attempt::correct).count();
        Instant lastBefore = lastAttempt().map(Attempt::at).orElse(null);
        Instant theirs = d.lastAttempt().map(Attempt::at).orElse(null);
        answered += addAnswered;
        right += addRight;
        attempts.addAll(missing);
        attempts.sort(Comparator.comparing(Attempt::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        trim();
        if (d.schedule != null && (lastBefore == null || theirs != null && !theirs.isBefore(lastBefore))) {
            schedule = d.schedule;
        }
        return true;
    }
}
