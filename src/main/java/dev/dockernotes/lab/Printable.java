package dev.dockernotes.lab;

/**
 * Text from the engine (error bodies, what a container printed) made safe to print on a terminal:
 * control characters, escape sequences included, become visible {@code \u001b}-style escapes, and it
 * is kept to one line of reasonable length.
 */
public final class Printable {
    private static final int MAX = 300;

    private Printable() {}

    /** One line: control characters escaped, line breaks too, cut at 300 characters. */
    public static String line(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.length() > MAX ? b.substring(0, MAX) + "..." : b.toString();
    }
}
