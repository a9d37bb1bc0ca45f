package dev.dockernotes.explain;

import dev.dockernotes.notes.BodyLines.Kind;
import dev.dockernotes.notes.BodyLines.Line;
import dev.dockernotes.notes.CommandUse;
import dev.dockernotes.notes.Sentences;
import dev.dockernotes.notes.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What explain quotes from a topic's text: a short section whole, its first paragraph, the words
 * around a use of a command. Read from the lines the graph gives ({@link Topic#bodyLines()}, with
 * code, fences and corrections marked); a correction is never quoted as the notes' words.
 */
final class NotesText {
    private NotesText() {}

    /** Sections up to this long (prose, without code) are shown whole; longer ones by their first paragraph. */
    static final int SHORT_SECTION = 700;

    /** Markdown emphasis and links removed; code spans kept in backticks. */
    static String plainLine(String markdown) {
        return LINK.matcher(EMPHASIS.matcher(STRONG.matcher(markdown).replaceAll("$1")).replaceAll("$1")).replaceAll("$1").trim();
    }

    // compiled once: a glossary of the notes goes through plainLine a line at a time
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*([^*]+)\\*");
    private static final Pattern LIST_MARKER = Pattern.compile("^[-*+]\\s+");
    private static final Pattern ITEM = Pattern.compile("([-*+]|\\d+[.)])\\s+.*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");

    /** The sentence of a line of prose that holds {@code needle}, without a list marker. */
    static String sentenceWith(String text, String needle) {
        return LIST_MARKER.matcher(Sentences.with(text, needle)).replaceFirst("").trim();
    }

    /** A short section's prose whole, one paragraph or list item a line; a long one's first paragraph. */
    static String section(Topic topic) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Line l : topic.bodyLines().lines()) {
            String line = l.own().trim();
            boolean item = ITEM.matcher(line).matches();
            if (l.isCode() || line.startsWith("#") || line.isEmpty() || item) {
                if (!current.isEmpty()) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                if (item && !l.isCode()) {
                    current.append(plainLine(line));
                }
                continue;
            }
            current.append(current.isEmpty() ? "" : " ").append(plainLine(line));
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        String whole = String.join("\n", paragraphs);
        if (paragraphs.size() > 1 && whole.length() <= SHORT_SECTION) {
            return whole;
        }
        return firstParagraph(topic);
    }

    /** The topic's first paragraph of prose (or list), without code. */
    static String firstParagraph(Topic topic) {
        List<String> lines = new ArrayList<>();
        for (Line l : topic.bodyLines().lines()) {
            String line = l.own().trim();
            if (l.kind() == Kind.FENCE) {
                if (!lines.isEmpty()) {
                    break;
                }
                continue;
            }
            if (l.isCode() || line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                if (!lines.isEmpty()) {
                    break;
                }
                continue;
            }
            lines.add(plainLine(line));
        }
        String text = String.join(" ", lines);
        if (text.isEmpty() && !topic.children().isEmpty()) {
            return firstParagraph(topic.children().get(0));
        }
        return text.length() > 400 ? text.substring(0, text.lastIndexOf(' ', 400)) + " …" : text;
    }

    /**
     * What the notes say about one use of a command: its comment, the nearest comment above it in
     * its code block, the sentence it stands in, or the prose just before (else after) its block.
     */
    static String around(CommandUse use) {
        List<Line> lines = use.topic().bodyLines().lines();
        int at = -1;
        for (int k = 0; k < lines.size() && at < 0; k++) {
            if (lines.get(k).kind() != Kind.FENCE && lines.get(k).own().contains(use.text())) {
                at = k;
            }
        }
        if (at < 0) {
            return firstParagraph(use.topic());
        }
        String found = lines.get(at).own();
        if (!lines.get(at).isCode()) {
            String line = plainLine(found);
            return line.contains("`" + use.text()) ? sentenceWith(line, "`" + use.text()) : line;
        }
        int own = found.indexOf(" # ");
        if (own > 0) {
            return found.substring(own + 3).trim();
        }
        int start = at;
        while (start > 0 && lines.get(start - 1).kind() == Kind.CODE) {
            start--;
        }
        for (int k = at - 1; k >= start; k--) {
            String t = lines.get(k).own().trim();
            if (t.startsWith("# ")) {
                return t.substring(2).trim();
            }
        }
        int end = at;
        while (end + 1 < lines.size() && lines.get(end + 1).kind() == Kind.CODE) {
            end++;
        }
        for (int k = start; k <= end; k++) {
            int c = lines.get(k).own().indexOf(" # ");
            if (c > 0) {
                return lines.get(k).own().substring(c + 3).trim();
            }
        }
        String before = paragraph(lines, start - 2, -1);
        return before.isEmpty() ? paragraph(lines, end + 2, 1) : before;
    }

    /** The prose paragraph that touches line k, walking in direction dir; "" when it is a heading or code. */
    private static String paragraph(List<Line> lines, int k, int dir) {
        while (k >= 0 && k < lines.size() && lines.get(k).own().isBlank()) {
            k += dir;
        }
        List<String> out = new ArrayList<>();
        while (k >= 0 && k < lines.size() && !lines.get(k).own().isBlank() && !lines.get(k).isCode()
                && !lines.get(k).own().trim().startsWith("#")) {
            out.add(0 > dir ? 0 : out.size(), plainLine(lines.get(k).own().trim()));
            k += dir;
        }
        return String.join(" ", out);
    }

    /** True when a use of a command is only in a correction beside the notes, not in the user's words. */
    static boolean onlyInCorrection(CommandUse use) {
        boolean inCorrection = false;
        for (Line l : use.topic().bodyLines().lines()) {
            if (l.text().contains(use.text())) {
                if (l.kind() != Kind.CORRECTION) {
                    return false;
                }
                inCorrection = true;
            }
        }
        return inCorrection;
    }
}
