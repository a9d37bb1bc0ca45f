package dev.dockernotes.explain;

import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.explain.Explanation.Note;
import dev.dockernotes.explain.Explanation.TopicRef;
import dev.dockernotes.explain.Explanation.Use;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains one docker command (or management command) as a whole: the model's entry, the notes'
 * glossary items on it, where the notes use it, and the commands worth seeing next; and docker
 * itself, with its global options and management commands.
 */
final class CommandExplainer {
    /** Commands worth seeing next, by the verb of a command in the same group. */
    private static final Map<String, List<String>> RELATED = Map.ofEntries(
            Map.entry("stop", List.of("start", "kill", "restart", "rm")),
            Map.entry("start", List.of("stop", "restart", "attach", "run")),
            Map.entry("restart", List.of("stop", "start")),
            Map.entry("kill", List.of("stop", "rm")),
            Map.entry("rm", List.of("stop", "prune", "ls")),
            Map.entry("run", List.of("create", "start", "exec", "ls", "stop")),
            Map.entry("create", List.of("run", "start")),
            Map.entry("exec", List.of("attach", "run", "logs")),
            Map.entry("attach", List.of("exec", "logs")),
            Map.entry("ls", List.of("inspect", "rm", "prune")),
            Map.entry("inspect", List.of("ls", "logs")),
            Map.entry("logs", List.of("attach", "inspect")),
            Map.entry("pause", List.of("unpause", "stop")),
            Map.entry("unpause", List.of("pause")),
            Map.entry("pull", List.of("push", "ls", "rm")),
            Map.entry("push", List.of("pull", "tag")),
            Map.entry("build", List.of("tag", "push", "history")),
            Map.entry("tag", List.of("push", "build")),
            Map.entry("prune", List.of("rm", "ls")));

    private final DockerCli cli;
    private final Glossary glossary;
    private final Uses uses;

    CommandExplainer(DockerCli cli, Glossary glossary, Uses uses) {
        this.cli = cli;
        this.glossary = glossary;
        this.uses = uses;
    }

    Explanation command(String input, DockerCli.Command c) {
        List<Note> notes = new ArrayList<>(glossary.notesOn(c.name()));
        List<Use> used = uses.of(c.name());
        Set<TopicRef> topics = new LinkedHashSet<>();
        notes.forEach(n -> topics.add(new TopicRef(n.topic(), n.title())));
        used.forEach(u -> topics.add(new TopicRef(u.topic(), u.title())));
        return Explanation.command(input, c, notes, used, List.copyOf(new LinkedHashSet<>(related(c))), List.copyOf(topics));
    }

    /** A group's subcommands; a command's siblings worth seeing next (stop: start, kill, restart, rm). */
    private List<String> related(DockerCli.Command c) {
        List<String> related = new ArrayList<>();
        if (c.isGroup()) {
            related.addAll(cli.visibleChildren(c.name()).stream()
                    .map(w -> cli.command(c.name() + " " + w).orElseThrow().name()).distinct().toList());
            return related;
        }
        String group = c.name().substring(0, c.name().lastIndexOf(' '));
        for (String verb : RELATED.getOrDefault(c.verb(), List.of())) {
            cli.command(group + " " + verb).map(DockerCli.Command::name).filter(n -> !n.equals(c.name()))
                    .ifPresent(related::add);
        }
        if (related.isEmpty() && !group.equals("docker")) {
            cli.children(group).stream().map(w -> cli.command(group + " " + w).orElseThrow().name())
                    .filter(n -> !n.equals(c.name())).distinct().limit(4).forEach(related::add);
        }
        return related;
    }

    /** {@code docker} alone: the client, its global options and its management commands. */
    Explanation docker(String input) {
        List<String> groups = cli.all().stream().filter(DockerCli.Command::isGroup)
                .map(DockerCli.Command::name).filter(n -> n.split(" ").length == 2).toList();
        List<Note> notes = glossary.entries().stream().filter(g -> g.term().equals("docker")).map(Glossary.Entry::note).toList();
        return Explanation.docker(input, notes, cli.globalFlags(), groups);
    }
}
