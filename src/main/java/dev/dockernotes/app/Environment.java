package dev.dockernotes.app;

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
        boolean console = bothTerminals(System.getProperty("dockernotes.console"), () -> System.console() != null);
        return new Environment(System.getenv(), console ? System.in : standardInput(), console, console);
    }

    /**
     * Whether standard input and output are both terminals: as the launcher found them ({@code
     * -Ddockernotes.console=yes} or {@code no}), else as {@code systemConsole} says (Java 17's
     * System.console() is non-null only then, but building its Console costs a lesson 10-17 ms).
     */
    static boolean bothTerminals(String launcherSays, java.util.function.BooleanSupplier systemConsole) {
        if ("yes".equals(launcherSays)) {
            return true;
        }
        return !"no".equals(launcherSays) && systemConsole.getAsBoolean();
    }

    /**
     * System.in, or end of input when standard input was closed ({@code dockernotes quiz <&-}): the
     * JVM then takes the first file it opens as fd 0, its own modules file or the jar, and reading
     * that would feed binary "answers" to a quiz and "lines" to the shell.
     */
    static InputStream standardInput() {
        java.nio.file.Path fd0 = java.nio.file.Path.of("/dev/fd/0");
        if (!java.nio.file.Files.exists(java.nio.file.Path.of("/dev/fd"))) {
            return System.in; // no /dev/fd (not a Unix): nothing to compare with
        }
        try {
            java.util.List<java.nio.file.Path> own = new java.util.ArrayList<>();
            own.add(java.nio.file.Path.of(System.getProperty("java.home"), "lib", "modules"));
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    own.add(java.nio.file.Path.of(entry));
                }
            }
            for (java.nio.file.Path p : own) {
                if (java.nio.file.Files.isRegularFile(p) && java.nio.file.Files.isSameFile(fd0, p)) {
                    return InputStream.nullInputStream();
                }
            }
            return System.in;
        } catch (java.io.IOException | RuntimeException e) {
            return InputStream.nullInputStream(); // fd 0 is not open at all
        }
    }

    public Optional<String> get(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
