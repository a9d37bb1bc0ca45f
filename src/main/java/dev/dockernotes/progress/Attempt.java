package dev.dockernotes.progress;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer to a quiz question: when, whether it was right, and what was given. */
public final class Attempt {
    @JsonProperty
    private Instant at;
    @JsonProperty
    private boolean correct;
    @JsonProperty
    private String given;
    private final Map<String, Object> other = new LinkedHashMap<>();

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

    @JsonAnyGetter
    Map<String, Object> other() {
        return other;
    }

    @JsonAnySetter
    void other(String name, Object value) {
        other.put(name, value);
    }
}
