package dev.dockernotes.render;

/**
 * How a piece of text looks on a colour terminal: SGR attributes and a foreground colour. Plain
 * output ignores styles altogether, so renderers can style freely without asking which mode is on.
 */
public record Style(boolean bold, boolean dim, boolean italic, boolean underline, int fg, int bg, boolean reverse) {
    public static final Style NONE = new Style(false, false, false, false, -1, -1, false);

    /** The SGR sequence that switches every style off. */
    public static final String RESET = "\u001b[0m";
    /** The OSC 8 sequence that ends a hyperlink. */
    public static final String LINK_END = "\u001b]8;;\u001b\\";

    public static final int BLACK = 0, RED = 1, GREEN = 2, YELLOW = 3, BLUE = 4, MAGENTA = 5, CYAN = 6, WHITE = 7;

    public static Style fg(int color) {
        return NONE.withFg(color);
    }

    public Style withFg(int color) {
        return new Style(bold, dim, italic, underline, color, bg, reverse);
    }

    public Style withBg(int color) {
        return new Style(bold, dim, italic, underline, fg, color, reverse);
    }

    public Style bolded() {
        return new Style(true, dim, italic, underline, fg, bg, reverse);
    }

    public Style dimmed() {
        return new Style(bold, true, italic, underline, fg, bg, reverse);
    }

    public Style italicized() {
        return new Style(bold, dim, true, underline, fg, bg, reverse);
    }

    public Style underlined() {
        return new Style(bold, dim, italic, true, fg, bg, reverse);
    }

    /** Foreground and background swapped, as a terminal shows a selected line. */
    public Style reversed() {
        return new Style(bold, dim, italic, underline, fg, bg, true);
    }

    /** The OSC 8 sequence that starts a hyperlink to {@code url} (ended by {@link #LINK_END}). */
    public static String linkStart(String url) {
        return "\u001b]8;;" + url + "\u001b\\";
    }

    /** This style with {@code inner} laid over it: attributes add up, the inner colour wins. */
    public Style with(Style inner) {
        if (inner.equals(NONE)) {
            return this; // the usual case (plain text in a paragraph): no new style for each piece of text
        }
        return new Style(bold || inner.bold, dim || inner.dim, italic || inner.italic, underline || inner.underline,
                inner.fg >= 0 ? inner.fg : fg, inner.bg >= 0 ? inner.bg : bg, reverse || inner.reverse);
    }

    public boolean isPlain() {
        return equals(NONE);
    }

    // equals and hashCode written out, with the values the generated ones give: those bootstrap
    // method handles on first use (ObjectMethods), about 12 ms of a cold lesson, which compares
    // styles while it renders.
    @Override
    public boolean equals(Object o) {
        return o instanceof Style s && bold == s.bold && dim == s.dim && italic == s.italic
                && underline == s.underline && fg == s.fg && bg == s.bg && reverse == s.reverse;
    }

    @Override
    public int hashCode() {
        int h = Boolean.hashCode(bold);
        h = 31 * h + Boolean.hashCode(dim);
        h = 31 * h + Boolean.hashCode(italic);
        h = 31 * h + Boolean.hashCode(underline);
        h = 31 * h + fg;
        h = 31 * h + bg;
        return 31 * h + Boolean.hashCode(reverse);
    }

    /** The SGR escape sequence that switches this style on (empty for no style). */
    public String sgr() {
        if (isPlain()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\u001b[");
        String sep = "";
        if (bold) { sb.append(sep).append('1'); sep = ";"; }
        if (dim) { sb.append(sep).append('2'); sep = ";"; }
        if (italic) { sb.append(sep).append('3'); sep = ";"; }
        if (underline) { sb.append(sep).append('4'); sep = ";"; }
        if (reverse) { sb.append(sep).append('7'); sep = ";"; }
        if (fg >= 0) { sb.append(sep).append(fg < 8 ? 30 + fg : 90 + fg - 8); sep = ";"; }
        if (bg >= 0) { sb.append(sep).append(bg < 8 ? 40 + bg : 100 + bg - 8); }
        return sb.append('m').toString();
    }
}
