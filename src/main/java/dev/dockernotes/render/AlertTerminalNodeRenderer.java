package dev.dockernotes.render;

import dev.dockernotes.notes.Alert;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;

/**
 * GitHub alerts ({@code > [!NOTE]} ...) as a block with a bar in the alert's colour and a label
 * line ("Note", "Warning", ... or "Correction" for a correction), so they never look like the
 * user's own quotes. Plain text marks them with {@code "| "} and an upper-case label instead of
 * colour; a correction's "Source: ..." line follows its text directly, dimmed in colour.
 */
final class AlertTerminalNodeRenderer implements NodeRenderer {
    private final TerminalNodeRendererContext context;
    private final TerminalWriter writer;
    private final boolean color;

    AlertTerminalNodeRenderer(TerminalNodeRendererContext context) {
        this.context = context;
        this.writer = context.writer();
        this.color = context.options().color();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Alert.class);
    }

    @Override
    public void render(Node node) {
        Alert alert = (Alert) node;
        Style accent = accent(alert);
        writer.startBlock();
        writer.pushPrefix(new Span("▌ ", accent)); // plain text too: it only loses the colour
        writer.pushTight(false);
        writer.line(new Span(color ? alert.label() : alert.label().toUpperCase(java.util.Locale.ROOT), accent.bolded()));
        Node label = alert.correctionLabel().orElse(null);
        Node source = alert.sourceParagraph().orElse(null);
        for (Node child = alert.getFirstChild(); child != null; child = child.getNext()) {
            boolean beforeSource = child.getNext() != null && child.getNext() == source;
            if (beforeSource) {
                writer.pushTight(true); // the source line follows the text without a blank line
            }
            if (label != null && child == label.getParent()) {
                paragraphAfter((Paragraph) child, (StrongEmphasis) label);
            } else if (child == source) {
                writer.pushStyle(Style.NONE.dimmed());
                context.render(child);
                writer.popStyle();
            } else {
                context.render(child);
            }
            if (beforeSource) {
                writer.popTight();
            }
        }
        writer.popTight();
        writer.popPrefix();
        writer.endBlock();
    }

    /** The correction's first paragraph without its "**Correction:**" (the label line says it). */
    private void paragraphAfter(Paragraph paragraph, StrongEmphasis label) {
        writer.startBlock();
        boolean first = true;
        for (Node n = label.getNext(); n != null; n = n.getNext()) {
            if (first && n instanceof Text t) {
                String rest = t.getLiteral().replaceFirst("^:?\\s*", "");
                writer.text(rest);
            } else {
                context.render(n);
            }
            first = false;
        }
        writer.flushInline();
        writer.endBlock();
    }

    private static Style accent(Alert alert) {
        int fg = switch (alert.kind()) {
            case NOTE -> Style.BLUE + 8;
            case TIP -> Style.GREEN;
            case IMPORTANT -> Style.MAGENTA;
            case WARNING -> Style.YELLOW;
            case CAUTION -> Style.RED;
        };
        return Style.fg(fg);
    }
}
