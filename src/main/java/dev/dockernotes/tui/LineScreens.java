package dev.dockernotes.tui;

import dev.dockernotes.app.Lesson;
import dev.dockernotes.app.Screens;
import dev.dockernotes.quiz.AnswerChecker;
import dev.dockernotes.quiz.QuizSession;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Screens without a terminal (a pipe, CI, tests): nothing is interactive; quiz answers and yes/no
 * answers are lines of standard input.
 */
public final class LineScreens implements Screens {
    private final Supplier<InputStream> stdin;

    /** @param stdin standard input as it is when asked (the shell shares it with its commands) */
    public LineScreens(Supplier<InputStream> stdin) {
        this.stdin = stdin;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public Paged page(Lesson lesson, boolean color, Set<Integer> alreadyRead, IntConsumer onShow, int start) {
        throw new IllegalStateException("no terminal to page a lesson on");
    }

    @Override
    public QuizSession.Prompter quizPrompter(AnswerChecker checker, PrintWriter echo) {
        return new LinePrompter(new BufferedReader(new InputStreamReader(stdin.get(), StandardCharsets.UTF_8)), echo);
    }

    @Override
    public Answer confirm(String question, PrintWriter err) {
        return Confirm.onLines(stdin.get(), err, question);
    }
}
