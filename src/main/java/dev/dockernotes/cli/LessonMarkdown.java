package dev.dockernotes.cli;

import dev.dockernotes.app.Lesson;
import dev.dockernotes.docker.CommandNamer;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown that learn shows around the notes: a chapter's heading, the links that end each
 * section (related topics, the commands it teaches) and what to do after the last one.
 */
final class LessonMarkdown {
    private final TopicGraph graph;
    private final CommandNamer namer;
    private final String prefix;

    /** @param prefix what the commands it names start with ("dockernotes ", or nothing in the shell) */
    LessonMarkdown(TopicGraph graph, CommandNamer namer, String prefix) {
        this.graph = graph;
        this.namer = namer;
        this.prefix = prefix;
    }

    /**
     * The pages of a chapter: its introduction goes on the first page, above the first section. Each
     * page's Markdown is made when it is first shown.
     */
    Lesson lesson(Topic chapter, List<Topic> sections) {
        List<Lesson.Section> pages = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Topic s = sections.get(i);
            String intro = i == 0 && s != chapter && !chapter.body().isBlank() ? chapter.body() + "\n\n" : "";
            String body = s == chapter ? chapter.body() : s.markdown();
            // the footer (related topics) when the section is first shown: the first screen needs one
            pages.add(Lesson.Section.madeWhenRead(s.id(), s.title(), () -> intro + body + "\n\n" + footer(s)));
        }
        return new Lesson(chapter.title(), pages, finished(chapter));
    }

    /**
     * The Markdown learn prints for section {@code i} of a chapter printed from section {@code from}:
     * the chapter's heading and introduction go above the first section when the print starts there.
     */
    String printed(Topic chapter, List<Topic> sections, int i, int from) {
        Topic s = sections.get(i);
        String head = i == from && from == 0 ? heading(chapter) + chapter.body() + "\n\n" : "";
        // A chapter without sections is its own one section: its body went with the heading.
        String body = s == chapter ? (from == 0 ? "" : chapter.body() + "\n\n") : s.markdown() + "\n\n";
        return head + body + footer(s);
    }

    static String heading(Topic chapter) {
        return "#".repeat(Math.max(1, chapter.level())) + " " + chapter.title() + "\n\n";
    }

    /** What ends a section: where to go from here, and the commands it teaches. */
    String footer(Topic topic) {
        StringBuilder md = new StringBuilder();
        List<Topic> related = graph.related(topic, namer);
        List<String> commands = graph.commandsTaught(topic, namer);
        if (related.isEmpty() && commands.isEmpty()) {
            return "";
        }
        md.append("---\n\n");
        if (!related.isEmpty()) {
            md.append("**Related:**\n\n");
            for (Topic t : related) { // loops, not lambdas: the CDS training may show no section that needs one
                md.append("- ").append(escape(t.title())).append(": `").append(prefix).append("show ").append(t.id()).append("`\n");
            }
            md.append("\n");
        }
        if (!commands.isEmpty()) {
            md.append("**Commands taught here:**\n\n");
            for (String c : commands) {
                md.append("- `").append(c).append("`: `").append(prefix).append("explain ").append(c).append("`\n");
            }
        }
        return md.toString();
    }

    /** What to do after the last section: the next chapter and this chapter's quiz. */
    String finished(Topic chapter) {
        List<Topic> chapters = graph.chapters();
        int i = chapters.indexOf(chapter);
        StringBuilder md = new StringBuilder("---\n\n**You finished " + escape(chapter.title()) + ".**\n\n");
        md.append("- Test yourself: `").append(prefix).append("quiz ").append(chapter.chapterKey()).append("`\n");
        if (i >= 0 && i + 1 < chapters.size()) {
            Topic next = chapters.get(i + 1);
            md.append("- Next chapter, ").append(escape(next.title())).append(": `").append(prefix).append("learn ")
                    .append(next.chapterKey()).append("`\n");
        }
        return md.toString();
    }

    /** Markdown's special characters in a title; compiled once, not for each title of each footer. */
    private static final java.util.regex.Pattern SPECIAL = java.util.regex.Pattern.compile("([\\\\`*_\\[\\]<>#|)])");

    private static String escape(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$1");
    }
}
