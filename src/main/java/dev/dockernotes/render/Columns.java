package dev.dockernotes.render;

import org.jline.utils.WCWidth;

/** Width of text in terminal columns: wide (CJK, emoji) characters take two, combining marks none. */
public final class Columns {
    private Columns() {}

    public static int width(String s) {
        return width(s, 0, s.length());
    }

    /** The width of {@code s} from {@code from} (inclusive) to {@code to} (exclusive). */
    static int width(String s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; ) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII, most of any text: one column
                w++;
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The longest prefix of {@code s} that fits in {@code columns} (at least one character). */
    static int fit(String s, int columns) {
        return fit(s, 0, columns);
    }

    /**
     * The end of the longest run of {@code s} from {@code from} that fits in {@code columns} (at
     * least one character): work proportional to the run, not to the rest of the string.
     */
    static int fit(String s, int from, int columns) {
        return fit(s, from, s.length(), columns);
    }

    /** {@link #fit(String, int, int)} within {@code s[from, to)}. */
    static int fit(String s, int from, int to, int columns) {
        int w = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            int cp = c >= 0x20 && c < 0x7f ? c : s.codePointAt(i);
            int cw = cp == c && c >= 0x20 && c < 0x7f ? 1 : Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > columns && i > from) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return i;
    }

    /**
     * The visible width of rendered text: escape sequences (SGR colours, OSC 8 links) take no columns.
     */
    public static int visibleWidth(String rendered) {
        int esc = rendered.indexOf('\u001b');
        if (esc < 0) {
            return width(rendered);
        }
        int w = width(rendered, 0, esc);
        int from = esc;
        for (int i = esc; i < rendered.length(); ) {
            int end = rendered.charAt(i) == '\u001b' ? sequenceEnd(rendered, i) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            w += width(rendered, from, i);
            from = i = end;
        }
        return w + width(rendered, from, rendered.length());
    }

    /**
     * Rendered text without its escape sequences (SGR and other CSI sequences, OSC 8 links). Read by
     * hand, not with a regular expression: this runs for every word a command prints, and a pattern
     * compiled for each call was a good part of a cold command's printing.
     */
    public static String strip(String rendered) {
        int esc = rendered.indexOf('\u001b');
        if (esc < 0) {
            return rendered;
        }
        StringBuilder sb = new StringBuilder(rendered.length());
        int from = 0;
        for (int i = esc; i < rendered.length(); ) {
            int end = rendered.charAt(i) == '\u001b' ? sequenceEnd(rendered, i) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            sb.append(rendered, from, i);
            from = i = end;
        }
        return sb.append(rendered, from, rendered.length()).toString();
    }

    /**
     * The end of the escape sequence at {@code i} that {@link #strip} removes, or -1: a CSI sequence
     * ({@code ESC [}, digits, ';' or '?', a letter) or an OSC 8 link ({@code ESC ] 8 ;} up to
     * {@code ESC \}). Anything else stays, as a character of no width.
     */
    private static int sequenceEnd(String s, int i) {
        int n = s.length();
        if (i + 1 < n && s.charAt(i + 1) == '[') {
            int j = i + 2;
            while (j < n && (s.charAt(j) >= '0' && s.charAt(j) <= '9' || s.charAt(j) == ';' || s.charAt(j) == '?')) {
                j++;
            }
            return j < n && isAsciiLetter(s.charAt(j)) ? j + 1 : -1;
        }
        if (s.startsWith("]8;", i + 1)) {
            int st = s.indexOf('\u001b', i + 4);
            return st >= 0 && st + 1 < n && s.charAt(st + 1) == '\\' ? st + 2 : -1;
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * Rendered text cut to at most {@code columns} visible columns, keeping its escape sequences;
     * when anything is cut, the last column shows "›" and styles and links are closed.
     */
    public static String truncate(String rendered, int columns) {
        if (visibleWidth(rendered) <= columns) {
            return rendered;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        int limit = Math.max(0, columns - 1);
        int i = 0;
        while (i < rendered.length()) {
            char c = rendered.charAt(i);
            if (c == '\u001b') {
                int end = escapeEnd(rendered, i);
                sb.append(rendered, i, end);
                i = end;
                continue;
            }
            int cp = rendered.codePointAt(i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > limit) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        if (rendered.indexOf('\u001b') >= 0) {
            sb.append(Style.RESET).append(Style.LINK_END);
        }
        return sb.append(columns > 0 ? "›" : "").toString();
    }

    static int escapeEnd(String s, int i) {
        if (i + 1 < s.length() && s.charAt(i + 1) == ']') {
            int st = s.indexOf("\u001b\\", i + 2);
            return st < 0 ? s.length() : st + 2;
        }
        int j = i + 2;
        while (j < s.length() && !Character.isLetter(s.charAt(j))) {
            j++;
        }
        return Math.min(s.length(), j + 1);
    }

    static String repeat(String s, int times) {
        return times <= 0 ? "" : s.repeat(times);
    }
}
