package dev.dockernotes.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/** Opens the interactive shell; installed by the entry point, so that commands need not know the shell. */
@FunctionalInterface
public interface ShellOpener {
    /**
     * @param globalDefaults global options given to {@code dockernotes ... shell} (long name to value),
     *                       which hold for every line
     * @return the shell's exit code
     */
    int open(Map<String, String> globalDefaults, PrintWriter out, PrintWriter err) throws IOException;
}
