package dev.dockernotes.notes;

import java.util.List;
import java.util.regex.Pattern;

/** Sentences of the notes' prose: split after ".", "!" or "?" and white space. */
public final class Sentences {
    private Sentences() {}

    private static final Pattern END = Pattern.compile("(?<=[.!?])\\s+");

    /** The sentences of a text (a paragraph, a line), in order. */
    public static List<String> of(String text) {
        return List.of(END.split(text));
    }

    /** The first sentence of the text that holds {@code needle}, stripped; the whole text when none does. */
    public static String with(String text, String needle) {
        for (String s : END.split(text)) {
            if (s.contains(needle)) {
                return s.strip();
            }
        }
        return text;
    }
}
