package dev.dockernotes.cli;

import java.util.List;

/**
 * Completion of the docker command line after {@code explain docker}: the subcommands that can
 * follow the words typed so far and the flags of the command they name, from the explain
 * package's docker model (the same model {@code explain} reads).
 */
final class DockerCompletion {
    private DockerCompletion() {}

    static List<Completions.Suggestion> candidates(List<String> dockerWords, String current) {
        return List.of();
    }

    /** Bash functions appended to picocli's script for {@code explain docker ...}; empty until the model lands. */
    static String bashScript() {
        return "";
    }

    static java.util.Set<String> words() {
        return java.util.Set.of();
    }
}
