package dev.dockernotes.lab;

import dev.dockernotes.progress.LabRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Removes what one lab can prove it made, and nothing else: containers carrying its
 * {@code dockernotes.lab} label, and the exact containers (by id) and volumes (by name and creation
 * time) its checks recorded as made during the lab. Anything else with one of the lab's names is left
 * alone and named. Images are never removed.
 */
public final class Reset {
    private Reset() {}

    /** One thing to remove: {@code why} says how the lab knows it is its own. */
    public record Target(Checker.Seen.Kind kind, String id, String name, String why) {
        public String describe() {
            return kind + " " + name + " (" + why + ")";
        }
    }

    /** What a reset would remove, and what it leaves alone though it has a name the lab uses. */
    public record Plan(String labId, List<Target> remove, List<String> leftAlone) {
        public boolean removesNothing() {
            return remove.isEmpty();
        }
    }

    /** Looks, changes nothing. {@code record} is the lab's progress record, if it has one. */
    public static Plan plan(Engine engine, Lab lab, Optional<LabRecord> record, Map<String, String> params) {
        Map<String, Target> remove = new LinkedHashMap<>();
        for (Engine.ContainerInfo c : engine.containersLabelled(Engine.LAB_LABEL, lab.id())) {
            if (lab.id().equals(c.labels().get(Engine.LAB_LABEL))) {
                remove.put("c:" + c.id(), new Target(Checker.Seen.Kind.container, c.id(), c.name(), "made by the lab"));
            }
        }
        if (record.isPresent()) {
            for (Map.Entry<String, String> e : record.get().madeContainers().entrySet()) {
                Optional<Engine.ContainerInfo> c = engine.container(e.getKey());
                if (c.isPresent() && c.get().id().equals(e.getKey())) {
                    remove.putIfAbsent("c:" + c.get().id(), new Target(Checker.Seen.Kind.container, c.get().id(),
                            c.get().name(), "made during the lab"));
                }
            }
            for (Map.Entry<String, String> e : record.get().madeVolumes().entrySet()) {
                Optional<Engine.VolumeInfo> v = engine.volume(e.getKey());
                if (v.isPresent() && sameCreation(e.getValue(), v.get().created())) {
                    remove.putIfAbsent("v:" + v.get().name(), new Target(Checker.Seen.Kind.volume, v.get().name(),
                            v.get().name(), "made during the lab"));
                }
            }
        }
        List<String> leftAlone = new ArrayList<>();
        for (String raw : lab.containerNames()) {
            String name = Templates.fill(raw, params);
            Optional<Engine.ContainerInfo> c = engine.container(name);
            if (c.isPresent() && !remove.containsKey("c:" + c.get().id())) {
                leftAlone.add(name + " was not made for this lab; left as is");
            }
        }
        for (String raw : lab.volumeNames()) {
            String name = Templates.fill(raw, params);
            if (engine.volume(name).isPresent() && !remove.containsKey("v:" + name)) {
                leftAlone.add(name + " was not made for this lab; left as is");
            }
        }
        return new Plan(lab.id(), List.copyOf(remove.values()), List.copyOf(leftAlone));
    }

    private static boolean sameCreation(String recorded, Instant actual) {
        return recorded.isEmpty() ? actual == null : actual != null && recorded.equals(actual.toString());
    }

    /** Removes what the plan says, containers first; one line per thing removed, or kept and why. */
    public static List<String> apply(Engine engine, Plan plan) {
        List<String> done = new ArrayList<>();
        for (Target t : plan.remove()) {
            if (t.kind() == Checker.Seen.Kind.container) {
                engine.removeContainer(t.id());
                done.add("removed container " + t.name() + " (" + t.why() + ")");
            }
        }
        for (Target t : plan.remove()) {
            if (t.kind() == Checker.Seen.Kind.volume) {
                try {
                    engine.removeVolume(t.id());
                    done.add("removed volume " + t.name() + " (" + t.why() + ")");
                } catch (EngineException e) {
                    done.add("kept volume " + t.name() + ": " + e.getMessage());
                }
            }
        }
        return done;
    }
}
