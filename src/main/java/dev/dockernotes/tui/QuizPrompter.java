package dev.dockernotes.tui;

import dev.dockernotes.quiz.AnswerChecker;
import dev.dockernotes.quiz.Presented;
import dev.dockernotes.quiz.QuestionType;
import dev.dockernotes.quiz.QuizSession.Prompter;
import dev.dockernotes.quiz.QuizSession.Reply;
import java.io.PrintWriter;
import java.util.Optional;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Reads quiz answers on a terminal: a line editor per answer (letters for choices, numbers for
 * order, a command line with docker-aware completion when a completer is given). An answer that is
 * not a well-formed answer for the type is asked again with a hint; q quits; Ctrl-C and Ctrl-D stop
 * the quiz (the answers so far are already saved).
 */
public final class QuizPrompter implements Prompter {
    private final Terminal terminal;
    private final AnswerChecker checker;
    private final LineReader plain;
    private final LineReader commands;
    private final java.util.function.BooleanSupplier stopRequested;

    public QuizPrompter(Terminal terminal, AnswerChecker checker, Completer commandCompleter) {
        this(terminal, checker, commandCompleter, () -> false);
    }

    /**
     * @param stopRequested true once Ctrl-C came while no prompt was reading keys (between questions,
     *     or just before raw mode): the next prompt ends the quiz instead of waiting for a key
     */
    public QuizPrompter(Terminal terminal, AnswerChecker checker, Completer commandCompleter,
                        java.util.function.BooleanSupplier stopRequested) {
        this.terminal = terminal;
        this.stopRequested = stopRequested;
        this.checker = checker;
        this.plain = LineReaderBuilder.builder().terminal(terminal)
                .variable(LineReader.HISTORY_SIZE, 0)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
        LineReaderBuilder withCompletion = LineReaderBuilder.builder().terminal(terminal)
                .variable(LineReader.HISTORY_SIZE, 0)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        if (commandCompleter != null) {
            withCompletion.completer(commandCompleter);
        }
        this.commands = withCompletion.build();
    }

    @Override
    public Reply ask(Presented shown) {
        if (stopRequested.getAsBoolean()) {
            return new Reply.End("interrupted");
        }
        QuestionType type = shown.question().type();
        if (type == QuestionType.SINGLE || type == QuestionType.TRUE_FALSE) {
            return oneKey(shown);
        }
        LineReader reader = type == QuestionType.COMMAND ? commands : plain;
        PrintWriter w = terminal.writer();
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt(type));
            } catch (UserInterruptException e) {
                return new Reply.End("interrupted");
            } catch (EndOfFileException e) {
                return new Reply.End("end of input");
            }
            String answer = line == null ? "" : line.strip();
            if (answer.equalsIgnoreCase("q") || answer.equalsIgnoreCase("quit")) {
                return new Reply.Quit();
            }
            if (type == QuestionType.ORDER && answer.isEmpty()) {
                Optional<String> ordered = new OrderWidget(terminal).reorder(shown.items());
                if (ordered.isEmpty()) {
                    continue;
                }
                answer = ordered.get();
                w.println("  " + answer);
                w.flush();
            }
            Optional<String> problem = checker.problemWith(shown, answer);
            if (problem.isEmpty()) {
                return new Reply.Answer(answer);
            }
            w.println("  " + problem.get() + " (q quits)");
            w.flush();
        }
    }

    /**
     * Single choice and true/false take one key press: a letter (t/f/y/n), q to quit; anything else
     * rings the bell and says what to press. Raw mode, so Ctrl-C arrives as a key and ends the quiz.
     */
    private Reply oneKey(Presented shown) {
        PrintWriter w = terminal.writer();
        QuestionType type = shown.question().type();
        String hint = type == QuestionType.SINGLE ? "press a letter, a to " + Presented.letter(shown.order().size() - 1)
                : "press t (true) or f (false)";
        // Raw mode before the prompt shows: from then on Ctrl-C is a key, never a signal.
        Attributes saved = RawKeys.enter(terminal);
        w.print(prompt(type));
        w.flush();
        try {
            if (stopRequested.getAsBoolean()) {
                w.print("\r\n");
                return new Reply.End("interrupted");
            }
            while (true) {
                int c = terminal.reader().read();
                if (c == -1 || c == 4) {
                    w.print("\r\n");
                    return new Reply.End("end of input");
                }
                if (c == 3) {
                    w.print("\r\n");
                    return new Reply.End("interrupted");
                }
                if (c == '\r' || c == '\n' || c == ' ') {
                    continue;
                }
                String key = String.valueOf((char) Character.toLowerCase(c));
                if (key.equals("q")) {
                    w.print("q\r\n");
                    return new Reply.Quit();
                }
                if (checker.problemWith(shown, key).isEmpty()) {
                    w.print(key + "\r\n");
                    return new Reply.Answer(key);
                }
                w.print("\u0007\r\n  " + hint + " (q quits)\r\n" + prompt(type));
                w.flush();
            }
        } catch (java.io.IOException e) {
            return new Reply.End("cannot read the terminal");
        } finally {
            terminal.setAttributes(saved);
            w.flush();
        }
    }

    private static String prompt(QuestionType type) {
        return switch (type) {
            case SINGLE -> "letter> ";
            case MULTIPLE -> "letters> ";
            case TRUE_FALSE -> "t/f> ";
            case ORDER -> "order (Enter to arrange)> ";
            case COMMAND -> "$ ";
            case FILL_IN -> "answer> ";
        };
    }
}
