package dev.dockernotes.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * A topic's own text as the graph read it once, from the syntax tree: each line of its body with its
 * line number and kind (prose, code, a code fence, a correction beside the notes), and its glossary
 * items. Explain and the quiz generator read these instead of parsing the Markdown again. Only line
 * ranges are kept; the lines are cut from the file's text when asked.
 */
public final class BodyLines {
    /** What a line of a topic's body is. */
    public enum Kind { PROSE, CODE, FENCE, CORRECTION }

    /** One line of a body: its number in the file, its text as written, its kind. */
    public record Line(int number, String text, Kind kind) {
        /** Inside a code block, its fences included. */
        public boolean isCode() {
            return kind == Kind.CODE || kind == Kind.FENCE;
        }

        /** The line as the user's words: a correction's lines read as blank (they are not the notes'). */
        public String own() {
            return kind == Kind.CORRECTION ? "" : text;
        }
    }

    static final BodyLines EMPTY = new BodyLines(null, 1, 0, new int[0], List.of());

    private static final Pattern LEADING_DASH = Pattern.compile("^\\s*[-:\u2013\u2014]+\\s*");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("-{3,}|\\*{3,}|_{3,}");

    private final SourceLines source;
    private final int from;
    private final int to;
    /** Triples: first line, last line, kind ordinal; fences are one-line ranges of their own. */
    private final int[] ranges;
    private final List<GlossaryItem> glossary;

    private BodyLines(SourceLines source, int from, int to, int[] ranges, List<GlossaryItem> glossary) {
        this.source = source;
        this.from = from;
        this.to = to;
        this.ranges = ranges;
        this.glossary = List.copyOf(glossary);
    }

    /** As stored with a prebuilt graph (see {@link GraphCodec}): the same ranges over the same source. */
    static BodyLines stored(SourceLines source, int from, int to, int[] ranges, List<GlossaryItem> glossary) {
        return new BodyLines(source, from, to, ranges, glossary);
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    int[] ranges() {
        return ranges;
    }

    /** Reads a topic's own blocks (the graph builder's nodes of it, with source spans). */
    static BodyLines read(Topic topic, List<Node> blocks) {
        if (topic.source == null || topic.bodyTo < 0) {
            return EMPTY;
        }
        SourceLines source = topic.source;
        int from = Math.max(1, topic.bodyFrom);
        int to = Math.min(source.count(), topic.bodyTo);
        while (from <= to && source.line(from).isBlank()) {
            from++;
        }
        while (to >= from && (source.line(to).isBlank() || THEMATIC_BREAK.matcher(source.line(to).trim()).matches())) {
            to--;
        }
        List<Integer> ranges = new ArrayList<>();
        List<GlossaryItem> glossary = new ArrayList<>();
        for (Node block : blocks) {
            if (block instanceof Alert a && a.isCorrection()) {
                add(ranges, TopicScanner.startLine(a), TopicScanner.endLine(a), Kind.CORRECTION);
                continue;
            }
            block.accept(new AbstractVisitor() {
                @Override
                public void visit(Paragraph paragraph) {
                    // inline text holds no blocks: nothing below to read
                }

                @Override
                public void visit(FencedCodeBlock code) {
                    int first = TopicScanner.startLine(code);
                    int last = TopicScanner.endLine(code);
                    add(ranges, first, first, Kind.FENCE);
                    boolean closed = last > first && source.line(last).trim().startsWith(String.valueOf(code.getFenceCharacter()).repeat(3));
                    add(ranges, first + 1, closed ? last - 1 : last, Kind.CODE);
                    if (closed) {
                        add(ranges, last, last, Kind.FENCE);
                    }
                }

                @Override
                public void visit(IndentedCodeBlock code) {
                    add(ranges, TopicScanner.startLine(code), TopicScanner.endLine(code), Kind.CODE);
                }

                @Override
                public void visit(ListItem item) {
                    if (item.getFirstChild() instanceof Paragraph p) {
                        glossaryItem(topic, p).ifPresent(glossary::add);
                    }
                    visitChildren(item);
                }
            });
        }
        int[] packed = new int[ranges.size()];
        for (int k = 0; k < packed.length; k++) {
            packed[k] = ranges.get(k);
        }
        return new BodyLines(source, from, to, packed, glossary);
    }

    private static void add(List<Integer> ranges, int first, int last, Kind kind) {
        if (first > 0 && last >= first) {
            ranges.add(first);
            ranges.add(last);
            ranges.add(kind.ordinal());
        }
    }

    /** "**term** - definition" or "`term`: definition" (bold code too); empty for any other item. */
    private static java.util.Optional<GlossaryItem> glossaryItem(Topic topic, Paragraph p) {
        Node first = p.getFirstChild();
        if (!(first instanceof StrongEmphasis || first instanceof Code)) {
            return java.util.Optional.empty();
        }
        if (!(first.getNext() instanceof Text t) || !TopicScanner.startsDefinition(t.getLiteral())) {
            return java.util.Optional.empty();
        }
        String term = Markdown.text(first).strip();
        boolean code = first instanceof Code || first.getFirstChild() instanceof Code && first.getFirstChild().getNext() == null;
        StringBuilder plain = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        for (Node n = first.getNext(); n != null; n = n.getNext()) {
            inline(n, plain, false);
            inline(n, markdown, true);
        }
        String definition = LEADING_DASH.matcher(plain).replaceFirst("").strip();
        if (term.isEmpty() || definition.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new GlossaryItem(topic, term, first instanceof StrongEmphasis, code, definition,
                LEADING_DASH.matcher(markdown).replaceFirst("").strip(), TopicScanner.startLine(p)));
    }

    /** The words of an inline node with their spaces; code spans in backticks when {@code backticks}. */
    private static void inline(Node n, StringBuilder out, boolean backticks) {
        if (n instanceof Text t) {
            out.append(t.getLiteral());
        } else if (n instanceof Code c) {
            out.append(backticks ? "`" + c.getLiteral() + "`" : c.getLiteral());
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            out.append(' ');
        } else {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                inline(c, out, backticks);
            }
        }
    }

    /** The body's lines in order, as {@link Topic#body()} holds them, each with its number and kind. */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>(Math.max(0, to - from + 1));
        int k = 0; // the ranges are in reading order: one walk along them
        for (int n = from; n <= to; n++) {
            while (k < ranges.length && ranges[k + 1] < n) {
                k += 3;
            }
            Kind kind = k < ranges.length && ranges[k] <= n ? KINDS[ranges[k + 2]] : Kind.PROSE;
            out.add(new Line(n, source.line(n), kind));
        }
        return out;
    }

    private static final Kind[] KINDS = Kind.values();

    /** The file line that {@link Topic#body()} starts at: its line 1 is this line of the file. */
    public int firstLine() {
        return from;
    }

    /** The glossary items of the topic's own text, in reading order. */
    public List<GlossaryItem> glossary() {
        return glossary;
    }
}
