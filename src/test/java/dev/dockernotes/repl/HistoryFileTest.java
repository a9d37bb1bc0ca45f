package dev.dockernotes.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFileTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheLastUseOfEachLineAndDropsExit() throws Exception {
        Path file = dir.resolve("history");
        Files.write(file, List.of("chapters", "show runc", "exit", "chapters", "", "search shim"));
        HistoryFile.compact(file, Set.of("exit", "quit"));
        assertThat(Files.readAllLines(file)).containsExactly("show runc", "chapters", "search shim");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void keepsTheNewestLinesUpToTheLimit() throws Exception {
        Path file = dir.resolve("history");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < HistoryFile.MAX + 20; i++) {
            lines.add("show topic-" + i);
        }
        Files.write(file, lines);
        HistoryFile.compact(file, Set.of());
        List<String> kept = Files.readAllLines(file);
        assertThat(kept).hasSize(HistoryFile.MAX).startsWith("show topic-20").endsWith("show topic-" + (HistoryFile.MAX + 19));
    }

    @Test
    void livesInTheStateFolder() {
        assertThat(HistoryFile.stateDir(Map.of("DOCKERNOTES_HOME", "/a", "XDG_STATE_HOME", "/b", "HOME", "/c"))).isEqualTo(Path.of("/a"));
        assertThat(HistoryFile.stateDir(Map.of("XDG_STATE_HOME", "/b", "HOME", "/c"))).isEqualTo(Path.of("/b/dockernotes"));
        assertThat(HistoryFile.stateDir(Map.of("HOME", "/c"))).isEqualTo(Path.of("/c/.local/state/dockernotes"));
        assertThat(HistoryFile.in(Path.of("/a"))).isEqualTo(Path.of("/a/history"));
    }
}
