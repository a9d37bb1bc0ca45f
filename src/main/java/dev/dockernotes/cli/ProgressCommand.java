package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.OutputStyle;
import dev.dockernotes.app.Styles;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.ProgressReport;
import dev.dockernotes.progress.ProgressReport.ChapterRow;
import dev.dockernotes.progress.SectionMark;
import dev.dockernotes.quiz.QuizBank;
import dev.dockernotes.render.Columns;
import dev.dockernotes.render.Wrapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "progress", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show what you have read per chapter, where you stopped and what to run next.")
final class ProgressCommand extends BaseCommand {
    static final int BAR_WIDTH = 12;

    @Mixin
    JsonOption json;

    private QuizBank quizBank;
    private Instant now;

    ProgressCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() throws Exception {
        Progress progress = loadProgress();
        now = Instant.now();
        ProgressReport report = ProgressReport.of(graph(), progress, now);
        if (json.json()) {
            out().println(ctx.json().writeValueAsString(json(report, progress)));
            return ExitCodes.OK;
        }
        OutputStyle style = style();
        Styles s = Styles.of(style);
        int keyWidth = report.chapters().stream().mapToInt(r -> r.chapter().chapterKey().length()).max().orElse(8);
        int countWidth = report.chapters().stream().mapToInt(r -> count(r).length()).max().orElse(3);
        for (ChapterRow row : report.chapters()) {
            int used = keyWidth + 2 + BAR_WIDTH + 2 + countWidth + 2;
            out().println(ChaptersCommand.row(s.bold(ChaptersCommand.pad(row.chapter().chapterKey(), keyWidth)) + "  "
                    + bar(row.readCount(), row.total(), s) + "  " + pad(count(row), countWidth) + "  ", used,
                    row.chapter().title() + chapterExtras(row, progress, s), style.width()));
        }
        out().println();
        if (report.last().isPresent()) {
            out().println(fitted("Last place: " + lastPlace(report, now), style.width()));
        }
        out().println(fitted(next(report, s, typed("learn ")), style.width()));
        extraSections(report, progress, s, style.width()).forEach(line -> out().println(fitted(line, style.width())));
        return ExitCodes.OK;
    }

    /** "████░░░░" filled in proportion; green once the chapter is finished. */
    static String bar(int read, int total, Styles s) {
        boolean finished = read >= total;
        int filled = total == 0 ? BAR_WIDTH : (int) Math.round((double) BAR_WIDTH * read / total);
        if (read > 0 && filled == 0) {
            filled = 1; // started shows as started
        }
        if (!finished && filled == BAR_WIDTH) {
            filled = BAR_WIDTH - 1; // and unfinished as unfinished
        }
        String done = "█".repeat(filled);
        String todo = "░".repeat(BAR_WIDTH - filled);
        return (done.isEmpty() ? "" : finished ? s.green(done) : s.cyan(done)) + (todo.isEmpty() ? "" : s.dim(todo));
    }

    private static String count(ChapterRow row) {
        return row.readCount() + "/" + row.total();
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    /**
     * Extension point: more to say on a chapter's line, e.g. its quiz score and reviews due with
     * {@code ProgressReport.QuizSummary.of(progress, idsOfTheChaptersQuestions, now)}. Starts with
     * two spaces when not empty.
     */
    private String chapterExtras(ChapterRow row, Progress progress, Styles s) {
        ProgressReport.QuizSummary quiz = chapterQuiz(row.chapter(), progress);
        if (quiz.answered() == 0 && quiz.due() == 0) {
            return "";
        }
        // kept on one line: where the row wraps, the score moves below the title whole
        return "  " + Wrapper.keep(s.dim("quiz ") + quiz.rightLastTime() + "/" + quiz.answered() + " right"
                + (quiz.due() > 0 ? ", " + s.yellow(quiz.due() + " due") : ""));
    }

    /** The quiz score of one chapter: its questions (written and generated) as last answered. */
    private ProgressReport.QuizSummary chapterQuiz(Topic chapter, Progress progress) {
        if (quizBank == null) {
            quizBank = QuizBank.load(graph(), globals().notes());
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        QuizBank.about(quizBank.written(), chapter).forEach(q -> ids.add(q.id()));
        QuizBank.about(quizBank.generated(), chapter).forEach(q -> ids.add(q.id()));
        return ProgressReport.QuizSummary.of(progress, ids, now);
    }

    /** Extension point: sections after the reading summary (quiz results, labs). */
    /**
     * A line filled to the width, its continuation lines indented two more than its own indentation;
     * a line that fits, or a row laid out already (it has line ends), is left as it is.
     */
    private static String fitted(String line, int width) {
        if (line.indexOf('\n') >= 0 || Columns.visibleWidth(line) <= width) {
            return line;
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        return Wrapper.fill(line.stripLeading().replace("  ", Wrapper.NBSP + " "), indent, indent + "  ", width);
    }

    private List<String> extraSections(ProgressReport report, Progress progress, Styles s, int columns) {
        List<String> lines = new ArrayList<>();
        ProgressReport.QuizSummary quiz = report.quiz();
        if (quiz.answered() > 0 || quiz.due() > 0) {
            lines.add("");
            lines.add(s.bold("Quiz") + ": " + quiz.answered() + (quiz.answered() == 1 ? " question" : " questions")
                    + " answered, " + quiz.rightLastTime() + " right the last time"
                    + (quiz.due() > 0 ? "; " + s.yellow(quiz.due() + " due for review") : ""));
            if (quiz.due() > 0) {
                lines.add("Review them: " + s.cyan(typed("quiz --review")));
            }
        }
        if (!report.labs().isEmpty()) {
            lines.add("");
            lines.add(s.bold("Labs"));
            int width = report.labs().stream().mapToInt(l -> Columns.width(l.lab())).max().orElse(0);
            int steps = report.labs().stream().mapToInt(l -> String.valueOf(l.stepsFinished()).length()).max().orElse(1);
            for (ProgressReport.LabSummary lab : report.labs()) {
                String count = String.valueOf(lab.stepsFinished());
                String head = "  " + ChaptersCommand.pad(lab.lab(), width) + "  " + " ".repeat(steps - count.length());
                lines.add(ChaptersCommand.row(head, Columns.width(head), count
                        + (lab.stepsFinished() == 1 ? " step" : " steps") + " finished"
                        + (lab.hintsUsed() > 0 ? ", " + lab.hintsUsed() + (lab.hintsUsed() == 1 ? " hint" : " hints") : ""), columns));
            }
        }
        return lines;
    }

    private static String lastPlace(ProgressReport report, Instant now) {
        SectionMark mark = report.last().orElseThrow();
        String where = report.lastTopic()
                .map(t -> t.chapterKey() + ", \"" + t.title() + "\"")
                .orElse(mark.chapter() + ", \"" + mark.title() + "\" (no longer in the notes)");
        return mark.at() == null ? where : where + ", " + ago(mark.at(), now);
    }

    private static String next(ProgressReport report, Styles s, String learn) {
        if (report.nextChapter().isEmpty()) {
            return "Every section read. Well done.";
        }
        Topic chapter = report.nextChapter().get();
        String command = s.cyan(learn + chapter.chapterKey());
        if (report.nothingRead()) {
            return "Start with: " + command;
        }
        return "Next: " + command + report.nextSection().map(t -> "  (continues at \"" + t.title() + "\")").orElse("");
    }

    /** "just now", "5 minutes ago", "3 hours ago", "2 days ago", or the date. */
    static String ago(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return plural(d.toMinutes(), "minute") + " ago";
        }
        if (d.toDays() < 1) {
            return plural(d.toHours(), "hour") + " ago";
        }
        if (d.toDays() < 30) {
            return plural(d.toDays(), "day") + " ago";
        }
        return "on " + DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault()).format(then);
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private Map<String, Object> json(ProgressReport report, Progress progress) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", progressStore().file().toString());
        List<Map<String, Object>> chapters = new ArrayList<>();
        for (ChapterRow row : report.chapters()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("chapter", row.chapter().chapterKey());
            c.put("title", row.chapter().title());
            c.put("sections", row.total());
            c.put("read", row.readCount());
            c.put("finished", row.finished());
            c.put("readSections", row.read().stream().map(Topic::id).toList());
            c.put("firstUnread", row.firstUnread().map(Topic::id).orElse(null));
            ProgressReport.QuizSummary quiz = chapterQuiz(row.chapter(), progress);
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("answered", quiz.answered());
            q.put("rightLastTime", quiz.rightLastTime());
            q.put("due", quiz.due());
            c.put("quiz", q);
            chapters.add(c);
        }
        m.put("chapters", chapters);
        m.put("last", report.last().map(mark -> {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("chapter", mark.chapter());
            l.put("topic", report.lastTopic().map(Topic::id).orElse(mark.topic()));
            l.put("title", report.lastTopic().map(Topic::title).orElse(mark.title()));
            l.put("at", mark.at() == null ? null : mark.at().toString());
            l.put("exists", report.lastTopic().isPresent());
            return l;
        }).orElse(null));
        m.put("next", report.nextChapter().map(chapter -> {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("command", "dockernotes learn " + chapter.chapterKey());
            n.put("chapter", chapter.chapterKey());
            n.put("section", report.nextSection().map(Topic::id).orElse(null));
            return n;
        }).orElse(null));
        Map<String, Object> quiz = new LinkedHashMap<>();
        quiz.put("answered", report.quiz().answered());
        quiz.put("rightLastTime", report.quiz().rightLastTime());
        quiz.put("due", report.quiz().due());
        m.put("quiz", quiz);
        m.put("labs", report.labs().stream().map(l -> {
            Map<String, Object> lab = new LinkedHashMap<>();
            lab.put("lab", l.lab());
            lab.put("stepsFinished", l.stepsFinished());
            lab.put("hintsUsed", l.hintsUsed());
            return lab;
        }).toList());
        return m;
    }
}
