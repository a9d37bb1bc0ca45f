package dev.dockernotes.render;

/** A run of text in one style, optionally the text of a link (shown as an OSC 8 hyperlink). */
public record Span(String text, Style style, String link) {
    public Span(String text, Style style) {
        this(text, style, null);
    }

    public static Span plain(String text) {
        return new Span(text, Style.NONE, null);
    }

    public int columns() {
        return Columns.width(text);
    }
}
