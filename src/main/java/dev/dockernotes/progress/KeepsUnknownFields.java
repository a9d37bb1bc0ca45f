package dev.dockernotes.progress;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A part of the progress file that keeps fields it does not know and writes them back, so a file
 * touched by a newer dockernotes (a new field, same version) loses nothing when this one saves it.
 * A value is kept as plain Java values ({@link ProgressValues#untyped}): maps, lists, strings,
 * numbers, booleans and null; a name given twice keeps its last value, so it is written once.
 */
abstract class KeepsUnknownFields {
    private Map<String, Object> other; // made on first use: most parts have no unknown fields

    /** The unknown fields in the order first seen. */
    Map<String, Object> other() {
        return other == null ? Map.of() : other;
    }

    boolean hasOther() {
        return other != null && !other.isEmpty();
    }

    void other(String name, Object value) {
        if (other == null) {
            other = new LinkedHashMap<>();
        }
        other.put(name, value);
    }

    /** Takes {@code from}'s unknown fields (their values are never changed, so they are shared). */
    void copyOther(KeepsUnknownFields from) {
        other = from.other == null ? null : new LinkedHashMap<>(from.other);
    }

    void forgetOther(String name) {
        if (other != null) {
            other.remove(name);
        }
    }
}
