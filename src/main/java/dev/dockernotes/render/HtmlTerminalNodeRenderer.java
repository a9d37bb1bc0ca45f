package dev.dockernotes.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;

/**
 * HTML in Markdown as a reader of the page would see it: comments ({@code <!-- introduced_in=v8.2.0 -->},
 * a {@code <!-- YAML ... -->} block) are hidden, tags are dropped and their text is kept, {@code <br>}
 * and the ends of block elements break the line, and the common entities are decoded.
 */
final class HtmlTerminalNodeRenderer implements NodeRenderer {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
    private static final Pattern LINE_BREAK_TAG = Pattern.compile(
            "(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|summary|details|pre|blockquote|table)\\s*>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^>]*)?/?>|<![A-Za-z][^>]*>|<\\?.*?\\?>",
            Pattern.DOTALL);

    private final TerminalNodeRendererContext context;
    private final TerminalWriter writer;

    HtmlTerminalNodeRenderer(TerminalNodeRendererContext context) {
        this.context = context;
        this.writer = context.writer();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(HtmlBlock.class, HtmlInline.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof HtmlInline html) {
            String literal = html.getLiteral();
            if (LINE_BREAK_TAG.matcher(literal).matches() && literal.toLowerCase(java.util.Locale.ROOT).startsWith("<br")) {
                writer.hardBreak();
            } else if (!literal.startsWith("<")) {
                writer.text(literal);
            }
            // comments and tags show nothing; the text between tags is the paragraph's own
        } else if (node instanceof HtmlBlock html) {
            List<String> lines = textLines(html.getLiteral());
            if (lines.isEmpty()) {
                return; // only comments or empty tags: nothing to show, no blank line either
            }
            writer.startBlock();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    writer.hardBreak();
                }
                writer.text(lines.get(i));
            }
            writer.flushInline();
            writer.endBlock();
        }
    }

    /** The text an HTML block shows, one entry per line that has any. */
    static List<String> textLines(String html) {
        String s = COMMENT.matcher(html).replaceAll("");
        s = LINE_BREAK_TAG.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\n")) {
            String t = decode(line.replaceAll("\\s+", " ").strip());
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return lines;
    }

    private static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
