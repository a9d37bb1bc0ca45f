package dev.dockernotes.render;

import dev.dockernotes.text.Controls;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Owns the layout of rendered output, like commonmark's TextContentWriter: blank lines between
 * blocks (none inside tight lists), a stack of line prefixes (block quote bars, list markers and
 * their hanging indent), and the inline buffer of the block being rendered, wrapped to the width
 * left after the prefixes when the block ends. Styles become escape codes only here, and only when
 * colour is on.
 */
public final class TerminalWriter {
    private final RenderOptions options;
    private final StringBuilder out = new StringBuilder();
    private final Deque<Prefix> prefixes = new ArrayDeque<>();
    private final Deque<Boolean> tight = new ArrayDeque<>();
    private final Deque<Style> styles = new ArrayDeque<>();
    private final Deque<String> links = new ArrayDeque<>();
    private List<Span> inline = new ArrayList<>();
    private boolean pendingBlank;

    /** A line prefix: {@code first} on the block's first line, {@code rest} on the lines after it. */
    private static final class Prefix {
        final Span first;
        final Span rest;
        boolean used;

        Prefix(Span first, Span rest) {
            this.first = first;
            this.rest = rest;
        }
    }

    public TerminalWriter(RenderOptions options) {
        this.options = options;
    }

    public RenderOptions options() {
        return options;
    }

    // ---- blocks ----

    /** Starts a block: separates it from the previous one by a blank line unless they are tight. */
    public void startBlock() {
        if (pendingBlank && out.length() > 0) {
            List<Span> blank = new ArrayList<>();
            for (Iterator<Prefix> it = prefixes.descendingIterator(); it.hasNext(); ) {
                blank.add(it.next().rest);
            }
            emit(blank);
        }
        pendingBlank = false;
    }

    /** Ends a block: the next one gets a blank line before it, except inside a tight list. */
    public void endBlock() {
        pendingBlank = tight.isEmpty() || !tight.peek();
    }

    public void pushTight(boolean isTight) {
        tight.push(isTight);
    }

    public void popTight() {
        tight.pop();
    }

    public void pushPrefix(Span first, Span rest) {
        prefixes.push(new Prefix(first, rest));
    }

    public void pushPrefix(Span both) {
        pushPrefix(both, both);
    }

    public void popPrefix() {
        prefixes.pop();
    }

    /** Columns left for content after the current prefixes (never less than 10). */
    public int availableWidth() {
        int used = 0;
        for (Prefix p : prefixes) {
            used += Math.max(p.first.columns(), p.rest.columns());
        }
        return Math.max(10, options.width() - used);
    }

    // ---- inline content ----

    public void pushStyle(Style style) {
        styles.push(currentStyle().with(style));
    }

    public void popStyle() {
        styles.pop();
    }

    public void pushLink(String url) {
        links.push(url);
    }

    public void popLink() {
        links.pop();
    }

    private Style currentStyle() {
        return styles.isEmpty() ? Style.NONE : styles.peek();
    }

    /** Appends text to the current block in the current style; spaces may become line breaks. */
    public void text(String text) {
        text(text, Style.NONE);
    }

    public void text(String text, Style style) {
        if (!text.isEmpty()) {
            // control characters of the content are shown (^[), never sent to the terminal
            inline.add(new Span(Controls.visible(text), currentStyle().with(style), links.isEmpty() ? null : links.peek()));
        }
    }

    public void hardBreak() {
        inline.add(Span.plain("\n"));
    }

    /** Renders inline content into a buffer of its own (a table cell) and returns what it wrote. */
    public List<Span> capture(Runnable render) {
        List<Span> saved = inline;
        inline = new ArrayList<>();
        try {
            render.run();
            return inline;
        } finally {
            inline = saved;
        }
    }

    /** Wraps the buffered inline content to the available width and writes it; returns the widest line. */
    public int flushInline() {
        List<Wrapper.Line> lines = Wrapper.wrap(inline, availableWidth());
        inline = new ArrayList<>();
        int widest = 0;
        for (Wrapper.Line line : lines) {
            line(line.spans());
            widest = Math.max(widest, line.columns());
        }
        return widest;
    }

    /** Writes one line as is (never wrapped), after the prefixes. */
    public void line(List<Span> spans) {
        List<Span> all = new ArrayList<>();
        for (Iterator<Prefix> it = prefixes.descendingIterator(); it.hasNext(); ) {
            Prefix p = it.next();
            all.add(p.used ? p.rest : p.first);
            p.used = true;
        }
        all.addAll(spans);
        emit(all);
    }

    public void line(Span... spans) {
        line(List.of(spans));
    }

    private void emit(List<Span> spans) {
        List<Span> trimmed = new ArrayList<>(spans);
        // no trailing spaces: strip them from the end, whatever their style
        while (!trimmed.isEmpty()) {
            Span last = trimmed.get(trimmed.size() - 1);
            String t = last.text().stripTrailing();
            if (t.isEmpty()) {
                trimmed.remove(trimmed.size() - 1);
            } else {
                trimmed.set(trimmed.size() - 1, new Span(t, last.style(), last.link()));
                break;
            }
        }
        if (options.color()) {
            appendStyled(trimmed);
        } else {
            trimmed.forEach(s -> out.append(Controls.visible(s.text())));
        }
        out.append('\n');
    }

    private void appendStyled(List<Span> spans) {
        Style style = Style.NONE;
        String link = null;
        for (Span s : spans) {
            // a hyperlink only to a web or mail address, and never one carrying control characters
            String wantLink = options.hyperlinks() && Controls.isSafeLinkTarget(s.link()) ? s.link() : null;
            if (!java.util.Objects.equals(wantLink, link)) {
                if (link != null) {
                    out.append(osc8(""));
                }
                if (wantLink != null) {
                    out.append(osc8(wantLink));
                }
                link = wantLink;
            }
            if (!s.style().equals(style)) {
                if (!style.isPlain()) {
                    out.append(Style.RESET);
                }
                out.append(s.style().sgr());
                style = s.style();
            }
            out.append(Controls.visible(s.text()));
        }
        if (!style.isPlain()) {
            out.append(Style.RESET);
        }
        if (link != null) {
            out.append(osc8(""));
        }
    }

    private static String osc8(String url) {
        return Style.linkStart(url);
    }

    /** Everything written, ending with exactly one newline. */
    public String result() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        return out.append('\n').toString();
    }
}
