package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.Styles;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.render.Columns;
import dev.dockernotes.render.Wrapper;
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
            out().println(row(s.bold(pad(c.chapterKey(), keyWidth)) + "  ", keyWidth + 2, c.title() + "  "
                    + s.dim("(" + sections + (sections == 1 ? " section)" : " sections)")), style().width()));
        }
        return ExitCodes.OK;
    }

    /**
     * One row of a list: {@code text} after {@code head} ({@code columns} wide), filled to the width
     * beside it, or, when that leaves too little room, on the lines below it.
     */
    static String row(String head, int columns, String text, int width) {
        String kept = text.replace("  ", Wrapper.NBSP + " "); // a two-space gap in the text stays two spaces
        if (width - columns >= 24) {
            return Wrapper.fill(kept, head, " ".repeat(columns), width);
        }
        String under = " ".repeat(Math.min(columns, 8));
        return head.stripTrailing() + "\n" + Wrapper.fill(kept, under, under, width);
    }

    /** {@code s} filled with spaces to {@code width} terminal columns (a wide character takes two). */
    static String pad(String s, int width) {
        int w = Columns.width(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }
}
