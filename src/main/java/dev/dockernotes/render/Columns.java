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
        return width(strip(rendered));
    }

    /** Rendered text without its escape sequences. */
    public static String strip(String rendered) {
        return rendered.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\u001b]8;[^\u001b]*\u001b\\\\", "");
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
