package dev.dockernotes.tui;

import dev.dockernotes.app.Screens.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/** A yes/no question before something that cannot be undone: on the terminal, or one line of input. */
final class Confirm {
    private Confirm() {}

    /** On the terminal: a line editor with the question as its prompt. */
    static Answer onTerminal(Terminal terminal, String question) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        String line;
        try {
            line = reader.readLine(prompt(question));
        } catch (UserInterruptException | EndOfFileException e) {
            line = null;
        }
        return answer(line);
    }

    /** Not on a terminal: the question goes to {@code err}, the answer is one line of {@code in}. */
    static Answer onLines(InputStream in, PrintWriter err, String question) {
        err.print(prompt(question));
        err.flush();
        String line = readLine(in);
        if (line == null) {
            err.println();
            err.flush();
        }
        return answer(line);
    }

    private static String prompt(String question) {
        return question + " [y/N] ";
    }

    private static Answer answer(String line) {
        if (line == null) {
            return Answer.NONE;
        }
        String a = line.trim().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes") ? Answer.YES : Answer.NO;
    }

    /** One line, read byte by byte so nothing after it is consumed; null at end of input. */
    private static String readLine(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1 && line.size() == 0) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8).replaceFirst("\r$", "");
    }
}
