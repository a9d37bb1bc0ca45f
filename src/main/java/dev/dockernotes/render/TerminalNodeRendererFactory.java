package dev.dockernotes.render;

import org.commonmark.renderer.NodeRenderer;

/** Makes a node renderer for one render; added to {@link MarkdownRenderer.Builder}. */
@FunctionalInterface
public interface TerminalNodeRendererFactory {
    NodeRenderer create(TerminalNodeRendererContext context);
}
