package dev.dockernotes.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of thing a fill-in answer is, and so how strictly it is compared:
 * <ul>
 *   <li>a key sequence ("Ctrl-PQ", "Ctrl-P Ctrl-Q", "^P^Q"): the same keys in the same order, however written;</li>
 *   <li>a flag ("-d", "--detach"): exactly, case and all ("-D" is docker's global --debug, not -d);</li>
 *   <li>a path ("/var/run/docker.sock"): exactly, but {@code unix://} in front and {@code /var/run} for
 *       {@code /run} (a symlink to it on Linux) are the same file; "docker.socket" is another file;</li>
 *   <li>a number ("2375"): exactly;</li>
 *   <li>words: case, surrounding quotes, a final full stop, singular or plural and small typos are forgiven.</li>
 * </ul>
 */
final class FillInAnswer {
    enum Kind { KEYS, FLAG, PATH, NUMBER, WORDS }

    private static final Pattern KEY = Pattern.compile("(?:(?<![a-z])(?:ctrl|control|c-)|\\^)\\s*[-+]?\\s*([a-z]{1,2})(?![a-z])");
    private static final Pattern JOINERS = Pattern.compile("\\b(?:then|followed by|and then|and|after that)\\b");

    private FillInAnswer() {}

    static Kind kind(String answer) {
        String a = strip(answer);
        if (keys(a).isPresent()) {
            return Kind.KEYS;
        }
        if (a.startsWith("-")) {
            return Kind.FLAG;
        }
        if (a.startsWith("/") || a.startsWith("~/") || a.matches("[a-z]+://.*")) {
            return Kind.PATH;
        }
        if (a.matches(".*\\d.*")) {
            return Kind.NUMBER;
        }
        return Kind.WORDS;
    }

    /** Whether the given answer is this accepted answer, written another way. */
    static boolean same(String answer, String given) {
        return switch (kind(answer)) {
            case KEYS -> keys(strip(given)).equals(keys(strip(answer)));
            case FLAG -> strip(given).equals(strip(answer));
            case PATH -> path(given).equals(path(answer));
            case NUMBER, WORDS -> words(given).equals(words(answer));
        };
    }

    /** Whether a typo may be forgiven: only in words (a different number, flag, path or key is a different thing). */
    static boolean forgiving(String answer) {
        return kind(answer) == Kind.WORDS;
    }

    /** "Ctrl-PQ", "Ctrl-P Ctrl-Q", "ctrl+p, ctrl+q", "^P^Q", "Ctrl-P then Ctrl-Q" -> [p, q]. */
    static Optional<List<Character>> keys(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        Matcher m = KEY.matcher(t);
        List<Character> keys = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int at = 0;
        while (m.find()) {
            rest.append(t, at, m.start());
            at = m.end();
            for (char c : m.group(1).toCharArray()) {
                keys.add(c);
            }
        }
        rest.append(t.substring(at));
        String between = JOINERS.matcher(rest).replaceAll(" ");
        if (keys.isEmpty() || !between.matches("[\\s,;+>\u2192-]*")) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(keys));
    }

    /** Case kept (paths are case-sensitive); unix:// dropped; /var/run is /run; no trailing slash. */
    static String path(String text) {
        String p = strip(text).replaceFirst("^unix://", "");
        if (p.equals("/var/run") || p.startsWith("/var/run/")) {
            p = p.substring("/var".length());
        }
        return p.length() > 1 ? p.replaceFirst("/+$", "") : p;
    }

    /** Lowercase, single spaces, no quotes or final full stop, each word in the singular. */
    static String words(String text) {
        String t = AnswerChecker.normalize(text);
        List<String> out = new ArrayList<>();
        for (String w : t.split(" ")) {
            out.add(singular(w));
        }
        return String.join(" ", out);
    }

    /** "registries" -> "registry", "containers" -> "container", "boxes" -> "box"; "daemonless", "status" stay. */
    static String singular(String w) {
        if (w.length() <= 3 || !w.matches(".*[a-z]s")) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        return w.substring(0, w.length() - 1);
    }

    /** Surrounding space, quotes and backticks, and a final full stop, removed; case kept. */
    static String strip(String s) {
        String t = s.strip().replaceAll("^[\"'`]+|[\"'`]+$", "").strip();
        return t.replaceAll("(?<=[a-zA-Z0-9])[.!]+$", "");
    }
}
