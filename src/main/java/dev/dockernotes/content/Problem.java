package dev.dockernotes.content;

import dev.dockernotes.text.Controls;
import java.util.Comparator;

/**
 * Something wrong in a content file (notes, quizzes, labs), where it is. Printed one way for all of
 * them: {@code file:line:column: message}, without the column when it is not known (0), and as
 * {@code file: message} when the problem is about the whole file (line 0). Control characters in the
 * file name or the message are shown, never obeyed.
 */
public record Problem(String file, int line, int column, String message) {
    /** By file, then line, then column: the order {@code check} lists problems in. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    public Problem {
        line = Math.max(0, line);
        column = line == 0 ? 0 : Math.max(0, column);
    }

    /** A problem on a line, its column not known. */
    public Problem(String file, int line, String message) {
        this(file, line, 0, message);
    }

    /** A problem about the whole file (it cannot be read, it is empty, ...). */
    public static Problem ofFile(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** {@code file:line[:column]: message}. */
    public String format() {
        StringBuilder sb = new StringBuilder(Controls.visible(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(Controls.visible(message)).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
