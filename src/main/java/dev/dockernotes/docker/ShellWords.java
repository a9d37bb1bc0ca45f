package dev.dockernotes.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a shell command line into words the way a POSIX shell would, for reading, not running:
 * single and double quotes, backslash escapes, {@code #} comments, and the operators that separate
 * commands ({@code |}, {@code ||}, {@code &&}, {@code ;}, {@code &}). Redirections ({@code > file},
 * {@code 2>&1}) are dropped. A placeholder such as {@code <container-name or id>} stays one word.
 */
public final class ShellWords {
    private ShellWords() {}

    /** One word: its text after quote removal, where it stands in the line, and how it was written. */
    public record Word(String text, int start, int end, boolean quoted, boolean placeholder) {
        /** The word as written in the line. */
        public String source(String line) {
            return line.substring(start, end);
        }
    }

    /** One simple command, and the operator that joins it to the next ("" for the last). */
    public record Segment(List<Word> words, String operator) {
        public List<String> texts() {
            return words.stream().map(Word::text).toList();
        }
    }

    /** The commands of a line, in order. Empty commands (";;", a trailing "&") are left out. */
    public static List<Segment> split(String line) {
        List<Segment> segments = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) && c != '\n') {
                i++;
                continue;
            }
            if (c == '#') {
                while (i < n && line.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            String op = operatorAt(line, i);
            if (op != null) {
                if (!words.isEmpty()) {
                    segments.add(new Segment(List.copyOf(words), op.equals("\n") ? ";" : op));
                    words.clear();
                }
                i += op.length();
                continue;
            }
            int redirect = redirectLength(line, i);
            if (redirect > 0) {
                String r = line.substring(i, i + redirect);
                i += redirect;
                if (!r.contains(">&") && !r.contains("<&")) {
                    // skip the file name that follows
                    while (i < n && Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '\n') {
                        i++;
                    }
                    i = readWord(line, i, null);
                }
                continue;
            }
            if (c == '<') {
                int close = line.indexOf('>', i);
                int nextOpen = line.indexOf('<', i + 1);
                if (close > i + 1 && Character.isLetter(line.charAt(i + 1)) && (nextOpen < 0 || nextOpen > close)
                        && line.substring(i, close).indexOf('\n') < 0) {
                    int end = close + 1;
                    StringBuilder sb = new StringBuilder(line.substring(i, end));
                    // "<name>:latest" or "<name>/x": the rest of the word belongs to it.
                    int after = readWord(line, end, sb);
                    words.add(new Word(sb.toString(), i, after, false, true));
                    i = after;
                    continue;
                }
            }
            StringBuilder sb = new StringBuilder();
            boolean[] quoted = new boolean[1];
            int end = readWord(line, i, sb, quoted);
            if (sb.length() > 0 || quoted[0]) {
                words.add(new Word(sb.toString(), i, end, quoted[0], false)); // not a lone trailing backslash
            }
            i = Math.max(end, i + 1);
        }
        if (!words.isEmpty()) {
            segments.add(new Segment(List.copyOf(words), ""));
        }
        return segments;
    }

    /** The words of a line, all commands together (operators dropped). */
    public static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        split(line).forEach(s -> out.addAll(s.texts()));
        return out;
    }

    /** A word quoted for a shell when it needs it. */
    public static String quote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_@%+=:,./<>-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static String operatorAt(String line, int i) {
        for (String op : new String[] {"&&", "||", "|&", "|", ";", "\n"}) {
            if (line.startsWith(op, i)) {
                return op;
            }
        }
        if (line.charAt(i) == '&' && !line.startsWith("&>", i)) {
            return "&";
        }
        return null;
    }

    /** ">", ">>", "<", "2>", "2>>", "&>", "2>&1", ">&2": their length, or 0. */
    private static int redirectLength(String line, int i) {
        int j = i;
        if (j < line.length() && Character.isDigit(line.charAt(j)) && j + 1 < line.length()
                && (line.charAt(j + 1) == '>' || line.charAt(j + 1) == '<')) {
            j++;
        } else if (line.startsWith("&>", j)) {
            j++;
        }
        if (j >= line.length() || line.charAt(j) != '>' && line.charAt(j) != '<') {
            return 0;
        }
        if (line.charAt(j) == '<' && j == i && j + 1 < line.length() && Character.isLetter(line.charAt(j + 1))) {
            return 0; // maybe a placeholder; the caller decides
        }
        j++;
        if (j < line.length() && line.charAt(j) == '>') {
            j++;
        }
        if (j < line.length() && line.charAt(j) == '&') {
            j++;
            while (j < line.length() && (Character.isDigit(line.charAt(j)) || line.charAt(j) == '-')) {
                j++;
            }
        }
        return j - i;
    }

    private static int matchingParen(String line, int open) {
        int depth = 0;
        for (int k = open; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private static int readWord(String line, int i, StringBuilder sb) {
        return readWord(line, i, sb, new boolean[1]);
    }

    private static int readWord(String line, int i, StringBuilder sb, boolean[] quoted) {
        StringBuilder out = sb == null ? new StringBuilder() : sb;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '|' || c == ';' || c == '&'
                    || (c == '>' || c == '<') && redirectLength(line, i) > 0) {
                break;
            }
            if (c == '$' && i + 1 < n && line.charAt(i + 1) == '(' || c == '`') {
                // command substitution: one word, kept as written
                int end = c == '`' ? line.indexOf('`', i + 1) : matchingParen(line, i + 1);
                end = end < 0 ? n : end + 1;
                out.append(line, i, end);
                i = end;
                continue;
            }
            if (c == '\\') {
                if (i + 1 < n && line.charAt(i + 1) == '\n') {
                    i += 2;
                    continue;
                }
                if (i + 1 >= n) {
                    i = n; // a trailing backslash (the first line of a continued command): nothing follows
                    break;
                }
                out.append(line.charAt(i + 1));
                i += 2;
                quoted[0] = true;
                continue;
            }
            if (c == '\'') {
                int close = line.indexOf('\'', i + 1);
                int end = close < 0 ? n : close;
                out.append(line, i + 1, end);
                i = close < 0 ? n : close + 1;
                quoted[0] = true;
                continue;
            }
            if (c == '"') {
                i++;
                while (i < n && line.charAt(i) != '"') {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < n && "\"\\$`\n".indexOf(line.charAt(i + 1)) >= 0) {
                        if (line.charAt(i + 1) != '\n') {
                            out.append(line.charAt(i + 1));
                        }
                        i += 2;
                        continue;
                    }
                    out.append(d);
                    i++;
                }
                i = Math.min(n, i + 1);
                quoted[0] = true;
                continue;
            }
            out.append(c);
            i++;
        }
        return i;
    }
}
