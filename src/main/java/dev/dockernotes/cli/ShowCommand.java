package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.OutputStyle;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.render.MarkdownRenderer;
import dev.dockernotes.render.RenderOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show one topic (a chapter or section), then its related topics and the commands it teaches.")
final class ShowCommand extends BaseCommand {
    @Parameters(paramLabel = "TOPIC", completionCandidates = TopicCandidates.class, description = "A topic id (see 'topics'), a chapter, or a section's title.")
    String topicName;

    @Mixin
    JsonOption json;

    ShowCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() throws Exception {
        TopicGraph graph = graph();
        Topic topic = graph.resolveTopic(topicName);
        List<Topic> related = graph.related(topic, ctx.commandNamer());
        List<String> commands = graph.commandsTaught(topic, ctx.commandNamer());
        if (json.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", topic.id());
            m.put("title", topic.title());
            m.put("chapter", topic.chapterKey());
            m.put("file", topic.file());
            m.put("line", topic.line());
            m.put("parent", topic.parent() == null ? null : topic.parent().id());
            m.put("children", topic.children().stream().map(Topic::id).toList());
            m.put("markdown", topic.markdown());
            m.put("related", related.stream().map(t -> Map.of("id", t.id(), "title", t.title())).toList());
            m.put("commands", commands);
            m.put("corrections", CorrectionsJson.of(topic.subtree()));
            out().println(ctx.json().writeValueAsString(m));
            return ExitCodes.OK;
        }
        OutputStyle style = style();
        Styles s = Styles.of(style);
        out().print(new MarkdownRenderer(new RenderOptions(style.width(), style.color(), style.color())).render(topic.markdown()));
        out().println();
        out().println(s.dim(topic.path() + "  (" + topic.file() + ":" + topic.line() + ")"));
        if (!related.isEmpty()) {
            out().println(s.bold("Related:"));
            related.forEach(t -> out().println("  " + t.title() + "  " + s.cyan("show " + t.id())));
        }
        if (!commands.isEmpty()) {
            out().println(s.bold("Commands taught here:"));
            commands.forEach(c -> out().println("  " + c + "  " + s.cyan("explain " + c)));
        }
        // The subsections were just printed with it: next is what follows the last of them.
        List<Topic> shown = topic.subtree();
        graph.next(shown.get(shown.size() - 1))
                .ifPresent(n -> out().println(s.bold("Next: ") + n.title() + "  " + s.cyan("show " + n.id())));
        return ExitCodes.OK;
    }
}
