package dev.dockernotes.tui;

import dev.dockernotes.render.MarkdownRenderer;
import dev.dockernotes.render.RenderOptions;
import dev.dockernotes.render.Wrapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson page's Markdown as the pager's lines for a window width, kept: the pager redraws on every
 * key and on every resize. Made before the pager too, while the terminal is still opening (see
 * {@link TerminalScreens#ahead}).
 */
final class PageRenderer {
    /** Prose is easier to read in lines no longer than this, however wide the window. */
    static final int MAX_TEXT_WIDTH = 100;

    private final boolean color;
    private final boolean hyperlinks;
    private final Map<String, List<String>> rendered = new HashMap<>();

    PageRenderer(boolean color, boolean hyperlinks) {
        this.color = color;
        this.hyperlinks = hyperlinks;
    }

    boolean color() {
        return color;
    }

    /** The lines of {@code markdown} in a window {@code width} columns wide; no line is wider. */
    synchronized List<String> lines(String markdown, int width) {
        int textWidth = Math.max(20, Math.min(MAX_TEXT_WIDTH, width - 1));
        return rendered.computeIfAbsent(width + "\u0000" + textWidth + "\u0000" + markdown, k -> {
            String text = new MarkdownRenderer(new RenderOptions(textWidth, color, hyperlinks)).render(markdown);
            List<String> lines = new ArrayList<>();
            String[] all = text.split("\n", -1);
            for (int i = 0; i < all.length - 1; i++) {
                lines.addAll(Wrapper.fold(all[i], width)); // code lines wider than the window: every character shown
            }
            return List.copyOf(lines);
        });
    }
}
