package dev.dockernotes.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The shell's history file in the state folder: one line per command, each kept once (its latest
 * use), at most {@link #MAX} lines. jline reads and appends it; this compacts it around a session.
 */
final class HistoryFile {
    static final int MAX = 500;

    private HistoryFile() {}

    /** The state folder, as the progress file resolves it. */
    static Path stateDir(Map<String, String> env) {
        return dev.dockernotes.progress.StateDir.resolve(env);
    }

    /** What the user typed is theirs alone: rw------- (jline warns otherwise). */
    static void makePrivate(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to tighten
        }
    }

    static Path in(Path stateDir) {
        return stateDir.resolve("history");
    }

    /**
     * Keeps the last use of each line and the newest {@link #MAX}, without the words that only
     * leave ({@code drop}); a missing file is fine.
     */
    static void compact(Path file, java.util.Set<String> drop) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (!line.isBlank() && !drop.contains(line.strip())) {
                unique.add(line);
            }
        }
        List<String> kept = new ArrayList<>(unique);
        if (kept.size() > MAX) {
            kept = kept.subList(0, MAX);
        }
        java.util.Collections.reverse(kept);
        if (kept.equals(lines)) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        makePrivate(tmp);
        Files.write(tmp, kept, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
