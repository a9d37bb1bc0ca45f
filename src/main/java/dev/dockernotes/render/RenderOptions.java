package dev.dockernotes.render;

/** How to render: the width in terminal columns, ANSI styles or plain text, OSC 8 hyperlinks or not. */
public record RenderOptions(int width, boolean color, boolean hyperlinks) {
    public static RenderOptions plain(int width) {
        return new RenderOptions(width, false, false);
    }
}
