package dev.dockernotes.lab;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One hands-on lab: a sequence of steps checked against the learner's Docker Engine. Texts and
 * checks may use parameters such as {@code ${image}}; {@link #params()} holds their defaults.
 */
public record Lab(String id, String chapter, String title, String intro, Map<String, String> params,
                  List<Step> steps, String file, int line) {

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public int indexOf(Step step) {
        return steps.indexOf(step);
    }

    /** Containers the lab asks the learner to create, by name: the only ones {@code lab reset} removes. */
    public Set<String> containerNames() {
        Set<String> names = new TreeSet<>();
        for (Step s : steps) {
            for (Check c : s.checks()) {
                c.containerName().ifPresent(names::add);
            }
        }
        return names;
    }

    /** Volumes the lab asks the learner to create, by name. */
    public Set<String> volumeNames() {
        Set<String> names = new TreeSet<>();
        for (Step s : steps) {
            for (Check c : s.checks()) {
                c.volumeName().ifPresent(names::add);
            }
        }
        return names;
    }
}
