package dev.dockernotes.notes;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub-style heading slugs ("Chapter 2: Docker Engine Architecture" ->
 * "chapter-2-docker-engine-architecture"), numbered "-1", "-2" on repeats. The same rules as the
 * heading-anchor extension's IdGenerator (a test holds them equal), with its pattern compiled once:
 * an IdGenerator compiles one per instance, which dominated loading large notes.
 */
final class Slugger {
    private static final Pattern ALLOWED = Pattern.compile("[\\w\\-_]+", Pattern.UNICODE_CHARACTER_CLASS);
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
        Matcher m = ALLOWED.matcher(headingText.toLowerCase().replace(" ", "-"));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append(m.group());
        }
        return sb.length() == 0 ? "section" : sb.toString();
    }
}
