package dev.dockernotes.progress;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a user did in one lab: when it was opened, the steps finished (in order), the hints used per
 * step, and the containers and volumes its checks found made during the lab (the only ones, besides
 * what carries the lab's label, that {@code lab reset} may remove).
 */
public final class LabRecord extends KeepsUnknownFields {
    Instant started;
    Set<String> finished = new LinkedHashSet<>();
    Map<String, Integer> hints = new TreeMap<>();
    /** Container id to name. */
    Map<String, String> containers = new TreeMap<>();
    /** Volume name to when the engine created it (ISO-8601; "" when the engine does not say). */
    Map<String, String> volumes = new TreeMap<>();

    LabRecord() {}

    /** When the learner opened the lab; empty for a record written before this was kept. */
    public Optional<Instant> started() {
        return Optional.ofNullable(started);
    }

    /** Sets the start once; later calls keep the first. */
    public void startIfNew(Instant at) {
        if (started == null) {
            started = at;
        }
    }

    /** Records a container made for the lab (by its id, which names exactly that container). */
    public void madeContainer(String id, String name) {
        containers.put(id, name);
    }

    /** Records a volume made for the lab, with the engine's creation time that tells it from a later namesake. */
    public void madeVolume(String name, Instant created) {
        volumes.put(name, created == null ? "" : created.toString());
    }

    public Map<String, String> madeContainers() {
        return Collections.unmodifiableMap(containers);
    }

    public Map<String, String> madeVolumes() {
        return Collections.unmodifiableMap(volumes);
    }

    public boolean madeAnything() {
        return !containers.isEmpty() || !volumes.isEmpty();
    }

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

    /** A copy to change without changing this one. */
    LabRecord copy() {
        LabRecord r = new LabRecord();
        r.started = started;
        r.finished = new LinkedHashSet<>(finished);
        r.hints = new TreeMap<>(hints);
        r.containers = new TreeMap<>(containers);
        r.volumes = new TreeMap<>(volumes);
        r.copyOther(this);
        return r;
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
        containers = containers == null ? new TreeMap<>() : containers instanceof TreeMap<String, String> ? containers : new TreeMap<>(containers);
        containers.values().removeIf(v -> v == null);
        volumes = volumes == null ? new TreeMap<>() : volumes instanceof TreeMap<String, String> ? volumes : new TreeMap<>(volumes);
        volumes.values().removeIf(v -> v == null);
    }

}
