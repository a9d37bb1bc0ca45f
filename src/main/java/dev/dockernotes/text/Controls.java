package dev.dockernotes.text;

/**
 * Control characters in text that is not ours (notes, quiz and lab files, the engine's messages, the
 * user's own arguments) are shown, never obeyed: a notes file must not clear the screen, set the
 * window title, make the terminal answer, or open a hyperlink of its choosing. Only dockernotes' own
 * styling writes escape sequences.
 */
public final class Controls {
    private Controls() {}

    /** True for C0 controls other than newline and tab, DEL, and C1 controls (U+0080..U+009F, CSI included). */
    public static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
    }

    /**
     * The text with every unsafe control character shown in caret notation, as {@code cat -v} shows
     * it: ESC as {@code ^[}, BEL as {@code ^G}, DEL as {@code ^?}, C1 CSI (U+009B) as {@code M-^[}.
     * Newlines and tabs stay. Returns the same string when there is nothing to show (the usual case).
     */
    public static String visible(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        int n = s.length();
        while (i < n && !isUnsafe(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isUnsafe(c)) {
                appendVisible(c, sb);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Appends one control character in caret notation. */
    public static void appendVisible(char c, StringBuilder sb) {
        if (c >= 0x80) {
            sb.append("M-");
            c -= 0x80;
        }
        sb.append('^').append(c == 0x7f ? '?' : (char) (c + 0x40));
    }

    /**
     * Newlines as "\n" whatever the file used: CRLF (Windows) and a lone CR (classic Mac OS) alike.
     * Returns the same string when it holds no CR.
     */
    public static String unixLineEndings(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether a link target may become an OSC 8 hyperlink: an absolute http, https or mailto URL
     * with no control characters, spaces or escape-breaking characters in it.
     */
    public static boolean isSafeLinkTarget(String url) {
        if (url == null || url.isEmpty() || url.length() > 2048) {
            return false;
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://") && !lower.startsWith("mailto:")) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || (c >= 0x7f && c <= 0xa0) || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
