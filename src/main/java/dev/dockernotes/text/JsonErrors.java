package dev.dockernotes.text;

/**
 * Jackson's parse errors as one readable line: since 2.16 they name a hidden source
 * ("[Source: REDACTED (...); line: 1, column: 23]"), which means nothing to a user.
 */
public final class JsonErrors {
    private JsonErrors() {}

    /** The message without jackson's source descriptions; where an object or array opened is kept. */
    public static String clean(String message) {
        if (message == null) {
            return "cannot parse";
        }
        String m = message.replaceAll("\\s*\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)",
                " (opened at line $1, column $2)");
        m = m.replaceAll("\\s*at \\[Source: [^\\]]*\\]", "");
        return m.replace("\n", " ").trim();
    }
}
