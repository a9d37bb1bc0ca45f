package dev.dockernotes.quiz;

import java.util.List;

/**
 * Compares a command line the user typed with the one a question expects, as commands (aliases,
 * flag order, short and long forms), not as text. The docker command model supplies the one used.
 */
@FunctionalInterface
public interface CommandChecker {

    /** Whether they are the same command, and if not, user-facing sentences saying what differs. */
    Comparison compare(String expected, String given);

    record Comparison(boolean matches, List<String> differences) {
        public Comparison {
            differences = List.copyOf(differences);
        }
    }
}
