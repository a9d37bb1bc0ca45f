package dev.dockernotes.cli;

import dev.dockernotes.app.OutputStyle;

/** ANSI styles for command output, or none at all when output is plain. */
public record Styles(boolean on) {
    public static Styles of(OutputStyle style) {
        return new Styles(style.color());
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String red(String s) {
        return wrap("31", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String cyan(String s) {
        return wrap("36", s);
    }

    /** A matched word in a search snippet: bold yellow, or *word* in plain text. */
    public String mark(String s) {
        return on ? "\u001b[1;33m" + s + "\u001b[0m" : "*" + s + "*";
    }

    private String wrap(String code, String s) {
        return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
