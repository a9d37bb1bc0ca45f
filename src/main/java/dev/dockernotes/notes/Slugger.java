package dev.dockernotes.notes;

import java.util.HashMap;
import java.util.Map;

/**
 * GitHub-style heading slugs ("Chapter 2: Docker Engine Architecture" ->
 * "chapter-2-docker-engine-architecture"), numbered "-1", "-2" on repeats. The same rules as the
 * heading-anchor extension's IdGenerator (a test holds them equal), checked by hand: an IdGenerator
 * compiles a pattern per instance, which dominated loading large notes.
 */
final class Slugger {
    private final Map<String, Integer> seen = new HashMap<>();

    String slug(String headingText) {
        String id = plain(headingText);
        Integer count = seen.get(id);
        if (count == null) {
            seen.put(id, 1);
            return id;
        }
        seen.put(id, count + 1);
        return id + "-" + count;
    }

    /** The slug a heading text gets, with no numbering for repeats. */
    static String plain(String headingText) {
        // What [\w\-_] keeps with UNICODE_CHARACTER_CLASS, checked by hand: a heading costs no regex
        String s = headingText.toLowerCase().replace(" ", "-");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isKept(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.length() == 0 ? "section" : sb.toString();
    }

    /** A Unicode word character (alphabetic, a mark, a decimal digit, connector punctuation, a joiner) or '-'. */
    private static boolean isKept(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || cp == '-' || cp == '_';
        }
        if (Character.isAlphabetic(cp) || cp == 0x200C || cp == 0x200D) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
