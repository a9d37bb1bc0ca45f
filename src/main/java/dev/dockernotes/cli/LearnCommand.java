package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.Lesson;
import dev.dockernotes.app.OutputStyle;
import dev.dockernotes.app.Screens;
import dev.dockernotes.app.Styles;
import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.Loaded;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.Reading;
import dev.dockernotes.progress.Resume;
import dev.dockernotes.render.MarkdownRenderer;
import dev.dockernotes.render.RenderOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "learn", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Read a chapter one section at a time; sections shown are remembered as read.",
                "Without a chapter, go on where you were: after the section you saw last (see README).",
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

    /** The lesson's Markdown, made while the terminal opens on another thread; null when not. */
    private Lesson lessonAhead;

    @Override
    protected int run() {
        // every way through but an error asks whether it is on a terminal: open it meanwhile
        boolean terminalAhead = screens().prepare();
        lessonAhead = null;
        TopicGraph graph = graph();
        Reading reading = loadProgressToRecord().reading(graph);
        Resume resume = new Resume(graph, reading);
        // In the shell, a chapter left out is the one in the prompt (picocli's default value): it says
        // where to go on, but once it is read through, 'learn' goes on as everywhere else.
        boolean typed = typedChapter();
        String named = typed ? chapterName : null;
        Topic chapter;
        List<Topic> sections;
        int start;
        if (sectionName != null) {
            Topic section = graph.resolveTopic(sectionName);
            chapter = named == null ? section.chapter() : graph.resolveChapter(named);
            if (section.chapter() != chapter) {
                throw new DockernotesException("'" + sectionName + "' is not in " + chapter.chapterKey() + " (it is in "
                        + section.chapter().chapterKey() + "); try: learn " + section.chapter().chapterKey()
                        + " --section " + section.id());
            }
            sections = graph.lessonSections(chapter);
            start = Resume.lessonIndex(section, sections);
            if (!interactive(terminalAhead, graph, chapter, sections, start)) {
                return section.isChapter() ? printChapter(graph, chapter, sections, 0, false) : printTopic(graph, section);
            }
        } else if (named != null) {
            chapter = graph.resolveChapter(named);
            sections = graph.lessonSections(chapter);
            start = resume.in(chapter).index();
            if (!interactive(terminalAhead, graph, chapter, sections, start)) {
                return printChapter(graph, chapter, sections, 0, false);
            }
        } else {
            Optional<Topic> current = Optional.ofNullable(chapterName).flatMap(graph::findChapter);
            Optional<Resume.Place> next = resume.next(current);
            if (next.isEmpty()) {
                out().println("You have read every chapter. Review what you learned with: " + prefix() + "quiz");
                return ExitCodes.OK;
            }
            chapter = next.get().chapter();
            sections = graph.lessonSections(chapter);
            start = next.get().index();
            if (!interactive(terminalAhead, graph, chapter, sections, start)) {
                return printChapter(graph, chapter, sections, start, true);
            }
        }
        return page(graph, reading, chapter, sections, start);
    }

    /**
     * Whether the lesson shows on a terminal. While a terminal is still being opened, the lesson's
     * Markdown is made and its first section rendered first (the terminal opens beside it); a dumb
     * one after all wastes that.
     */
    private boolean interactive(boolean terminalAhead, TopicGraph graph, Topic chapter, List<Topic> sections, int start) {
        if (terminalAhead) {
            lessonAhead = markdown(graph).lesson(chapter, sections);
            screens().ahead(lessonAhead, style().color(), start);
        }
        return screens().interactive();
    }

    /** Whether the chapter was typed (not the shell's current chapter filled in as the default). */
    private boolean typedChapter() {
        return chapterName != null && typedPositional(0);
    }

    private int page(TopicGraph graph, Reading reading, Topic chapter, List<Topic> sections, int start) {
        OutputStyle style = style();
        Lesson lesson = lessonAhead != null ? lessonAhead : markdown(graph).lesson(chapter, sections);
        lessonAhead = null;
        Set<Integer> alreadyRead = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            if (reading.isRead(sections.get(i))) {
                alreadyRead.add(i);
            }
        }
        Progress[] latest = {null};
        List<String> notices = new ArrayList<>(); // said after the pager, not onto its screen
        Screens.Paged paged = screens().page(lesson, style.color(), alreadyRead, i -> {
            Lesson.Section s = lesson.sections().get(i);
            Loaded saved = progressStore().updateOrNotice(p -> p.markRead(chapter.chapterKey(), s.id(), s.title()));
            latest[0] = saved.progress();
            notices.addAll(saved.notices());
        }, start);
        Lesson.Outcome outcome = paged.outcome();
        reporter().notices(notices);
        if (outcome == Lesson.Outcome.INTERRUPTED) {
            return ctx.inShell() ? ExitCodes.OK : ExitCodes.INTERRUPTED;
        }
        Reading after = (latest[0] != null ? latest[0] : loadProgress()).reading(graph);
        Resume resume = new Resume(graph, after);
        if (after.isFinished(chapter)) {
            out().print(render(markdown(graph).finished(chapter), style.color()));
            return ExitCodes.OK;
        }
        Styles st = Styles.of(style);
        out().println("Stopped at section " + (paged.section() + 1) + " of " + sections.size() + ": "
                + sections.get(paged.section()).title() + ".");
        if (outcome == Lesson.Outcome.REACHED_END) {
            out().println(notRead(resume.unread(chapter), sections));
        }
        if (!progressIsSaved()) {
            return ExitCodes.OK; // nothing was saved: advising to resume would promise a place not kept
        }
        // In the shell this chapter is now the prompt's, so 'learn' alone goes on in it.
        Resume.Place next = resume.next(ctx.inShell() ? Optional.of(chapter) : Optional.empty()).orElseThrow();
        out().println("Continue with: " + st.cyan(prefix() + "learn") + " (opens " + where(next, chapter) + ")");
        gapsHint(resume, next.chapter()).ifPresent(out()::println);
        return ExitCodes.OK;
    }

    /** "Not read yet: 3. runc, 5. The Shim." */
    private static String notRead(List<Topic> unread, List<Topic> sections) {
        StringBuilder sb = new StringBuilder("Not read yet: ");
        for (int i = 0; i < unread.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(sections.indexOf(unread.get(i)) + 1).append(". ").append(unread.get(i).title());
        }
        return sb.append(".").toString();
    }

    /** "section 4 of 8, "The Shim"", with the chapter when it is another one. */
    private static String where(Resume.Place place, Topic current) {
        return (place.chapter() == current ? "" : place.chapter().title() + ", ") + place.describe();
    }

    /**
     * Prints the chapter from section {@code from} as plain text, one section at a time, and records
     * each section read only once it was written whole: {@code learn chapter3 | head -c1} reads none.
     */
    private int printChapter(TopicGraph graph, Topic chapter, List<Topic> sections, int from, boolean resumed) {
        OutputStyle style = style();
        PrintWriter out = out();
        Resume resume = new Resume(graph, loadProgress().reading(graph));
        Optional<String> gaps = resumed ? gapsHint(resume, chapter) : Optional.empty();
        if (resumed && from > 0) {
            out.println("Continuing " + chapter.title() + " at section " + (from + 1) + " of " + sections.size() + ".");
        }
        gaps.ifPresent(out::println);
        if (resumed && from > 0 || gaps.isPresent()) {
            out.println();
        }
        // built-in notes as a file gets them: the text made at build time, the same to the byte
        Optional<PrebuiltLessons.Chapter> prebuilt = prebuilt(chapter, sections, style);
        List<Topic> written = new ArrayList<>();
        for (int i = from; i < sections.size(); i++) {
            Topic s = sections.get(i);
            String text = prebuilt.isPresent() ? prebuilt.get().sections().get(i)
                    : printed(markdown(graph).printed(chapter, sections, i, from), style.width(), style.color());
            out.print(text);
            if (out.checkError()) { // the reader went away (a closed pipe): what was not written is not read
                break;
            }
            written.add(s);
        }
        if (!written.isEmpty()) {
            Progress saved = recordProgress(p -> written.forEach(s -> p.markRead(chapter.chapterKey(), s.id(), s.title())));
            resume = new Resume(graph, saved.reading(graph));
        }
        if (written.size() < sections.size() - from) {
            return ExitCodes.OK;
        }
        if (resume.unread(chapter).isEmpty()) {
            out.print(prebuilt.isPresent() ? prebuilt.get().finished() : render(markdown(graph).finished(chapter), style.color()));
        } else {
            List<Topic> unread = resume.unread(chapter);
            out.println(notRead(unread, sections));
            out.println("Read them with: " + prefix() + "learn " + chapter.chapterKey() + " (opens "
                    + resume.in(chapter).describe() + ")");
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** "Also not read yet: Chapter 1 (2 sections, learn chapter1)." for chapters before this one. */
    private Optional<String> gapsHint(Resume resume, Topic chapter) {
        List<Topic> gaps = resume.gapsBefore(chapter);
        if (gaps.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("Also not read yet: ");
        for (int i = 0; i < gaps.size(); i++) {
            int n = resume.unread(gaps.get(i)).size();
            sb.append(i == 0 ? "" : "; ").append(gaps.get(i).title()).append(" (").append(n)
                    .append(n == 1 ? " section, " : " sections, ").append(prefix()).append("learn ")
                    .append(gaps.get(i).chapterKey()).append(")");
        }
        return Optional.of(sb.append(".").toString());
    }

    private int printTopic(TopicGraph graph, Topic topic) {
        String md = (topic.isChapter() ? LessonMarkdown.heading(topic) + topic.body() : topic.markdown()) + "\n\n" + markdown(graph).footer(topic);
        out().print(render(md, style().color()));
        if (!out().checkError()) {
            recordProgress(p -> p.markRead(topic.chapterKey(), topic.id(), topic.title()));
        }
        return ExitCodes.OK;
    }

    /** The Markdown of lessons: headings, the links that end a section, what to do after a chapter. */
    private LessonMarkdown markdown(TopicGraph graph) {
        return new LessonMarkdown(graph, ctx.commandNamer(), prefix());
    }

    private String prefix() {
        return typed("");
    }

    private String render(String markdown, boolean color) {
        return render(markdown, style().width(), color);
    }

    static String render(String markdown, int width, boolean color) {
        return new MarkdownRenderer(new RenderOptions(width, color, color)).render(markdown);
    }

    /** What printing a section's Markdown writes: nothing for none. */
    static String printed(String markdown, int width, boolean color) {
        return markdown.isBlank() ? "" : render(markdown, width, color);
    }

    /** The chapter's prebuilt text, when this run prints exactly what it was made for. */
    private Optional<PrebuiltLessons.Chapter> prebuilt(Topic chapter, List<Topic> sections, OutputStyle style) {
        if (globals().notes() != null || ctx.inShell() || style.color() || style.width() != PrebuiltLessons.WIDTH
                || !outputStays()) {
            return Optional.empty();
        }
        return PrebuiltLessons.builtIn().flatMap(p -> p.chapter(chapter.chapterKey(), sections));
    }

    /**
     * Whether standard output is a file or a device, not a pipe or a socket. A pipe's reader may go
     * away early ({@code learn chapter3 | head -c1}), which shows only at a later write: rendering
     * section by section gives it that time, text written at once would mark the whole chapter read.
     */
    private static boolean outputStays() {
        try {
            int type = (Integer) java.nio.file.Files.getAttribute(java.nio.file.Path.of("/proc/self/fd/1"), "unix:mode") & 0170000;
            return type != 0010000 && type != 0140000; // S_IFIFO, S_IFSOCK
        } catch (java.io.IOException | RuntimeException e) {
            return false; // no /proc (not Linux): render, as for a pipe
        }
    }
}
