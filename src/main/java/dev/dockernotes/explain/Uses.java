package dev.dockernotes.explain;

import dev.dockernotes.docker.CommandNamer;
import dev.dockernotes.explain.Explanation.Use;
import dev.dockernotes.notes.CommandUse;
import dev.dockernotes.notes.TopicGraph;
import java.util.ArrayList;
import java.util.List;

/** Where the notes use a command: each line once a topic, never a line only a correction names. */
final class Uses {
    private final TopicGraph graph;
    private final CommandNamer namer;

    Uses(TopicGraph graph, CommandNamer namer) {
        this.graph = graph;
        this.namer = namer;
    }

    List<Use> of(String canonical) {
        List<Use> uses = new ArrayList<>();
        for (CommandUse u : graph.commands(namer).getOrDefault(canonical, List.of())) {
            if (NotesText.onlyInCorrection(u)) {
                continue; // a command a correction names is not one the notes use
            }
            if (uses.stream().noneMatch(x -> x.topic().equals(u.topic().id()) && x.text().equals(u.text()))) {
                uses.add(new Use(u.topic().id(), u.topic().title(), u.line(), u.text()));
            }
        }
        return uses;
    }
}
