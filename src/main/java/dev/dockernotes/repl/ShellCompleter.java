package dev.dockernotes.repl;

import dev.dockernotes.cli.Completions;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab in the shell: the words before the cursor go to {@link Completions}, the same source the
 * generated bash script uses (the PicocliJLineCompleter approach, with whole words as candidates).
 */
final class ShellCompleter implements Completer {
    private final java.util.function.Supplier<Completions> completions;

    /** @param completions looked up at the first Tab (the shell's commands may still be being built) */
    ShellCompleter(java.util.function.Supplier<Completions> completions) {
        this.completions = completions;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, Math.min(line.wordIndex(), line.words().size()));
        String current = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        for (Completions.Suggestion s : completions.get().complete(before, current)) {
            String description = s.description().isEmpty() ? null : s.description();
            candidates.add(new Candidate(s.value(), s.value(), s.group(), description, null, null, true));
        }
    }
}
