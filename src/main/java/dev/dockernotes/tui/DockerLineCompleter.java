package dev.dockernotes.tui;

import dev.dockernotes.docker.DockerCli;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * TAB completion for a docker command line typed as a quiz answer: "docker", then the subcommands
 * that may follow the words so far, and the flags of the command once it is named (a word starting
 * with "-"). From the explain package's docker model, so it knows what {@code explain} knows.
 */
public final class DockerLineCompleter implements Completer {
    private final DockerCli cli;

    public DockerLineCompleter(DockerCli cli) {
        this.cli = cli;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = new ArrayList<>(line.words().subList(0, Math.min(line.wordIndex(), line.words().size())));
        before.removeIf(String::isEmpty);
        String current = line.word();
        List<String> options;
        if (current.startsWith("-")) {
            options = before.isEmpty() ? List.of() : cli.completeFlags(before);
        } else {
            options = cli.completeSubcommands(before);
        }
        for (String o : options) {
            candidates.add(new Candidate(o, o, null, null, null, null, true));
        }
    }
}
