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

@Command(name = "chapters", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the chapters: the short name to use in other commands, the title, the number of sections.")
final class ChaptersCommand extends BaseCommand {
    @Mixin
    JsonOption json;

    ChaptersCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() throws Exception {
        TopicGraph graph = graph();
        if (json.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Topic c : graph.chapters()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("chapter", c.chapterKey());
                row.put("id", c.id());
                row.put("title", c.title());
                row.put("sections", c.children().size());
                row.put("topics", c.subtree().size());
                row.put("file", c.file());
                rows.add(row);
            }
            out().println(ctx.json().writeValueAsString(rows));
            return ExitCodes.OK;
        }
        Styles s = Styles.of(style());
        int keyWidth = graph.chapters().stream().mapToInt(c -> c.chapterKey().length()).max().orElse(8);
        for (Topic c : graph.chapters()) {
            int sections = c.children().size();
            out().println(s.bold(pad(c.chapterKey(), keyWidth)) + "  " + c.title() + "  "
                    + s.dim("(" + sections + (sections == 1 ? " section)" : " sections)")));
        }
        return ExitCodes.OK;
    }

    /** {@code s} filled with spaces to {@code width} terminal columns (a wide character takes two). */
    static String pad(String s, int width) {
        int w = dev.dockernotes.render.Columns.width(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }
}
