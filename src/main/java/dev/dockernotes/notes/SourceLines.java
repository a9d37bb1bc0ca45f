package dev.dockernotes.notes;

import java.util.regex.Pattern;

/**
 * The text of one notes file with where each line starts, so that a topic keeps line numbers and
 * cuts its Markdown out of the file when asked, instead of holding a copy of its own (a chapter's
 * Markdown is the whole file, and each section's holds its subsections: copies cost the notes'
 * size times their depth).
 */
final class SourceLines {
    private static final Pattern THEMATIC_BREAK = Pattern.compile("-{3,}|\\*{3,}|_{3,}");

    private final String content;
    private final int[] starts;

    /** {@code content} with "\n" line ends only. */
    SourceLines(String content) {
        this.content = content;
        // indexOf, not charAt a character at a time: a cold start runs this in the interpreter
        int count = 1;
        for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) {
            count++;
        }
        starts = new int[count];
        int line = 1;
        for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
    }

    int count() {
        return starts.length;
    }

    /** Line {@code n} (1-based) without its newline. */
    String line(int n) {
        return content.substring(starts[n - 1], end(n));
    }

    private int end(int n) {
        return n < starts.length ? starts[n] - 1 : content.length();
    }

    private boolean isBlank(int n) {
        for (int i = starts[n - 1]; i < end(n); i++) {
            if (!Character.isWhitespace(content.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #slice} of these lines is blank: each is blank or a thematic break. */
    boolean isBlank(int from, int to) {
        int a = Math.max(1, from);
        int b = Math.min(starts.length, to);
        for (int n = a; n <= b; n++) {
            if (!isBlank(n) && !THEMATIC_BREAK.matcher(line(n).trim()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Lines from..to (1-based, inclusive), each ending in "\n", without blank lines or a lone thematic break at the edges. */
    String slice(int from, int to) {
        int a = Math.max(1, from);
        int b = Math.min(starts.length, to);
        while (a <= b && isBlank(a)) {
            a++;
        }
        while (b >= a && (isBlank(b) || THEMATIC_BREAK.matcher(line(b).trim()).matches())) {
            b--;
        }
        if (a > b) {
            return "";
        }
        return content.substring(starts[a - 1], end(b)) + "\n";
    }
}
