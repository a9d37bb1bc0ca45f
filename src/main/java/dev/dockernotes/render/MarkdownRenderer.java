package dev.dockernotes.render;

/** Markdown to terminal text. (Placeholder: returns the Markdown as is until the renderer lands.) */
public final class MarkdownRenderer {
    private final RenderOptions options;

    public MarkdownRenderer(RenderOptions options) {
        this.options = options;
    }

    public RenderOptions options() {
        return options;
    }

    /** The rendered text, ending with a newline. */
    public String render(String markdown) {
        return markdown.endsWith("\n") ? markdown : markdown + "\n";
    }
}
