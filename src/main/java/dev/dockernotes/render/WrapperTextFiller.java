package dev.dockernotes.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills lines from the words of a string that may carry escape sequences (SGR styles, OSC 8 links),
 * keeping track of the styles open at each line end: how {@link Wrapper#fill} and {@link Wrapper#fold}
 * work.
 */
final class WrapperTextFiller {
    private static final char NBSP = Wrapper.NBSP;
    private static final String CUT_MARK = Wrapper.CUT_MARK;

    final List<String> lines = new ArrayList<>();
    private final String first;
    private final String rest;
    private final int width;
    private final StringBuilder line = new StringBuilder();
    private int column;
    private boolean empty = true;
    private final List<String> openStyles = new ArrayList<>();
    private String openLink = "";
    private boolean started;

    WrapperTextFiller(String first, String rest, int width) {
        this.first = first;
        this.rest = rest;
        this.width = width;
    }

    void paragraph(String text) {
        startLine();
        StringBuilder word = new StringBuilder();
        StringBuilder pendingEscapes = new StringBuilder();
        int i = 0;
        while (i <= text.length()) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '\u001b') {
                int end = Columns.escapeEnd(text, i);
                (word.length() == 0 ? pendingEscapes : word).append(text, i, end);
                i = end;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                if (word.length() > 0) {
                    word(word.toString());
                    word.setLength(0);
                }
            } else {
                if (word.length() == 0 && pendingEscapes.length() > 0) {
                    word.append(pendingEscapes);
                    pendingEscapes.setLength(0);
                }
                word.append(c);
            }
            i++;
        }
        if (pendingEscapes.length() > 0) {
            emit(pendingEscapes.toString()); // a style closed after the last word
        }
        endLine();
    }

    void startLine() {
        line.setLength(0);
        line.append(started ? rest : first);
        started = true;
        column = Columns.visibleWidth(line.toString());
        empty = true;
        for (String style : openStyles) {
            line.append(style);
        }
        if (!openLink.isEmpty()) {
            line.append(openLink);
        }
    }

    void endLine() {
        if (!openStyles.isEmpty()) {
            line.append(Style.RESET);
        }
        if (!openLink.isEmpty()) {
            line.append(Style.LINK_END);
        }
        // a space kept to a word (a no-break space) is not left at the end of a line
        lines.add(withoutTrailingSpace(line.toString().replace(NBSP, ' ')));
        line.setLength(0);
    }

    private int available() {
        return Math.max(1, width - Columns.visibleWidth(rest));
    }

    private void word(String w) {
        int ww = Columns.visibleWidth(w);
        if (!empty && column + 1 + ww <= width) {
            line.append(' ');
            column++;
            emit(w);
            column += ww;
            return;
        }
        if (!empty) {
            endLine();
            startLine();
        }
        if (column + ww > width && ww <= available() && column > Columns.visibleWidth(rest)) {
            endLine(); // a long first prefix (a label): the word goes under it, whole
            startLine();
        }
        if (column + ww <= width) {
            emit(w);
            column += ww;
            empty = false;
        } else if (w.indexOf(NBSP) >= 0) {
            // words kept together that do not fit even on a line of their own: fill them one by one
            for (String part : w.split(String.valueOf(NBSP))) {
                if (!part.isEmpty()) {
                    word(part);
                }
            }
        } else {
            cut(w);
        }
    }

    /** A word wider than a line: as much as fits on each line, then the mark. */
    void cut(String w) {
        int i = 0;
        while (i < w.length()) {
            int room = width - column;
            int end = fit(w, i, room);
            if (end < w.length() && Columns.visibleWidth(w.substring(end)) > 0) {
                end = fit(w, i, room - 1);
                if (end == i && !empty) {
                    endLine();
                    startLine();
                    continue;
                }
                end = Math.max(end, nextVisible(w, i));
                emit(w.substring(i, end));
                line.append(CUT_MARK);
                endLine();
                startLine();
                i = end;
            } else {
                emit(w.substring(i));
                column += Columns.visibleWidth(w.substring(i));
                empty = false;
                i = w.length();
            }
        }
    }

    /** Appends text, noting the styles and link it opens or closes. */
    private void emit(String s) {
        line.append(s);
        int i = s.indexOf('\u001b');
        while (i >= 0) {
            int end = Columns.escapeEnd(s, i);
            String seq = s.substring(i, end);
            if (seq.startsWith("\u001b]8;")) {
                openLink = isLinkEnd(seq) ? "" : seq;
            } else if (seq.endsWith("m")) {
                if (seq.equals("\u001b[0m") || seq.equals("\u001b[m")) {
                    openStyles.clear();
                } else {
                    openStyles.add(seq);
                }
            }
            i = s.indexOf('\u001b', end);
        }
        if (Columns.visibleWidth(s) > 0) {
            empty = false;
        }
    }

    /**
     * {@code l} without the spaces before its closing sequences (styles switched off, a link ended)
     * at its end. By hand, like {@link Columns#strip}: this runs for every line a command prints.
     */
    static String withoutTrailingSpace(String l) {
        int end = l.length();
        while (true) {
            if (end >= Style.LINK_END.length() && l.startsWith(Style.LINK_END, end - Style.LINK_END.length())) {
                end -= Style.LINK_END.length();
                continue;
            }
            if (end > 0 && l.charAt(end - 1) == 'm') {
                int j = end - 1;
                while (j > 0 && (l.charAt(j - 1) >= '0' && l.charAt(j - 1) <= '9' || l.charAt(j - 1) == ';')) {
                    j--;
                }
                if (j >= 2 && l.charAt(j - 1) == '[' && l.charAt(j - 2) == '\u001b') {
                    end = j - 2;
                    continue;
                }
            }
            break;
        }
        int spaces = end;
        while (spaces > 0 && l.charAt(spaces - 1) == ' ') {
            spaces--;
        }
        return spaces == end ? l : l.substring(0, spaces) + l.substring(end);
    }

    /** An OSC 8 sequence with an empty target: the end of a link (ended by ST or BEL). */
    private static boolean isLinkEnd(String seq) {
        int semi = seq.indexOf(';', 4);
        return seq.startsWith("\u001b]8;") && semi >= 0
                && (seq.startsWith("\u001b\\", semi + 1) && seq.length() == semi + 3
                        || seq.startsWith("\u0007", semi + 1) && seq.length() == semi + 2);
    }

    /** The end of the longest run from {@code from} of at most {@code columns} visible columns. */
    private static int fit(String s, int from, int columns) {
        int w = 0;
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '\u001b') {
                i = Columns.escapeEnd(s, i);
                continue;
            }
            int cp = s.codePointAt(i);
            int cw = Columns.width(s, i, i + Character.charCount(cp));
            if (w + cw > columns) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The index after the first visible character from {@code from} (so every cut makes progress). */
    private static int nextVisible(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == '\u001b') {
            i = Columns.escapeEnd(s, i);
        }
        return i < s.length() ? i + Character.charCount(s.codePointAt(i)) : i;
    }
}
