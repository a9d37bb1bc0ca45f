package dev.dockernotes.progress;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Everything remembered about one quiz question: its attempts, oldest first, and its schedule. */
public final class QuizRecord extends KeepsUnknownFields {
    @JsonProperty
    private List<Attempt> attempts = new ArrayList<>();
    @JsonProperty
    private Schedule schedule;

    QuizRecord() {}

    public List<Attempt> attempts() {
        return Collections.unmodifiableList(attempts);
    }

    public Attempt addAttempt(Instant at, boolean correct, String given) {
        Attempt attempt = new Attempt(at, correct, given);
        attempts.add(attempt);
        return attempt;
    }

    public Optional<Attempt> lastAttempt() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    public long correctCount() {
        return attempts.stream().filter(Attempt::correct).count();
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

    void normalize() {
        if (attempts == null) {
            attempts = new ArrayList<>();
        }
        attempts.removeIf(a -> a == null);
    }

}
