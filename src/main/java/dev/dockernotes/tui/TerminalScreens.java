package dev.dockernotes.tui;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.Background;
import dev.dockernotes.app.Lesson;
import dev.dockernotes.app.Screens;
import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.quiz.AnswerChecker;
import dev.dockernotes.quiz.QuizSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;

/**
 * Screens on a jline terminal: the lesson pager, the quiz widgets, a line editor for yes/no. A
 * dumb terminal is not interactive (its screens fall back to lines of {@code fallback}).
 */
public final class TerminalScreens implements Screens, AutoCloseable {
    private final Supplier<Terminal> open;
    private final boolean owned;
    private final BooleanSupplier stopRequested;
    private final Screens lines;
    private Terminal terminal;
    /** The terminal being opened on another thread by {@link #prepare()}, or null. */
    private Background<Terminal> opening;
    /** The lesson rendered by {@link #ahead} while the terminal opened, and its pages; or null. */
    private Lesson aheadLesson;
    private PageRenderer aheadPages;

    private TerminalScreens(Supplier<Terminal> open, boolean owned, BooleanSupplier stopRequested, Screens lines) {
        this.open = open;
        this.owned = owned;
        this.stopRequested = stopRequested;
        this.lines = lines;
    }

    /**
     * Screens on a terminal built the first time one is needed (building one costs 170-250 ms, so a
     * one-shot command that prints only never builds it), and closed by {@link #close()}.
     *
     * @param stopRequested true once Ctrl-C asked a lesson or quiz to stop between keys
     * @param lines         what to do when the terminal turns out to be dumb
     */
    public static TerminalScreens onDemand(Supplier<Terminal> open, BooleanSupplier stopRequested, Screens lines) {
        return new TerminalScreens(open, true, stopRequested, lines);
    }

    /**
     * The screens of a one-shot command ({@code dockernotes learn}, {@code quiz}): the terminal that
     * {@code open} opens, when first needed, on which Ctrl-C while a lesson or quiz is between key
     * reads asks {@code ctx} to stop (answers so far are saved) rather than kill the JVM in the middle
     * of a save.
     */
    public static TerminalScreens forCommand(AppContext ctx, Supplier<Terminal> open, Screens lines) {
        return onDemand(() -> {
            Terminal terminal = open.get();
            terminal.handle(Terminal.Signal.INT, signal -> ctx.requestStop());
            return terminal;
        }, ctx::stopRequested, lines);
    }

    /** Screens on a terminal someone else owns (the shell's): {@link #close()} leaves it open. */
    public static TerminalScreens on(Terminal terminal, BooleanSupplier stopRequested, Screens lines) {
        Objects.requireNonNull(terminal);
        return new TerminalScreens(() -> terminal, false, stopRequested, lines);
    }

    private Terminal terminal() {
        if (terminal == null) {
            terminal = opening == null ? open.get() : opening.get();
            opening = null;
        }
        return terminal;
    }

    /**
     * Opens the terminal on a second thread (the native library, terminfo and capabilities: tens of
     * ms of a cold lesson) while the caller loads the notes and the progress file.
     */
    @Override
    public boolean prepare() {
        if (owned && terminal == null && opening == null) {
            opening = Background.start("dockernotes-terminal", open);
        }
        return opening != null;
    }

    @Override
    public boolean interactive() {
        Terminal t = terminal();
        return t != null && !Terminal.TYPE_DUMB.equals(t.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(t.getType());
    }

    @Override
    public int openWidth() {
        return terminal != null ? terminal.getWidth() : 0;
    }

    @Override
    public int stdoutColumns() {
        return Terminals.stdoutColumns();
    }

    /**
     * Renders the first section for standard output's width while the terminal is still opening on
     * the other thread (then the first screen only has to be drawn); a window of another width when
     * the pager starts renders again.
     */
    @Override
    public void ahead(Lesson lesson, boolean color, int start) {
        aheadLesson = null;
        aheadPages = null;
        if (opening == null || start < 0 || start >= lesson.size()) {
            return;
        }
        int width = stdoutColumns();
        if (width > 0) {
            PageRenderer pages = new PageRenderer(color, color);
            pages.lines(lesson.sections().get(start).markdown(), width);
            aheadLesson = lesson;
            aheadPages = pages;
        }
    }

    @Override
    public Paged page(Lesson lesson, boolean color, Set<Integer> alreadyRead, IntConsumer onShow, int start) {
        PageRenderer pages = lesson == aheadLesson && aheadPages.color() == color ? aheadPages : new PageRenderer(color, color);
        aheadLesson = null;
        aheadPages = null;
        LessonPager pager = new LessonPager(terminal(), lesson, pages, alreadyRead, onShow);
        Lesson.Outcome outcome = pager.run(start);
        return new Paged(outcome, pager.section());
    }

    @Override
    public QuizSession.Prompter quizPrompter(AnswerChecker checker, PrintWriter echo) {
        if (!interactive()) {
            return lines.quizPrompter(checker, echo);
        }
        return new QuizPrompter(terminal(), checker, new DockerLineCompleter(DockerCli.builtIn()), stopRequested);
    }

    @Override
    public Answer confirm(String question, PrintWriter err) {
        return interactive() ? Confirm.onTerminal(terminal(), question) : lines.confirm(question, err);
    }

    @Override
    public void close() {
        if (opening != null) {
            try {
                terminal(); // opened for a command that did not need it after all: closed as well
            } catch (RuntimeException | Error e) {
                // it could not be opened: nothing to close
            }
        }
        if (owned && terminal != null) {
            try {
                terminal.close();
            } catch (IOException e) {
                // the terminal is restored as far as it can be; nothing to tell the user
            }
        }
    }
}
