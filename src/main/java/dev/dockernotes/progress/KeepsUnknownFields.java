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
    private Map<String, Object> other; // made on first use: most parts have no unknown fields

    @JsonAnyGetter
    Map<String, Object> other() {
        return other == null ? Map.of() : other;
    }

    @JsonAnySetter
    void other(String name, Object value) {
        if (other == null) {
            other = new LinkedHashMap<>();
        }
        other.put(name, value);
    }

    void forgetOther(String name) {
        if (other != null) {
            other.remove(name);
        }
    }
}
