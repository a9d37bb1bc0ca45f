package dev.dockernotes.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/** A yes/no question before something that cannot be undone, as the top-level reset asks it. */
final class Confirm {
    /** Yes, no, or no answer at all (end of input): which counts as no. */
    enum Answer { YES, NO, NONE }

    private Confirm() {}

    /** On the terminal when there is one, else one line from standard input; the question goes to err. */
    static Answer ask(AppContext ctx, PrintWriter err, String question) {
        String prompt = question + " [y/N] ";
        String line;
        Optional<Terminal> terminal = ctx.terminal();
        if (terminal.isPresent()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal.get()).build();
            try {
                line = reader.readLine(prompt);
            } catch (UserInterruptException | EndOfFileException e) {
                line = null;
            }
        } else {
            err.print(prompt);
            err.flush();
            line = readLine(ctx.env().stdin());
            if (line == null) {
                err.println();
                err.flush();
            }
        }
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
