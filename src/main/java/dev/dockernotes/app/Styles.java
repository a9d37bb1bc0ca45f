package dev.dockernotes.app;

import dev.dockernotes.render.Style;
import dev.dockernotes.render.Theme;

/**
 * Styles for command and screen output: the roles of the {@link Theme} (the one styling vocabulary,
 * the same the Markdown renderer uses), or none at all when output is plain.
 */
public record Styles(boolean on) {
    private static final Theme THEME = new Theme(true);

    public static Styles of(OutputStyle style) {
        return new Styles(style.color());
    }

    public String bold(String s) {
        return paint(THEME.strong(), s);
    }

    public String dim(String s) {
        return paint(THEME.label(), s);
    }

    public String green(String s) {
        return paint(THEME.success(), s);
    }

    public String red(String s) {
        return paint(THEME.failure(), s);
    }

    public String yellow(String s) {
        return paint(THEME.warning(), s);
    }

    public String cyan(String s) {
        return paint(THEME.reference(), s);
    }

    /** The selected entry of a list, in reverse video. */
    public String selected(String s) {
        return paint(THEME.selection(), s);
    }

    /** A matched word in a search snippet: bold yellow, or *word* in plain text. */
    public String mark(String s) {
        return on ? paint(THEME.match(), s) : "*" + s + "*";
    }

    /** {@code s} in {@code style}, then back to no style; {@code s} as it is in plain output. */
    public String paint(Style style, String s) {
        return on && !style.isPlain() ? style.sgr() + s + Style.RESET : s;
    }
}
