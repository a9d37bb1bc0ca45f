package dev.dockernotes.progress;

import java.time.Instant;

/**
 * When a quiz question is due again, and the numbers the scheduler keeps to decide that (SM-2
 * style interval, ease and repetitions; FSRS style stability and difficulty). The quiz package
 * owns the meaning; this class only stores them. Setters return this so updates read as one line.
 *
 * <p>Any stored value loads ({@link ProgressReader}): a number out of range, text where a number
 * belongs, a date no clock can reach. What cannot be read takes its default (the scheduler then
 * clamps the rest), so one odd value never costs the whole progress file.
 */
public final class Schedule extends KeepsUnknownFields {
    Instant due;
    double intervalDays;
    double ease = 2.5;
    int repetitions;
    int lapses;
    double stability;
    double difficulty;

    public Schedule() {}

    /** When the question should be asked again; null = not scheduled yet. */
    public Instant due() {
        return due;
    }

    public Schedule due(Instant due) {
        this.due = due;
        return this;
    }

    public double intervalDays() {
        return intervalDays;
    }

    public Schedule intervalDays(double intervalDays) {
        this.intervalDays = intervalDays;
        return this;
    }

    public double ease() {
        return ease;
    }

    public Schedule ease(double ease) {
        this.ease = ease;
        return this;
    }

    public int repetitions() {
        return repetitions;
    }

    public Schedule repetitions(int repetitions) {
        this.repetitions = repetitions;
        return this;
    }

    public int lapses() {
        return lapses;
    }

    public Schedule lapses(int lapses) {
        this.lapses = lapses;
        return this;
    }

    public double stability() {
        return stability;
    }

    public Schedule stability(double stability) {
        this.stability = stability;
        return this;
    }

    public double difficulty() {
        return difficulty;
    }

    public Schedule difficulty(double difficulty) {
        this.difficulty = difficulty;
        return this;
    }

    /** A copy to change without changing this one. */
    Schedule copy() {
        Schedule s = new Schedule();
        s.due = due;
        s.intervalDays = intervalDays;
        s.ease = ease;
        s.repetitions = repetitions;
        s.lapses = lapses;
        s.stability = stability;
        s.difficulty = difficulty;
        s.copyOther(this);
        return s;
    }

    /** Due at or before {@code now} (a question never scheduled is not due). */
    public boolean isDue(Instant now) {
        return due != null && !due.isAfter(now);
    }
}
