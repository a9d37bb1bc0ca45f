package dev.dockernotes.app;

import dev.dockernotes.quiz.AnswerChecker;
import dev.dockernotes.quiz.QuizSession;
import java.io.PrintWriter;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The interactive screens a command may show: the lesson pager, the quiz's answer widgets and the
 * yes/no question before what cannot be undone. Commands reach a terminal only through this; the
 * entry point installs the implementation (the terminal's, or lines of standard input for pipes and
 * tests), so no command holds a terminal or builds a line reader of its own.
 */
public interface Screens {

    /** Whether the screens run on a real terminal; when not, commands print plain text instead. */
    boolean interactive();

    /**
     * Starts getting the screens ready (opening the terminal) beside the caller's own work, for a
     * command that will almost surely show one; {@link #interactive()} and the screens wait for it.
     *
     * @return true when a terminal is being opened (the caller may prepare its screen meanwhile)
     */
    default boolean prepare() {
        return false;
    }

    /**
     * The lesson {@link #page} will show next, from section {@code start}: screens whose terminal is
     * still opening ({@link #prepare()}) may render that section meanwhile.
     */
    default void ahead(Lesson lesson, boolean color, int start) {}

    /** The open terminal's width in columns; 0 when none is open yet (it is not opened to answer). */
    default int openWidth() {
        return 0;
    }

    /**
     * Standard output's width in columns without opening a terminal (one system call where it can be
     * made); 0 when it cannot be told this way.
     */
    default int stdoutColumns() {
        return 0;
    }

    /**
     * Pages through a lesson from section {@code start}, calling {@code onShow} with the index of each
     * section when it is shown (to record it as read). Only when {@link #interactive()}.
     *
     * @param alreadyRead the sections (from 0) read before
     */
    Paged page(Lesson lesson, boolean color, Set<Integer> alreadyRead, IntConsumer onShow, int start);

    /** How the reader left a lesson, and the section they were on. */
    record Paged(Lesson.Outcome outcome, int section) {}

    /** Reads quiz answers: the terminal's widgets, or one answer per line (echoed to {@code echo} unless null). */
    QuizSession.Prompter quizPrompter(AnswerChecker checker, PrintWriter echo);

    /** Asks a yes/no question; the question goes to {@code err} when it is not on the terminal. */
    Answer confirm(String question, PrintWriter err);

    /** An answer to a yes/no question: yes, no, or none at all (end of input), which counts as no. */
    enum Answer { YES, NO, NONE }
}
