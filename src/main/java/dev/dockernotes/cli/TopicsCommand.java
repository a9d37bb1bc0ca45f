package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "topics", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show the topic tree with the ids that 'show', 'learn --section' and links use.")
final class TopicsCommand extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "CHAPTER", completionCandidates = ChapterCandidates.class, description = "Only this chapter (chapter2, 2, ch2, or a word of its title).")
    String chapter;

    @Mixin
    JsonOption json;

    TopicsCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() throws Exception {
        TopicGraph graph = graph();
        List<Topic> chapters = chapter == null ? graph.chapters() : List.of(graph.resolveChapter(chapter));
        if (json.json()) {
            List<Object> tree = new ArrayList<>();
            chapters.forEach(c -> tree.add(node(c)));
            out().println(ctx.json().writeValueAsString(tree));
            return ExitCodes.OK;
        }
        Styles s = Styles.of(style());
        for (Topic c : chapters) {
            for (Topic t : c.subtree()) {
                String indent = "  ".repeat(t.depth());
                String title = t.isChapter() ? s.bold(t.title()) : t.title();
                out().println(indent + title + "  " + s.cyan(t.id()));
            }
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> node(Topic t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("title", t.title());
        m.put("file", t.file());
        m.put("line", t.line());
        m.put("corrections", CorrectionsJson.of(List.of(t)));
        List<Object> children = new ArrayList<>();
        t.children().forEach(c -> children.add(node(c)));
        m.put("children", children);
        return m;
    }
}
