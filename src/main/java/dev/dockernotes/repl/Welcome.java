package dev.dockernotes.repl;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.OutputStyle;
import dev.dockernotes.app.Reporter;
import dev.dockernotes.app.Styles;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.Resume;
import dev.dockernotes.progress.SectionMark;
import dev.dockernotes.render.Wrapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The two lines an interactive shell opens with: what the keys do, and where the user stopped (from
 * the progress file) with what to do next. Sets the session's chapter to the one it names.
 */
final class Welcome {
    private final AppContext ctx;
    private final Session session;
    private final Reporter reporter;

    Welcome(AppContext ctx, Session session, Reporter reporter) {
        this.ctx = ctx;
        this.session = session;
        this.reporter = reporter;
    }

    void print(PrintWriter out, OutputStyle style) {
        Styles s = Styles.of(style);
        out.println(Wrapper.fill(s.bold("dockernotes shell") + ": Tab completes, Ctrl-R searches history, 'help' lists the commands, Ctrl-D leaves.",
                "", "  ", style.width()));
        out.println(Wrapper.fill(nextStep(), "", "  ", style.width()));
        out.flush();
    }

    /** Where the user stopped (from the progress file) and what to do next. */
    String nextStep() {
        TopicGraph graph = ctx.currentGraph();
        Optional<SectionMark> last = Optional.empty();
        Optional<Resume> resume = Optional.empty();
        int due = 0;
        try {
            Progress progress = ctx.progressStore().load();
            // The shell records progress (learn, quiz, lab): say up front, once, when it cannot be saved.
            // Notices are taken, so a command of this session does not print them again.
            ctx.progressStore().checkSaving();
            ctx.progressStore().takeNotices().forEach(reporter::error);
            last = progress.lastPlace();
            resume = Optional.of(new Resume(graph, progress.reading(graph)));
            due = progress.dueReviews(java.time.Instant.now()).size();
        } catch (RuntimeException e) {
            // the commands report a broken progress file when they need it; the welcome goes on
        }
        StringBuilder sb = new StringBuilder();
        if (last.isPresent()) {
            SectionMark mark = last.get();
            Optional<Topic> topic = graph.topic(mark.topic());
            String title = topic.map(Topic::title).orElse(mark.title());
            String chapter = topic.map(Topic::chapterKey).orElse(mark.chapter());
            session.chapter(chapter);
            sb.append("You stopped at '").append(title).append("' (").append(chapter).append("). ");
            Optional<Resume.Place> next = resume.flatMap(Resume::next);
            if (next.isEmpty()) {
                sb.append("You have read every section; test yourself with 'quiz all'");
            } else {
                Resume.Place place = next.get();
                session.chapter(place.chapter().chapterKey()); // so that 'learn' alone opens what this names
                sb.append("'learn' goes on at ").append(place.chapter().chapterKey().equals(chapter) ? ""
                        : place.chapter().title() + ", ").append(place.describe());
                List<Topic> gaps = resume.get().gapsBefore(place.chapter());
                if (!gaps.isEmpty()) {
                    sb.append(". Not read yet in ").append(gaps.stream().map(Topic::chapterKey).collect(Collectors.joining(", ")))
                            .append(": ").append(Wrapper.keep("'learn " + gaps.get(0).chapterKey() + "'"));
                }
            }
        } else {
            List<Topic> chapters = graph.chapters();
            String first = chapters.isEmpty() ? "chapter1" : chapters.get(0).chapterKey();
            sb.append("New here? Start with ").append(Wrapper.keep("'learn " + first + "'")).append(", or 'chapters' to see them all");
        }
        if (due > 0) {
            sb.append("; ").append(due).append(due == 1 ? " quiz question is" : " quiz questions are").append(" due: 'quiz'");
        }
        return sb.append(".").toString();
    }
}
