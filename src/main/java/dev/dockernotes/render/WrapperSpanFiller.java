package dev.dockernotes.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Wraps the renderer's styled spans into lines: how {@link Wrapper#wrap} and {@link
 * Wrapper#longestWord} work. Words are kept as offsets into the spans, never cut into Strings of
 * their own.
 */
final class WrapperSpanFiller {
    private WrapperSpanFiller() {}

    static List<Wrapper.Line> wrap(List<Span> spans, int width) {
        Filler filler = new Filler(Math.max(1, width));
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
                span = Arrays.copyOf(span, count * 2);
                from = Arrays.copyOf(from, count * 2);
                to = Arrays.copyOf(to, count * 2);
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
    private static final class Filler implements Tokens {
        private final int avail;
        private final List<Wrapper.Line> lines = new ArrayList<>();
        private final LineBuilder line = new LineBuilder();
        private Span pendingGap; // the space before the next word, in its style

        Filler(int avail) {
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

        List<Wrapper.Line> finish() {
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
            if (open && st.equals(style) && Objects.equals(ln, link)) {
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

        Wrapper.Line finish() {
            close();
            Wrapper.Line done = new Wrapper.Line(spans, columns);
            spans = new ArrayList<>();
            columns = 0;
            return done;
        }
    }
}
