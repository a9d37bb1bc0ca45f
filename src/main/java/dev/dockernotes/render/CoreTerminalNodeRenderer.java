package dev.dockernotes.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.NodeRenderer;

/**
 * Renders the core CommonMark nodes for a terminal, in the shape of commonmark's
 * CoreTextContentNodeRenderer: each node says what it is (block or inline, its style, its prefix),
 * and the {@link TerminalWriter} decides where lines break.
 */
public class CoreTerminalNodeRenderer implements NodeRenderer {
    protected final TerminalNodeRendererContext context;
    protected final TerminalWriter writer;
    protected final Theme theme;
    private int bulletDepth;

    public CoreTerminalNodeRenderer(TerminalNodeRendererContext context) {
        this.context = context;
        this.writer = context.writer();
        this.theme = context.theme();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Document.class, Heading.class, Paragraph.class, BlockQuote.class, BulletList.class,
                OrderedList.class, ListItem.class, FencedCodeBlock.class, IndentedCodeBlock.class, HtmlBlock.class,
                ThematicBreak.class, Text.class, Code.class, Emphasis.class, StrongEmphasis.class, Link.class,
                Image.class, SoftLineBreak.class, HardLineBreak.class, HtmlInline.class, LinkReferenceDefinition.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Document) {
            context.renderChildren(node);
        } else if (node instanceof Heading h) {
            heading(h);
        } else if (node instanceof Paragraph) {
            writer.startBlock();
            context.renderChildren(node);
            writer.flushInline();
            writer.endBlock();
        } else if (node instanceof BlockQuote) {
            writer.startBlock();
            writer.pushPrefix(new Span(theme.quoteBar(), theme.quoteBarStyle()));
            writer.pushTight(false);
            writer.pushStyle(theme.quote());
            context.renderChildren(node);
            writer.popStyle();
            writer.popTight();
            writer.popPrefix();
            writer.endBlock();
        } else if (node instanceof ListBlock list) {
            list(list);
        } else if (node instanceof ListItem) {
            context.renderChildren(node); // lists render their items, with the marker as a prefix
        } else if (node instanceof FencedCodeBlock f) {
            codeBlock(f.getLiteral(), ShellCodeHighlighter.isShell(f.getInfo(), f.getLiteral()));
        } else if (node instanceof IndentedCodeBlock c) {
            codeBlock(c.getLiteral(), ShellCodeHighlighter.isShell("", c.getLiteral()));
        } else if (node instanceof HtmlBlock html) {
            writer.startBlock();
            for (String line : lines(html.getLiteral())) {
                writer.line(new Span(line, theme.html()));
            }
            writer.endBlock();
        } else if (node instanceof ThematicBreak) {
            writer.startBlock();
            writer.line(new Span(theme.rule().repeat(writer.availableWidth()), theme.ruleStyle()));
            writer.endBlock();
        } else if (node instanceof Text t) {
            writer.text(t.getLiteral());
        } else if (node instanceof Code c) {
            String q = theme.inlineCodeQuote();
            writer.text(q + c.getLiteral() + q, theme.inlineCode());
        } else if (node instanceof Emphasis) {
            styled(node, theme.emphasis());
        } else if (node instanceof StrongEmphasis) {
            styled(node, theme.strong());
        } else if (node instanceof Link link) {
            link(link);
        } else if (node instanceof Image image) {
            writer.text("[image: ");
            context.renderChildren(image);
            writer.text("]");
            writer.text(" (" + image.getDestination() + ")", theme.url());
        } else if (node instanceof SoftLineBreak) {
            writer.text(" ");
        } else if (node instanceof HardLineBreak) {
            writer.hardBreak();
        } else if (node instanceof HtmlInline html) {
            writer.text(html.getLiteral(), theme.html());
        }
        // LinkReferenceDefinition: nothing to show
    }

    private void heading(Heading h) {
        writer.startBlock();
        int level = h.getLevel();
        writer.pushStyle(theme.heading(level));
        writer.text(theme.headingMarker(level));
        context.renderChildren(h);
        int widest = writer.flushInline();
        writer.popStyle();
        String rule = theme.headingRule(level);
        if (rule != null) {
            writer.line(new Span(rule.repeat(Math.max(3, Math.min(widest, writer.availableWidth()))),
                    theme.heading(level).with(Style.NONE.dimmed())));
        }
        writer.endBlock();
    }

    private void styled(Node node, Style style) {
        writer.pushStyle(style);
        context.renderChildren(node);
        writer.popStyle();
    }

    private void list(ListBlock list) {
        writer.startBlock();
        boolean bullet = list instanceof BulletList;
        int number = 1;
        String delimiter = ".";
        if (list instanceof OrderedList ol) {
            number = ol.getMarkerStartNumber() == null ? 1 : ol.getMarkerStartNumber();
            delimiter = ol.getMarkerDelimiter() == null ? "." : ol.getMarkerDelimiter();
        }
        int items = 0;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            items++;
        }
        // numbers right-aligned so that the items' text lines up: " 9." and "10."
        int numberWidth = String.valueOf(number + Math.max(0, items - 1)).length();
        writer.pushTight(list.isTight());
        if (bullet) {
            bulletDepth++;
        }
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = bullet ? theme.bullet(bulletDepth - 1)
                    : " ".repeat(numberWidth - String.valueOf(number).length()) + number + delimiter;
            number++;
            writer.pushPrefix(new Span(marker + " ", theme.listMarker()), Span.plain(" ".repeat(Columns.width(marker) + 1)));
            if (item.getFirstChild() == null) {
                writer.line();
            } else {
                writer.startBlock();
                context.renderChildren(item);
            }
            writer.popPrefix();
        }
        if (bullet) {
            bulletDepth--;
        }
        writer.popTight();
        writer.endBlock();
    }

    private void codeBlock(String literal, boolean shell) {
        writer.startBlock();
        writer.pushPrefix(Span.plain(theme.codeIndent()));
        List<String> lines = lines(literal);
        ShellCodeHighlighter highlighter = shell ? new ShellCodeHighlighter(theme, ShellCodeHighlighter.usesPrompts(lines)) : null;
        for (String line : lines) {
            String expanded = expandTabs(line);
            writer.line(highlighter == null ? List.of(Span.plain(expanded)) : highlighter.line(expanded));
        }
        writer.popPrefix();
        writer.endBlock();
    }

    private void link(Link link) {
        String url = link.getDestination();
        String text = Markdownish.text(link);
        boolean sameAsUrl = text.equals(url) || ("mailto:" + text).equals(url) || ("http://" + text).equals(url);
        if (context.options().color() && context.options().hyperlinks()) {
            writer.pushLink(url);
            styled(link, theme.link());
            writer.popLink();
        } else if (sameAsUrl) {
            styled(link, theme.link());
        } else {
            styled(link, theme.link());
            writer.text(" (" + url + ")", theme.url());
        }
    }

    static List<String> lines(String literal) {
        String s = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        return new ArrayList<>(List.of(s.split("\n", -1)));
    }

    static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '\t') {
                sb.append(" ".repeat(4 - sb.length() % 4));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The text of inline nodes, for comparing a link's text with its URL. */
    static final class Markdownish {
        private Markdownish() {}

        static String text(Node node) {
            StringBuilder sb = new StringBuilder();
            append(node, sb);
            return sb.toString();
        }

        private static void append(Node node, StringBuilder sb) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    sb.append(t.getLiteral());
                } else if (n instanceof Code c) {
                    sb.append(c.getLiteral());
                } else {
                    append(n, sb);
                }
            }
        }
    }
}
