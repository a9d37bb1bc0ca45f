package dev.dockernotes.app;

import dev.dockernotes.render.Style;

/**
 * Styles for command and screen output, in the one styling vocabulary of {@link Style} (the same
 * codes the Markdown renderer's theme writes), or none at all when output is plain.
 */
public record Styles(boolean on) {
    private static final Style BOLD = Style.NONE.bolded();
    private static final Style DIM = Style.NONE.dimmed();
    private static final Style MARK = Style.fg(Style.YELLOW).bolded();

    public static Styles of(OutputStyle style) {
        return new Styles(style.color());
    }

    public String bold(String s) {
        return paint(BOLD, s);
    }

    public String dim(String s) {
        return paint(DIM, s);
    }

    public String green(String s) {
        return paint(Style.fg(Style.GREEN), s);
    }

    public String red(String s) {
        return paint(Style.fg(Style.RED), s);
    }

    public String yellow(String s) {
        return paint(Style.fg(Style.YELLOW), s);
    }

    public String cyan(String s) {
        return paint(Style.fg(Style.CYAN), s);
    }

    /** A matched word in a search snippet: bold yellow, or *word* in plain text. */
    public String mark(String s) {
        return on ? paint(MARK, s) : "*" + s + "*";
    }

    /** {@code s} in {@code style}, then back to no style; {@code s} as it is in plain output. */
    public String paint(Style style, String s) {
        return on && !style.isPlain() ? style.sgr() + s + Style.RESET : s;
    }
}
