package dev.dockernotes.render;

import dev.dockernotes.notes.Markdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.Renderer;

/**
 * Markdown to terminal text: ANSI styles and OSC 8 links on a colour terminal, plain readable text
 * otherwise. A sibling of commonmark's TextContentRenderer: a builder of node renderer factories
 * (the core ones last, so added ones override them), a context per render, and a
 * {@link TerminalWriter} that owns layout and wrapping.
 *
 * <pre>
 *   String text = new MarkdownRenderer(new RenderOptions(80, false, false)).render("# Title\n\nSome *text*.");
 * </pre>
 */
public final class MarkdownRenderer implements Renderer {
    private final RenderOptions options;
    private final List<TerminalNodeRendererFactory> factories;

    public MarkdownRenderer(RenderOptions options) {
        this(builder().options(options));
    }

    private MarkdownRenderer(Builder builder) {
        this.options = builder.options;
        this.factories = new ArrayList<>(builder.factories);
        this.factories.add(AlertTerminalNodeRenderer::new);
        this.factories.add(HtmlTerminalNodeRenderer::new);
        this.factories.add(TableTerminalNodeRenderer::new);
        this.factories.add(CoreTerminalNodeRenderer::new);
    }

    public static Builder builder() {
        return new Builder();
    }

    public RenderOptions options() {
        return options;
    }

    /** The rendered text, ending with a newline; parsed with the project's one commonmark configuration. */
    public String render(String markdown) {
        return render(Markdown.parseToShow(markdown));
    }

    @Override
    public String render(Node node) {
        Context context = new Context();
        context.render(node);
        return context.writer.result();
    }

    @Override
    public void render(Node node, Appendable output) {
        try {
            output.append(render(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Builder {
        private RenderOptions options = RenderOptions.plain(80);
        private final List<TerminalNodeRendererFactory> factories = new ArrayList<>();

        public Builder options(RenderOptions options) {
            this.options = options;
            return this;
        }

        /** Adds a node renderer; for a node type several handle, the one added first wins, the core ones last. */
        public Builder nodeRendererFactory(TerminalNodeRendererFactory factory) {
            factories.add(factory);
            return this;
        }

        public MarkdownRenderer build() {
            return new MarkdownRenderer(this);
        }
    }

    private final class Context implements TerminalNodeRendererContext {
        private final TerminalWriter writer = new TerminalWriter(options);
        private final Theme theme = new Theme(options.color());
        private final Map<Class<? extends Node>, NodeRenderer> renderers = new HashMap<>();

        Context() {
            for (TerminalNodeRendererFactory factory : factories) {
                NodeRenderer renderer = factory.create(this);
                for (Class<? extends Node> type : renderer.getNodeTypes()) {
                    renderers.putIfAbsent(type, renderer);
                }
            }
        }

        @Override
        public TerminalWriter writer() {
            return writer;
        }

        @Override
        public Theme theme() {
            return theme;
        }

        @Override
        public RenderOptions options() {
            return options;
        }

        @Override
        public void render(Node node) {
            NodeRenderer renderer = renderers.get(node.getClass());
            if (renderer != null) {
                renderer.render(node);
            } else {
                renderChildren(node); // unknown extension node: keep its content
            }
        }
    }
}
