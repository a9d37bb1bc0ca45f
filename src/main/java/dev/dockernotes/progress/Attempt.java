package dev.dockernotes.progress;

import java.time.Instant;
import java.util.Objects;

/** One answer to a quiz question: when, whether it was right, and what was given. */
public final class Attempt extends KeepsUnknownFields {
    /** What a given answer is cut to when stored: a pasted novel must not grow the file. */
    static final int MAX_GIVEN = 500;

    Instant at;
    boolean correct;
    String given;

    Attempt() {}

    public Attempt(Instant at, boolean correct, String given) {
        this.at = at;
        this.correct = correct;
        this.given = cut(given);
    }

    public Instant at() {
        return at;
    }

    public boolean correct() {
        return correct;
    }

    public String given() {
        return given;
    }

    void normalize() {
        given = cut(given);
    }

    private static String cut(String given) {
        return given == null || given.length() <= MAX_GIVEN ? given : given.substring(0, MAX_GIVEN) + "…";
    }

    /** The same answer (when, right or wrong, what): how a merge recognises an answer it already has. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Attempt a && correct == a.correct && Objects.equals(at, a.at) && Objects.equals(given, a.given);
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, correct, given);
    }
}
