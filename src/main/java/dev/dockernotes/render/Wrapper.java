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
        SpanFiller filler = new SpanFiller(Math.max(1, width));
        scan(spans, filler);
        return filler.finish();
    }

    /** The width of the widest word: the narrowest a column can be without splitting words. */
    static int longestWord(List<Span> spans) {
        int[] longest = {0};
        scan(spans, new Tokens() {
            @Override
            public void word(List<Span> spans, Piece word) {
                longest[0] = Math.max(longest[0], word.columns(spans));
            }
        });
        return longest[0];
    }

    // ---- internals: words are kept as offsets into the spans, never cut into Strings of their own ----

    /**
     * A word: pieces {@code from[i]..to[i]} of the text of span {@code span[i]}, one per span the
     * word runs through (usually one). Reused from word to word.
     */
    private static final class Piece {
        int[] span = new int[4];
        int[] from = new int[4];
        int[] to = new int[4];
        int count;

        void add(int s, int f, int t) {
            if (count == span.length) {
                span = java.util.Arrays.copyOf(span, count * 2);
                from = java.util.Arrays.copyOf(from, count * 2);
                to = java.util.Arrays.copyOf(to, count * 2);
            }
            span[count] = s;
            from[count] = f;
            to[count] = t;
            count++;
        }

        int columns(List<Span> spans) {
            int w = 0;
            for (int i = 0; i < count; i++) {
                w += Columns.width(spans.get(span[i]).text(), from[i], to[i]);
            }
            return w;
        }
    }

    /** What the scan finds, in order: words, gaps (at the first blank of a run, in its span's style) and hard breaks. */
    private interface Tokens {
        void word(List<Span> spans, Piece word);

        default void gap(Span at) {}

        default void hardBreak() {}
    }

    /** Splits the spans into words at spaces, tabs and newlines; runs of blanks are one gap. */
    private static void scan(List<Span> spans, Tokens tokens) {
        Piece word = new Piece();
        boolean afterGap = false;
        for (int k = 0; k < spans.size(); k++) {
            String t = spans.get(k).text();
            int start = 0;
            int n = t.length();
            for (int i = 0; i < n; i++) {
                char c = t.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n') {
                    continue;
                }
                if (i > start) {
                    word.add(k, start, i);
                }
                if (word.count > 0) {
                    tokens.word(spans, word);
                    word.count = 0;
                    afterGap = false;
                }
                if (c == '\n') {
                    tokens.hardBreak();
                    afterGap = false;
                } else if (!afterGap) {
                    tokens.gap(spans.get(k));
                    afterGap = true;
                }
                start = i + 1;
            }
            if (n > start) {
                word.add(k, start, n);
            }
        }
        if (word.count > 0) {
            tokens.word(spans, word);
        }
    }

    /** Fills lines with the styled words as they come. */
    private static final class SpanFiller implements Tokens {
        private final int avail;
        private final List<Line> lines = new ArrayList<>();
        private final LineBuilder line = new LineBuilder();
        private Span pendingGap; // the space before the next word, in its style

        SpanFiller(int avail) {
            this.avail = avail;
        }

        @Override
        public void gap(Span at) {
            pendingGap = at;
        }

        @Override
        public void hardBreak() {
            lines.add(line.finish());
            pendingGap = null;
        }

        @Override
        public void word(List<Span> spans, Piece w) {
            int ww = w.columns(spans);
            if (!line.isEmpty() && line.columns + 1 + ww <= avail) {
                if (pendingGap == null) {
                    line.add(" ", 0, 1, Style.NONE, null);
                } else {
                    line.add(" ", 0, 1, pendingGap.style(), pendingGap.link());
                }
                line.columns += 1;
                addWhole(spans, w, ww);
            } else {
                if (!line.isEmpty()) {
                    lines.add(line.finish());
                }
                if (ww <= avail) {
                    addWhole(spans, w, ww);
                } else {
                    split(spans, w);
                }
            }
            pendingGap = null;
        }

        private void addWhole(List<Span> spans, Piece w, int ww) {
            for (int i = 0; i < w.count; i++) {
                Span s = spans.get(w.span[i]);
                line.add(s.text(), w.from[i], w.to[i], s.style(), s.link());
            }
            line.columns += ww;
        }

        /** A word wider than a whole line: split it, keeping its styles. */
        private void split(List<Span> spans, Piece w) {
            for (int i = 0; i < w.count; i++) {
                Span s = spans.get(w.span[i]);
                // by offsets into the word: cutting copies of the rest was quadratic
                String t = s.text();
                int pos = w.from[i];
                int end = w.to[i];
                while (pos < end) {
                    int room = avail - line.columns;
                    if (room <= 0) {
                        lines.add(line.finish());
                        room = avail;
                    }
                    int cut = Columns.fit(t, pos, end, room);
                    int cutWidth = Columns.width(t, pos, cut);
                    if (cutWidth > room && line.columns > 0) {
                        lines.add(line.finish());
                        continue;
                    }
                    line.add(t, pos, cut, s.style(), s.link());
                    line.columns += cutWidth;
                    pos = cut;
                }
            }
        }

        List<Line> finish() {
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.finish());
            }
            return lines;
        }
    }

    /**
     * One line being filled. Neighbouring text in one style and link becomes one span: it prints
     * exactly as the separate pieces would, at a fraction of the objects.
     */
    private static final class LineBuilder {
        private List<Span> spans = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Style style;
        private String link;
        private boolean open;
        int columns;

        void add(String s, int from, int to, Style st, String ln) {
            if (open && st.equals(style) && java.util.Objects.equals(ln, link)) {
                text.append(s, from, to);
                return;
            }
            close();
            text.append(s, from, to);
            style = st;
            link = ln;
            open = true;
        }

        private void close() {
            if (open) {
                spans.add(new Span(text.toString(), style, link));
                text.setLength(0);
                open = false;
            }
        }

        boolean isEmpty() {
            return !open && spans.isEmpty();
        }

        Line finish() {
            close();
            Line done = new Line(spans, columns);
            spans = new ArrayList<>();
            columns = 0;
            return done;
        }
    }
}
