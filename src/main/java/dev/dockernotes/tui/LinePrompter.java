package dev.dockernotes.tui;

import dev.dockernotes.quiz.Presented;
import dev.dockernotes.quiz.QuizSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/** Quiz answers from standard input, one per line; end of input ends the quiz. */
public final class LinePrompter implements QuizSession.Prompter {
    private final BufferedReader in;
    private final PrintWriter echo;

    /** @param echo where each answer is echoed ("> a"), or null for nowhere (--json) */
    public LinePrompter(BufferedReader in, PrintWriter echo) {
        this.in = in;
        this.echo = echo;
    }

    @Override
    public QuizSession.Reply ask(Presented shown) {
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            return new QuizSession.Reply.End("cannot read standard input: " + e.getMessage());
        }
        if (line == null) {
            return new QuizSession.Reply.End("end of input");
        }
        String answer = line.strip();
        if (answer.equalsIgnoreCase("q") || answer.equalsIgnoreCase("quit")) {
            return new QuizSession.Reply.Quit();
        }
        if (echo != null) {
            echo.println("> " + answer);
        }
        return new QuizSession.Reply.Answer(answer);
    }
}
