package dev.dockernotes.progress;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A part of the progress file that keeps fields it does not know and writes them back, so a file
 * touched by a newer dockernotes (a new field, same version) loses nothing when this one saves it.
 */
abstract class KeepsUnknownFields {
    private final Map<String, Object> other = new LinkedHashMap<>();

    @JsonAnyGetter
    Map<String, Object> other() {
        return other;
    }

    @JsonAnySetter
    void other(String name, Object value) {
        other.put(name, value);
    }
}
