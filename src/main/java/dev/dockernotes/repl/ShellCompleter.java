package dev.dockernotes.repl;

import dev.dockernotes.cli.Completions;
import dev.dockernotes.render.Columns;
import dev.dockernotes.render.Wrapper;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab in the shell: the words before the cursor go to {@link Completions}, the same source the
 * generated bash script uses (the PicocliJLineCompleter approach, with whole words as candidates).
 * The list shows each word with its description beside it, the descriptions in one column, each
 * on one line: the first sentence whole when it fits, else its first words and "…".
 */
final class ShellCompleter implements Completer {
    /** Narrower than this, a description would say too little to help: the words alone are listed. */
    private static final int MIN_DESCRIPTION = 12;
    private static final String GAP = "  ";

    private final Supplier<Completions> completions;

    /** @param completions looked up at the first Tab (the shell's commands may still be being built) */
    ShellCompleter(Supplier<Completions> completions) {
        this.completions = completions;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, Math.min(line.wordIndex(), line.words().size()));
        String current = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        List<Completions.Suggestion> suggestions = completions.get().complete(before, current);
        int width = reader.getTerminal().getWidth() > 0 ? reader.getTerminal().getWidth() : 80;
        for (String display : displays(suggestions, width)) {
            Completions.Suggestion s = suggestions.get(candidates.size());
            candidates.add(new Candidate(s.value(), display, s.group(), null, null, null, true));
        }
    }

    /**
     * How each suggestion is listed at {@code width} columns: the word, padded to the widest word,
     * then its description fitted to what is left of the line (never cut inside a word). A line
     * with a description is padded to more than half the width, so that jline lists one per line.
     */
    static List<String> displays(List<Completions.Suggestion> suggestions, int width) {
        int words = suggestions.stream().filter(s -> !s.description().isEmpty())
                .mapToInt(s -> Columns.width(s.value())).max().orElse(0);
        int room = width - 1 - words - GAP.length(); // jline needs the last column free
        return suggestions.stream().map(s -> {
            if (s.description().isEmpty() || room < MIN_DESCRIPTION) {
                return s.value();
            }
            String display = s.value() + " ".repeat(words - Columns.width(s.value())) + GAP + fitted(s.description(), room);
            return display + " ".repeat(Math.max(0, width / 2 + 1 - Columns.width(display)));
        }).toList();
    }

    /** {@code text} on one line of {@code room} columns: whole, or its first words and "…". */
    static String fitted(String text, int room) {
        String oneLine = text.replace('\n', ' ');
        if (Columns.width(oneLine) <= room) {
            return oneLine;
        }
        List<String> lines = Wrapper.lines(oneLine, "", "", room - 1);
        String first = lines.isEmpty() ? "" : lines.get(0).stripTrailing();
        if (first.endsWith(Wrapper.CUT_MARK)) { // one word wider than the room: nothing whole to show
            return "…";
        }
        return first.replaceAll("[\\s,;:(]+$", "") + "…";
    }
}
