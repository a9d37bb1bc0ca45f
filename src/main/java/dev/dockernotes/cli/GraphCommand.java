package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.notes.CommandUse;
import dev.dockernotes.notes.Edge;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the whole topic graph: topics, commands, and the edges between them.",
            "Render the DOT output with Graphviz: dockernotes graph | dot -Tsvg > graph.svg"})
final class GraphCommand extends BaseCommand {
    enum Format { dot, json }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "dot",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    GraphCommand(AppContext ctx) {
        super(ctx);
    }

    /** One edge of the exported graph; kinds: child, next, link, mention, teaches. */
    record Arc(String from, String to, String kind) {}

    @Override
    protected int run() throws Exception {
        TopicGraph graph = graph();
        Map<String, List<CommandUse>> commands = graph.commands(ctx.commandNamer());
        List<Arc> arcs = new ArrayList<>();
        for (Topic t : graph.topics()) {
            t.children().forEach(c -> arcs.add(new Arc(t.id(), c.id(), "child")));
            graph.next(t).ifPresent(n -> arcs.add(new Arc(t.id(), n.id(), "next")));
        }
        for (Edge e : graph.edges()) {
            arcs.add(new Arc(e.from().id(), e.to().id(), e.kind().name().toLowerCase(Locale.ROOT)));
        }
        commands.forEach((name, uses) -> {
            Set<Topic> teaching = new LinkedHashSet<>();
            uses.forEach(u -> teaching.add(u.topic()));
            teaching.forEach(t -> arcs.add(new Arc(t.id(), "cmd:" + name, "teaches")));
        });
        if (format == Format.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            List<Map<String, Object>> nodes = new ArrayList<>();
            for (Topic t : graph.topics()) {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("id", t.id());
                n.put("kind", t.isChapter() ? "chapter" : "section");
                n.put("title", t.title());
                n.put("chapter", t.chapterKey());
                n.put("file", t.file());
                n.put("line", t.line());
                nodes.add(n);
            }
            commands.forEach((name, uses) -> nodes.add(new LinkedHashMap<>(Map.of(
                    "id", "cmd:" + name, "kind", "command", "title", name))));
            root.put("nodes", nodes);
            root.put("edges", arcs);
            out().println(ctx.json().writeValueAsString(root));
            return ExitCodes.OK;
        }
        out().println("digraph dockernotes {");
        out().println("  graph [rankdir=LR, fontname=\"Helvetica\"];");
        out().println("  node [fontname=\"Helvetica\", shape=box, style=rounded];");
        for (Topic c : graph.chapters()) {
            out().println("  subgraph " + quote("cluster_" + c.chapterKey()) + " {");
            out().println("    label=" + quote(c.title()) + ";");
            for (Topic t : c.subtree()) {
                out().println("    " + quote(t.id()) + " [label=" + quote(t.title())
                        + (t.isChapter() ? ", style=\"rounded,bold\"" : "") + "];");
            }
            out().println("  }");
        }
        commands.keySet().forEach(name -> out().println("  " + quote("cmd:" + name) + " [label=" + quote(name)
                + ", shape=note, fontname=\"Courier\"];"));
        for (Arc a : arcs) {
            String attrs = switch (a.kind()) {
                case "child" -> "";
                case "next" -> " [style=dotted, color=gray, constraint=false]";
                case "link" -> " [color=blue, label=\"link\"]";
                case "mention" -> " [style=dashed, color=darkorange, constraint=false]";
                default -> " [color=darkgreen]";
            };
            out().println("  " + quote(a.from()) + " -> " + quote(a.to()) + attrs + ";");
        }
        out().println("}");
        return ExitCodes.OK;
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
