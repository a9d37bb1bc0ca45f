package dev.dockernotes.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way dockernotes wraps text: lines filled with words, measured in terminal columns (wide
 * CJK characters take two, combining marks none, escape sequences none), never broken inside a word,
 * so a command, a flag, a URL or a topic id stays whole. Only a word wider than a whole line is cut,
 * and every cut piece but the last ends in {@link #CUT_MARK}.
 *
 * <p>Two forms: {@link #fill} for text that is already a string (command output, possibly styled with
 * SGR and OSC 8 sequences), and {@link #wrap(List, int)} for the renderer's styled spans (inline
 * rendering never thinks about line ends: it produces spans, cut into lines once the block is
 * complete, the way glamour's paragraph buffers and wraps). Runs of spaces collapse to one; a "\n" is
 * a hard break; a no-break space ({@link #NBSP}, see {@link #keep}) joins words into one unit that is
 * kept on one line when it fits.
 */
public final class Wrapper {
    /** Ends every piece of a word that had to be cut because it is wider than a line. */
    public static final String CUT_MARK = "\u21a9";
    /** Joins words that should stay on one line (a command with its arguments); printed as a space. */
    public static final char NBSP = '\u00a0';

    /** One output line: its spans and its width in columns. */
    record Line(List<Span> spans, int columns) {}

    private Wrapper() {}

    /** Words joined by no-break spaces: {@link #fill} keeps them on one line when they fit in one. */
    public static String keep(String words) {
        return words.replace(' ', NBSP);
    }

    /**
     * {@code text} filled to {@code width} columns, the first line after {@code first}, the others
     * after {@code rest}: lines joined by "\n", without a final one. Styles (SGR) and links (OSC 8)
     * open at a line end are closed there and opened again after the next line's prefix, so every
     * line stands on its own (a pager may show any of them alone).
     */
    public static String fill(String text, String first, String rest, int width) {
        return String.join("\n", lines(text, first, rest, width));
    }

    /** {@link #fill} as a list of lines. */
    public static List<String> lines(String text, String first, String rest, int width) {
        Filler f = new Filler(first, rest, width);
        for (String paragraph : text.split("\n", -1)) {
            f.paragraph(paragraph);
        }
        return f.lines;
    }

    /**
     * A shell command line that a learner may copy: whole on one line when it fits, else broken at
     * its spaces with a backslash at the end of each line but the last, as shells read it back
     * ("docker run -d \\" / "    --name web nginx"), never inside a word.
     */
    public static String command(String line, String first, String rest, int width) {
        List<String> lines = lines(keep(line), first, rest, Math.max(3, width - 2));
        if (lines.size() == 1 && Columns.visibleWidth(first) + Columns.visibleWidth(line) <= width) {
            return lines.get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i));
            if (i < lines.size() - 1) {
                sb.append(lines.get(i).endsWith(CUT_MARK) ? "" : " \\").append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * One rendered line cut into lines of at most {@code width} columns where it is wider (code,
     * which is never wrapped at words): every piece but the last ends in {@link #CUT_MARK}, the
     * following ones start with the line's own indentation, so a reader sees every character and
     * where the line goes on. Escape sequences are kept; styles are closed at each cut and reopened.
     */
    public static List<String> fold(String rendered, int width) {
        if (Columns.visibleWidth(rendered) <= width) {
            return List.of(rendered);
        }
        String visible = Columns.strip(rendered);
        int lead = 0;
        while (lead < visible.length() && visible.charAt(lead) == ' ') {
            lead++;
        }
        String indent = " ".repeat(Math.min(lead, width / 2));
        Filler f = new Filler("", indent, width);
        f.startLine();
        f.cut(rendered);
        f.endLine();
        return f.lines;
    }

    private static final java.util.regex.Pattern TRAILING_SPACE =
            java.util.regex.Pattern.compile(" +((?:\u001b\\[[0-9;]*m|\u001b]8;;\u001b\\\\)*)$");

    /** Fills lines from words, keeping track of the styles open at each line end. */
    private static final class Filler {
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

        Filler(String first, String rest, int width) {
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
                line.append("\u001b[0m");
            }
            if (!openLink.isEmpty()) {
                line.append("\u001b]8;;\u001b\\");
            }
            // a space kept to a word (a no-break space) is not left at the end of a line
            String l = TRAILING_SPACE.matcher(line.toString().replace(NBSP, ' ')).replaceFirst("$1");
            lines.add(l);
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
                    openLink = seq.matches("\u001b]8;[^;]*;(\u001b\\\\|\u0007)") ? "" : seq;
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

    static List<Line> wrap(List<Span> spans, int width) {
        int avail = Math.max(1, width);
        List<Line> lines = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        int lineWidth = 0;
        Span pendingGap = null; // the space before the next word, in its style

        List<Object> tokens = tokens(spans);
        for (Object token : tokens) {
            if (token instanceof Span g) {
                pendingGap = g;
                continue;
            }
            if (token == HARD_BREAK) {
                lines.add(new Line(line, lineWidth));
                line = new ArrayList<>();
                lineWidth = 0;
                pendingGap = null;
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Span> w = (List<Span>) token;
            int ww = w.stream().mapToInt(Span::columns).sum();
            if (!line.isEmpty() && lineWidth + 1 + ww <= avail) {
                line.add(pendingGap == null ? Span.plain(" ") : pendingGap);
                line.addAll(w);
                lineWidth += 1 + ww;
            } else {
                if (!line.isEmpty()) {
                    lines.add(new Line(line, lineWidth));
                    line = new ArrayList<>();
                    lineWidth = 0;
                }
                if (ww <= avail) {
                    line.addAll(w);
                    lineWidth = ww;
                } else {
                    // wider than a whole line: split it, keeping its styles
                    for (Span s : w) {
                        // by offsets into the word: cutting copies of the rest was quadratic
                        String t = s.text();
                        int pos = 0;
                        while (pos < t.length()) {
                            int room = avail - lineWidth;
                            if (room <= 0) {
                                lines.add(new Line(line, lineWidth));
                                line = new ArrayList<>();
                                lineWidth = 0;
                                room = avail;
                            }
                            int cut = Columns.fit(t, pos, room);
                            int cutWidth = Columns.width(t, pos, cut);
                            if (cutWidth > room && lineWidth > 0) {
                                lines.add(new Line(line, lineWidth));
                                line = new ArrayList<>();
                                lineWidth = 0;
                                continue;
                            }
                            line.add(new Span(t.substring(pos, cut), s.style(), s.link()));
                            lineWidth += cutWidth;
                            pos = cut;
                        }
                    }
                }
            }
            pendingGap = null;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(new Line(line, lineWidth));
        }
        return lines;
    }

    /** The width of the widest word: the narrowest a column can be without splitting words. */
    static int longestWord(List<Span> spans) {
        int longest = 0;
        for (Object token : tokens(spans)) {
            if (token instanceof List<?> word) {
                longest = Math.max(longest, word.stream().mapToInt(s -> ((Span) s).columns()).sum());
            }
        }
        return longest;
    }

    private static final Object HARD_BREAK = new Object();

    /** Words (lists of spans), gaps (a one-space span in the gap's style) and hard breaks. */
    private static List<Object> tokens(List<Span> spans) {
        List<Object> out = new ArrayList<>();
        List<Span> word = new ArrayList<>();
        for (Span s : spans) {
            String t = s.text();
            int start = 0;
            for (int i = 0; i <= t.length(); i++) {
                boolean end = i == t.length();
                char c = end ? 0 : t.charAt(i);
                if (end || c == ' ' || c == '\t' || c == '\n') {
                    if (i > start) {
                        word.add(new Span(t.substring(start, i), s.style(), s.link()));
                    }
                    if (!end) {
                        if (!word.isEmpty()) {
                            out.add(word);
                            word = new ArrayList<>();
                        }
                        if (c == '\n') {
                            out.add(HARD_BREAK);
                        } else if (out.isEmpty() || !(out.get(out.size() - 1) instanceof Span)) {
                            out.add(new Span(" ", s.style(), s.link()));
                        }
                    }
                    start = i + 1;
                }
            }
        }
        if (!word.isEmpty()) {
            out.add(word);
        }
        return out;
    }
}
