package dev.dockernotes.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills lines with words, measured in terminal columns. Inline rendering never thinks about line
 * ends: it produces styled spans, and this class cuts them into lines once the block is complete
 * (the way glamour's paragraph buffers and wraps). Runs of spaces collapse to one; a "\n" in a span
 * is a hard break. A word is split only when it is wider than a whole line.
 */
final class Wrapper {
    /** One output line: its spans and its width in columns. */
    record Line(List<Span> spans, int columns) {}

    private Wrapper() {}

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
