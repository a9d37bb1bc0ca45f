package dev.dockernotes.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Removes what one lab made or asked the learner to make, and nothing else: containers labelled
 * {@code dockernotes.lab=<id>}, the containers and volumes its steps name. Images are never removed.
 */
public final class Reset {
    private Reset() {}

    /** Returns one line per thing removed, or not removed and why. */
    public static List<String> clean(Engine engine, Lab lab, Map<String, String> params) {
        List<String> done = new ArrayList<>();
        for (Engine.ContainerInfo c : engine.containersLabelled(Engine.LAB_LABEL, lab.id())) {
            engine.removeContainer(c.id());
            done.add("removed container " + c.name() + " (made by the lab)");
        }
        for (String raw : lab.containerNames()) {
            String name = LabCatalog.fill(raw, params);
            if (engine.container(name).isPresent()) {
                engine.removeContainer(name);
                done.add("removed container " + name);
            }
        }
        for (String raw : lab.volumeNames()) {
            String name = LabCatalog.fill(raw, params);
            if (engine.volume(name).isPresent()) {
                try {
                    engine.removeVolume(name);
                    done.add("removed volume " + name);
                } catch (EngineException e) {
                    done.add("kept volume " + name + ": " + e.getMessage());
                }
            }
        }
        return done;
    }
}
