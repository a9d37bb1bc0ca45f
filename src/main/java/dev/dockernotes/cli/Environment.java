package dev.dockernotes.cli;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * What the outside world looks like to one run: environment variables, standard input and whether
 * standard output is a terminal. Tests build their own; {@link #system()} reads the real one.
 */
public record Environment(Map<String, String> variables, InputStream stdin, boolean stdoutIsTerminal,
                          boolean stdinIsTerminal) {

    public static Environment system() {
        // Java 17: System.console() is non-null only when both stdin and stdout are terminals.
        boolean console = System.console() != null;
        return new Environment(System.getenv(), System.in, console, console);
    }

    public Optional<String> get(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
