package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--notes DIR` reads its graph from the state folder's cache on later runs, and prints the same bytes. */
class NotesCacheCommandTest {
    @TempDir
    Path tmp;

    private static final List<String[]> COMMANDS = List.of(
            new String[] {"learn", "chapter2"},
            new String[] {"explain", "docker", "container", "stop"},
            new String[] {"show", "the-shim"},
            new String[] {"search", "volume"},
            new String[] {"chapters"},
            new String[] {"topics", "--json"},
            new String[] {"graph", "--format", "json"},
            new String[] {"check"});

    @Test
    void cachedRunsPrintWhatTheFirstRunPrinted() throws IOException {
        Path notes = tmp.resolve("my notes");
        copy(Path.of("notes"), notes);
        for (String[] command : COMMANDS) {
            String[] args = withNotes(notes, command);
            Path coldHome = Files.createDirectories(tmp.resolve("cold-" + command[0]));
            Cli.Run cold = new Cli(coldHome).run(args);
            Path cacheFile = onlyCacheFile(coldHome);

            // a fresh state folder with only that cache, dated long ago: a rebuild would write it anew
            Path warmHome = tmp.resolve("warm-" + command[0]);
            Files.createDirectories(warmHome.resolve("cache"));
            Path copied = Files.copy(cacheFile, warmHome.resolve("cache").resolve(cacheFile.getFileName()));
            FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
            Files.setLastModifiedTime(copied, longAgo);
            Cli.Run warm = new Cli(warmHome).run(args);

            assertThat(warm.exitCode()).as(String.join(" ", command)).isEqualTo(cold.exitCode());
            assertThat(warm.out()).as(String.join(" ", command)).isEqualTo(cold.out());
            assertThat(warm.err()).isEqualTo(cold.err());
            assertThat(Files.getLastModifiedTime(copied)).as("read from the cache, not rebuilt").isEqualTo(longAgo);
        }
    }

    @Test
    void anEditedNoteIsShownOnTheNextRun() throws IOException {
        Path notes = tmp.resolve("notes");
        copy(Path.of("notes"), notes);
        Cli cli = new Cli(tmp.resolve("home"));
        assertThat(cli.run(withNotes(notes, new String[] {"show", "the-shim"})).out()).doesNotContain("Edited today");
        Path chapter2 = notes.resolve("chapter2.md");
        FileTime time = Files.getLastModifiedTime(chapter2);
        Files.writeString(chapter2, Files.readString(chapter2).replace("### The Shim\n", "### The Shim\n\nEdited today.\n"));
        Files.setLastModifiedTime(chapter2, time);
        assertThat(new Cli(tmp.resolve("home")).run(withNotes(notes, new String[] {"show", "the-shim"})).out())
                .contains("Edited today.");
    }

    private static String[] withNotes(Path notes, String[] command) {
        String[] args = new String[command.length + 2];
        args[0] = "--notes";
        args[1] = notes.toString();
        System.arraycopy(command, 0, args, 2, command.length);
        return args;
    }

    private static Path onlyCacheFile(Path home) throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("cache"))) {
            List<Path> list = files.toList();
            assertThat(list).hasSize(1);
            return list.get(0);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }
}
