package dev.dockernotes.render;

import org.commonmark.node.Node;

/** What a node renderer can use during one render: the writer, the theme, and rendering of other nodes. */
public interface TerminalNodeRendererContext {
    TerminalWriter writer();

    Theme theme();

    RenderOptions options();

    /** Renders a node with whichever renderer handles its type. */
    void render(Node node);

    /** Renders the children of a node in order. */
    default void renderChildren(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            render(child);
            child = next;
        }
    }
}
