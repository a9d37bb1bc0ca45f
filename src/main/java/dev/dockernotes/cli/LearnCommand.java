package dev.dockernotes.cli;

import dev.dockernotes.DockernotesException;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.Reading;
import dev.dockernotes.render.MarkdownRenderer;
import dev.dockernotes.render.RenderOptions;
import dev.dockernotes.repl.Lesson;
import dev.dockernotes.repl.LessonPager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "learn", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Read a chapter one section at a time; sections shown are remembered as read.",
                "Without a chapter, continue at the first section not read yet.",
                "Not on a terminal (a pipe, CI), print the chapter (or the one section) and exit."})
final class LearnCommand extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "CHAPTER", completionCandidates = ChapterCandidates.class,
            description = "chapter2, 2, ch2, or a word of its title (default: where you stopped).")
    String chapterName;

    @Option(names = "--section", paramLabel = "TOPIC", completionCandidates = TopicCandidates.class,
            description = "Start at (or, when piped, print only) this section: a topic id or title.")
    String sectionName;

    LearnCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        TopicGraph graph = graph();
        Reading reading = loadProgressToRecord().reading(graph);
        Topic chapter;
        Topic section = null;
        boolean resumed = false;
        if (sectionName != null) {
            section = graph.resolveTopic(sectionName);
            chapter = chapterName == null ? section.chapter() : graph.resolveChapter(chapterName);
            if (section.chapter() != chapter) {
                throw new DockernotesException("'" + sectionName + "' is not in " + chapter.chapterKey() + " (it is in "
                        + section.chapter().chapterKey() + "); try: learn " + section.chapter().chapterKey()
                        + " --section " + section.id());
            }
        } else if (chapterName != null) {
            chapter = graph.resolveChapter(chapterName);
        } else {
            Optional<Topic> next = graph.chapters().stream().filter(c -> !reading.isFinished(c)).findFirst();
            if (next.isEmpty()) {
                out().println("You have read every chapter. Review what you learned with: " + prefix() + "quiz");
                return ExitCodes.OK;
            }
            chapter = next.get();
            section = reading.firstUnread(chapter).orElse(null);
            resumed = true;
        }
        List<Topic> sections = graph.lessonSections(chapter);
        int start = 0;
        if (section != null) {
            Topic lessonSection = lessonSection(section, sections);
            start = Math.max(0, sections.indexOf(lessonSection));
        } else {
            start = reading.firstUnread(chapter).map(sections::indexOf).filter(i -> i >= 0).orElse(0);
        }

        Optional<Terminal> terminal = ctx.terminal();
        if (terminal.isPresent()) {
            return page(terminal.get(), graph, chapter, sections, start);
        }
        if (section != null && !section.isChapter() && !resumed) { // --section names a chapter: print it all
            return printTopic(graph, section);
        }
        return printChapter(graph, chapter, sections, resumed && section != null ? start : 0);
    }

    /** The lesson page a topic is on: itself, or the ancestor that is one of the chapter's sections. */
    private static Topic lessonSection(Topic topic, List<Topic> sections) {
        for (Topic t = topic; t != null; t = t.parent()) {
            if (sections.contains(t)) {
                return t;
            }
        }
        return sections.get(0);
    }

    private int page(Terminal terminal, TopicGraph graph, Topic chapter, List<Topic> sections, int start) {
        OutputStyle style = style();
        Lesson lesson = lesson(graph, chapter, sections);
        LessonPager pager = new LessonPager(terminal, lesson, style.color(), style.color(), i -> {
            Lesson.Section s = lesson.sections().get(i);
            progressStore().updateOrNotice(p -> p.markRead(chapter.chapterKey(), s.id(), s.title()));
        });
        LessonPager.Outcome outcome = pager.run(start);
        printProgressNotices();
        Styles st = Styles.of(style);
        switch (outcome) {
            case FINISHED -> out().print(render(finished(graph, chapter), style.color()));
            case QUIT -> out().println("Stopped at section " + (pager.section() + 1) + " of " + sections.size() + ": "
                    + sections.get(pager.section()).title() + (progressIsSaved() ? ". Continue with: " + st.cyan(prefix() + "learn") : "."));
            case INTERRUPTED -> {
                return ctx.inShell() ? ExitCodes.OK : ExitCodes.INTERRUPTED;
            }
        }
        return ExitCodes.OK;
    }

    private int printChapter(TopicGraph graph, Topic chapter, List<Topic> sections, int from) {
        OutputStyle style = style();
        StringBuilder md = new StringBuilder();
        if (from == 0) {
            md.append(heading(chapter)).append(chapter.body()).append("\n\n");
        } else {
            out().println("Continuing " + chapter.title() + " at section " + (from + 1) + " of " + sections.size() + ".");
            out().println();
        }
        List<Topic> printed = sections.subList(from, sections.size());
        for (Topic s : printed) {
            md.append(s == chapter ? chapter.body() : s.markdown()).append("\n\n").append(footer(graph, s)).append("\n\n");
        }
        md.append(finished(graph, chapter));
        out().print(render(md.toString(), style.color()));
        recordProgress(p -> printed.forEach(s -> p.markRead(chapter.chapterKey(), s.id(), s.title())));
        return ExitCodes.OK;
    }

    private int printTopic(TopicGraph graph, Topic topic) {
        String md = (topic.isChapter() ? heading(topic) + topic.body() : topic.markdown()) + "\n\n" + footer(graph, topic);
        out().print(render(md, style().color()));
        recordProgress(p -> p.markRead(topic.chapterKey(), topic.id(), topic.title()));
        return ExitCodes.OK;
    }

    /** The pages of a chapter: its introduction goes on the first page, above the first section. */
    private Lesson lesson(TopicGraph graph, Topic chapter, List<Topic> sections) {
        List<Lesson.Section> pages = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Topic s = sections.get(i);
            String intro = i == 0 && s != chapter && !chapter.body().isBlank() ? chapter.body() + "\n\n" : "";
            String body = s == chapter ? chapter.body() : s.markdown();
            pages.add(new Lesson.Section(s.id(), s.title(), intro + body + "\n\n" + footer(graph, s)));
        }
        return new Lesson(chapter.title(), pages, finished(graph, chapter));
    }

    private static String heading(Topic chapter) {
        return "#".repeat(Math.max(1, chapter.level())) + " " + chapter.title() + "\n\n";
    }

    /** What ends a section: where to go from here, and the commands it teaches. */
    private String footer(TopicGraph graph, Topic topic) {
        StringBuilder md = new StringBuilder();
        List<Topic> related = graph.related(topic);
        List<String> commands = graph.commandsTaught(topic, ctx.commandNamer());
        if (related.isEmpty() && commands.isEmpty()) {
            return "";
        }
        md.append("---\n\n");
        if (!related.isEmpty()) {
            md.append("**Related:**\n\n");
            related.forEach(t -> md.append("- ").append(escape(t.title())).append(": `").append(prefix()).append("show ")
                    .append(t.id()).append("`\n"));
            md.append("\n");
        }
        if (!commands.isEmpty()) {
            md.append("**Commands taught here:**\n\n");
            commands.forEach(c -> md.append("- `").append(c).append("`: `").append(prefix()).append("explain ")
                    .append(c).append("`\n"));
        }
        return md.toString();
    }

    /** What to do after the last section: the next chapter and this chapter's quiz. */
    private String finished(TopicGraph graph, Topic chapter) {
        List<Topic> chapters = graph.chapters();
        int i = chapters.indexOf(chapter);
        StringBuilder md = new StringBuilder("---\n\n**You finished " + escape(chapter.title()) + ".**\n\n");
        md.append("- Test yourself: `").append(prefix()).append("quiz ").append(chapter.chapterKey()).append("`\n");
        if (i >= 0 && i + 1 < chapters.size()) {
            Topic next = chapters.get(i + 1);
            md.append("- Next chapter, ").append(escape(next.title())).append(": `").append(prefix()).append("learn ")
                    .append(next.chapterKey()).append("`\n");
        }
        return md.toString();
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|)])", "\\\\$1");
    }

    private String prefix() {
        return ctx.inShell() ? "" : "dockernotes ";
    }

    private String render(String markdown, boolean color) {
        return new MarkdownRenderer(new RenderOptions(style().width(), color, color)).render(markdown);
    }
}
