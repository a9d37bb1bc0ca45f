package dev.dockernotes.render;

import org.jline.utils.WCWidth;

/** Width of text in terminal columns: wide (CJK, emoji) characters take two, combining marks none. */
public final class Columns {
    private Columns() {}

    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The longest prefix of {@code s} that fits in {@code columns} (at least one character). */
    static int fit(String s, int columns) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > columns && i > 0) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return i;
    }

    static String repeat(String s, int times) {
        return times <= 0 ? "" : s.repeat(times);
    }
}
