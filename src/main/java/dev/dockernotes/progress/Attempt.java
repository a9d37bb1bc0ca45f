package dev.dockernotes.progress;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One answer to a quiz question: when, whether it was right, and what was given. */
public final class Attempt extends KeepsUnknownFields {
    @JsonProperty
    private Instant at;
    @JsonProperty
    private boolean correct;
    @JsonProperty
    private String given;

    Attempt() {}

    public Attempt(Instant at, boolean correct, String given) {
        this.at = at;
        this.correct = correct;
        this.given = given;
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

}
