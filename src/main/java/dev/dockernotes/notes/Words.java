package dev.dockernotes.notes;

/**
 * The words of a text as search and term matching see them: runs of letters and digits, joined by
 * one '.', '_' or '-' ("overlay2", "docker.sock", "is-active" stay whole), found by a hand-written
 * scan rather than a regular expression, since loading reads every word of the notes this way.
 *
 * <pre>
 *   Words words = new Words(text);
 *   while (words.next()) { use(text, words.start(), words.end()); }
 * </pre>
 */
final class Words {
    private final String text;
    private final int length;
    private int position;
    private int start;
    private int end;

    Words(String text) {
        this(text, 0);
    }

    Words(String text, int from) {
        this.text = text;
        this.length = text.length();
        this.position = from;
    }

    /** Moves to the next word; false when there is none. */
    boolean next() {
        int i = position;
        while (i < length) {
            int run = runEnd(i);
            if (run > i) {
                start = i;
                i = run;
                // a joiner counts only between two runs: "a.b" is one word, "a." and "a.-b" are not
                while (i + 1 < length && isJoiner(text.charAt(i))) {
                    int more = runEnd(i + 1);
                    if (more == i + 1) {
                        break;
                    }
                    i = more;
                }
                end = i;
                position = i;
                return true;
            }
            i++;
        }
        position = length;
        return false;
    }

    /** Where the current word starts in the text. */
    int start() {
        return start;
    }

    /** Where the current word ends (exclusive). */
    int end() {
        return end;
    }

    /** The end of the run of letters and digits starting at {@code i} ({@code i} itself when there is none). */
    private int runEnd(int i) {
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                    i++;
                    continue;
                }
                return i;
            }
            int cp = Character.codePointAt(text, i);
            if (!isLetterOrNumber(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '_' || c == '-';
    }

    /** What the regular expression classes \p{L} and \p{N} hold. */
    static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * Where the light stem of the lower-case word {@code text[from, to)} ends, when it is a prefix of
     * the word (every rule but "-ies", which gives -1: use {@link #stem} for it). The rules of {@link Search#stem}.
     */
    static int stemEnd(String text, int from, int to) {
        int n = to - from;
        if (n > 4 && endsWith(text, to, "ies")) {
            return -1;
        }
        if (n > 4 && (endsWith(text, to, "sses") || endsWith(text, to, "xes") || endsWith(text, to, "ches")
                || endsWith(text, to, "shes"))) {
            return to - 2;
        }
        if (n > 3 && text.charAt(to - 1) == 's' && !endsWith(text, to, "ss") && !endsWith(text, to, "us")
                && !endsWith(text, to, "is")) {
            return to - 1;
        }
        return to;
    }

    /**
     * Appends the light stem of the lower-case word {@code text[from, to)} to {@code out} (cleared
     * first) and returns it: the rules of {@link Search#stem}, without a String per word.
     */
    static StringBuilder stem(CharSequence text, int from, int to, StringBuilder out) {
        out.setLength(0);
        int n = to - from;
        int keep = n;
        if (n > 4 && endsWith(text, to, "ies")) {
            out.append(text, from, to - 3).append('y');
            return out;
        }
        if (n > 4 && (endsWith(text, to, "sses") || endsWith(text, to, "xes") || endsWith(text, to, "ches")
                || endsWith(text, to, "shes"))) {
            keep = n - 2;
        } else if (n > 3 && text.charAt(to - 1) == 's' && !endsWith(text, to, "ss") && !endsWith(text, to, "us")
                && !endsWith(text, to, "is")) {
            keep = n - 1;
        }
        return out.append(text, from, from + keep);
    }

    private static boolean endsWith(String text, int to, String suffix) {
        return to >= suffix.length() && text.startsWith(suffix, to - suffix.length());
    }

    private static boolean endsWith(CharSequence text, int to, String suffix) {
        int from = to - suffix.length();
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (text.charAt(from + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with each run of whitespace (space, tab, line ends, form feed) one space, trimmed as {@link String#trim} trims. */
    static String collapseWhitespace(CharSequence chars) {
        String text = chars.toString();
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) <= ' ') {
            to--;
        }
        StringBuilder sb = null;
        int copied = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < to && isSpace(text.charAt(runEnd))) {
                runEnd++;
            }
            if (c == ' ' && runEnd == i + 1) {
                continue; // a single space stays as it is
            }
            if (sb == null) {
                sb = new StringBuilder(to - from);
            }
            sb.append(text, copied, i).append(' ');
            copied = runEnd;
            i = runEnd - 1;
        }
        if (sb == null) {
            return text.substring(from, to);
        }
        return sb.append(text, copied, to).toString();
    }

    /** What the regular expression class \s holds. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
