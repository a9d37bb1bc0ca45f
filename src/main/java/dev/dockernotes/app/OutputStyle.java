package dev.dockernotes.app;

/**
 * How output should look for this run: ANSI styles or plain text, the width to wrap to, and
 * whether the output is a terminal at all (interactive screens only make sense on one).
 */
public record OutputStyle(boolean color, int width, boolean terminal) {
    public static final int DEFAULT_WIDTH = 80;

    public static OutputStyle plain(int width) {
        return new OutputStyle(false, width, false);
    }
}
