package dev.dockernotes.progress;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * When a quiz question is due again, and the numbers the scheduler keeps to decide that (SM-2
 * style interval, ease and repetitions; FSRS style stability and difficulty). The quiz package
 * owns the meaning; this class only stores them. Setters return this so updates read as one line.
 *
 * <p>Any stored value loads: a number out of range, text where a number belongs, a date no clock can
 * reach. What cannot be read takes its default (the scheduler then clamps the rest), so one odd
 * value never costs the whole progress file.
 */
@JsonDeserialize(using = Schedule.Lenient.class)
public final class Schedule extends KeepsUnknownFields {
    @JsonProperty
    private Instant due;
    @JsonProperty
    private double intervalDays;
    @JsonProperty
    private double ease = 2.5;
    @JsonProperty
    private int repetitions;
    @JsonProperty
    private int lapses;
    @JsonProperty
    private double stability;
    @JsonProperty
    private double difficulty;

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

    /** Due at or before {@code now} (a question never scheduled is not due). */
    public boolean isDue(Instant now) {
        return due != null && !due.isAfter(now);
    }

    /** Reads a schedule field by field, forgiving every value (see the class comment). */
    static final class Lenient extends StdDeserializer<Schedule> {
        private static final long serialVersionUID = 1L;

        Lenient() {
            super(Schedule.class);
        }

        @Override
        public Schedule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                p.skipChildren();
                return null;
            }
            Schedule s = new Schedule();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "due" -> s.due = instant(p, t);
                    case "intervalDays" -> s.intervalDays = number(p, t, 0);
                    case "ease" -> s.ease = number(p, t, 2.5);
                    case "repetitions" -> s.repetitions = count(p, t);
                    case "lapses" -> s.lapses = count(p, t);
                    case "stability" -> s.stability = number(p, t, 0);
                    case "difficulty" -> s.difficulty = number(p, t, 0);
                    default -> s.other(name, ctxt.readTree(p));
                }
            }
            return s;
        }

        /** A number, or text holding one; anything else (or not finite) is {@code otherwise}. */
        private static double number(JsonParser p, JsonToken t, double otherwise) throws IOException {
            double d;
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                d = p.getValueAsDouble(otherwise);
            } else if (t == JsonToken.VALUE_STRING) {
                try {
                    d = Double.parseDouble(p.getText().trim());
                } catch (NumberFormatException e) {
                    return otherwise;
                }
            } else {
                p.skipChildren();
                return otherwise;
            }
            return Double.isFinite(d) ? d : otherwise;
        }

        private static int count(JsonParser p, JsonToken t) throws IOException {
            double d = number(p, t, 0);
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, d));
        }

        private static Instant instant(JsonParser p, JsonToken t) throws IOException {
            try {
                if (t == JsonToken.VALUE_STRING) {
                    return Instants.parse(p.getText().trim());
                }
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    return Instant.ofEpochMilli(p.getLongValue());
                }
            } catch (DateTimeException e) {
                // a date that cannot be: not scheduled
            }
            p.skipChildren();
            return null;
        }
    }
}
