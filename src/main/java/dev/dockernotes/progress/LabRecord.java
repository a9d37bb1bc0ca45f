package dev.dockernotes.progress;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a user did in one lab: the steps finished (in order) and the hints used per step. */
public final class LabRecord extends KeepsUnknownFields {
    @JsonProperty
    private Set<String> finished = new LinkedHashSet<>();
    @JsonProperty
    private Map<String, Integer> hints = new TreeMap<>();

    LabRecord() {}

    public Set<String> finishedSteps() {
        return Collections.unmodifiableSet(finished);
    }

    public boolean isFinished(String stepId) {
        return finished.contains(stepId);
    }

    /** Records a step as finished; false if it already was. */
    public boolean finish(String stepId) {
        return finished.add(stepId);
    }

    /** Counts one more hint for the step and returns how many it has used now. */
    public int useHint(String stepId) {
        return hints.merge(stepId, 1, Integer::sum);
    }

    public int hintsUsed(String stepId) {
        return hints.getOrDefault(stepId, 0);
    }

    public Map<String, Integer> hints() {
        return Collections.unmodifiableMap(hints);
    }

    void normalize() {
        if (finished == null) {
            finished = new LinkedHashSet<>();
        }
        finished.remove(null);
        if (hints == null) {
            hints = new TreeMap<>();
        }
        hints.values().removeIf(v -> v == null);
    }

}
