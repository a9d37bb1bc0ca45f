package dev.dockernotes.notes;

import dev.dockernotes.text.Controls;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The one commonmark configuration of the project: GFM tables, bare URLs as links, GitHub alerts, source spans. */
public final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .postProcessor(new Alerts())
            .build();

    private Markdown() {}

    /** Without source positions: what rendering uses (it never asks where a node came from). */
    private static final Parser DISPLAY_PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .postProcessor(new Alerts())
            .build();

    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /**
     * The same syntax tree as {@link #parse}, without source positions: for showing Markdown, where
     * lines are never asked for (lighter by a few objects a line on big notes).
     */
    public static Node parseToShow(String markdown) {
        return DISPLAY_PARSER.parse(markdown);
    }

    /** The words of a node and its descendants, code included, without Markdown syntax. */
    public static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                sb.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(FencedCodeBlock block) {
                sb.append(block.getLiteral()).append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                sb.append(block.getLiteral()).append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent.getNext() != null && parent instanceof Block) {
                    // keep words of neighbouring blocks apart (not of inline spans: "**daemonless**." stays one word and its dot)
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                        sb.append(' ');
                    }
                }
            }
        });
        // "&#27;" in the Markdown is an ESC once parsed: shown, never obeyed
        return Controls.visible(Words.collapseWhitespace(sb));
    }
}
