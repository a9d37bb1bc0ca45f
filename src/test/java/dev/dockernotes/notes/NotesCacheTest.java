package dev.dockernotes.notes;

import static dev.dockernotes.notes.NotesLoader.Origin.CACHE;
import static dev.dockernotes.notes.NotesLoader.Origin.MARKDOWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.progress.ReadOnlyFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --notes folder's graph is cached between runs, and never used once the files differ in any way. */
class NotesCacheTest {
    @TempDir
    Path tmp;
    Path notes;
    Path cache;

    @BeforeEach
    void notes() throws IOException {
        notes = tmp.resolve("notes");
        cache = tmp.resolve("state/cache");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("one.md"), "# One\n\n## Alpha\n\nAlpha text with `docker ps -a`.\n");
        Files.writeString(notes.resolve("two.md"), "# Two\n\n## Beta\n\nBeta names [alpha](one.md#alpha).\n");
    }

    private NotesLoader.Result load() {
        return NotesLoader.loadFolder(notes, cache);
    }

    @Test
    void theSecondLoadReadsTheCacheAndGetsTheSameGraph() throws IOException {
        NotesLoader.Result first = load();
        assertThat(first.origin()).isEqualTo(MARKDOWN);
        assertThat(cacheFiles()).hasSize(1);
        NotesLoader.Result second = load();
        assertThat(second.origin()).isEqualTo(CACHE);
        assertThat(DeepCompare.differences(first.graph(), second.graph())).isEmpty();
        assertThat(second.graph().topic("alpha").orElseThrow().markdown()).isEqualTo("## Alpha\n\nAlpha text with `docker ps -a`.\n");
        // the folder's private state: the cache folder is the user's alone
        assertThat(Files.getPosixFilePermissions(cache)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void anEditKeepingSizeAndTimeIsSeen() throws IOException {
        load();
        Path one = notes.resolve("one.md");
        FileTime time = Files.getLastModifiedTime(one);
        Files.writeString(one, "# One\n\n## Gamma\n\nGamma text with `docker ps -a`.\n");
        Files.setLastModifiedTime(one, time);
        NotesLoader.Result after = load();
        assertThat(after.origin()).isEqualTo(MARKDOWN);
        assertThat(after.graph().topic("gamma")).isPresent();
        assertThat(after.graph().topic("alpha")).isEmpty();
        assertThat(load().origin()).isEqualTo(CACHE);
        assertThat(load().graph().topic("gamma")).isPresent();
    }

    @Test
    void anAddedRemovedOrRenamedFileIsSeen() throws IOException {
        load();
        Files.writeString(notes.resolve("three.md"), "# Three\n\nMore.\n");
        NotesLoader.Result added = load();
        assertThat(added.origin()).isEqualTo(MARKDOWN);
        assertThat(added.graph().chapters()).extracting(Topic::id).containsExactly("one", "three", "two");

        Files.delete(notes.resolve("two.md"));
        NotesLoader.Result removed = load();
        assertThat(removed.origin()).isEqualTo(MARKDOWN);
        assertThat(removed.graph().chapters()).extracting(Topic::id).containsExactly("one", "three");

        Files.move(notes.resolve("three.md"), notes.resolve("a-three.md"));
        NotesLoader.Result renamed = load();
        assertThat(renamed.origin()).isEqualTo(MARKDOWN);
        assertThat(renamed.graph().chapters()).extracting(Topic::id).containsExactly("three", "one");
        assertThat(renamed.graph().topic("three").orElseThrow().file()).endsWith("a-three.md");
    }

    @Test
    void aMovedFolderShowsItsNewPaths() throws IOException {
        load();
        Path moved = tmp.resolve("elsewhere");
        Files.move(notes, moved);
        NotesLoader.Result there = NotesLoader.loadFolder(moved, cache);
        assertThat(there.origin()).isEqualTo(MARKDOWN);
        assertThat(there.graph().topic("alpha").orElseThrow().file()).isEqualTo(moved.resolve("one.md").toString());
        assertThat(NotesLoader.loadFolder(moved, cache).origin()).isEqualTo(CACHE);
        // a new folder in the old place is not taken for the old one
        notes();
        Files.writeString(notes.resolve("one.md"), "# One\n\n## Other\n\nOther.\n");
        assertThat(load().graph().topic("other")).isPresent();
    }

    @Test
    void aCorruptOrTruncatedCacheIsBuiltAgainWithoutAnError() throws IOException {
        NotesLoader.Result first = load();
        Path file = cacheFiles().get(0);
        byte[] good = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));
        assertThat(load().origin()).isEqualTo(MARKDOWN);
        assertThat(load().origin()).isEqualTo(CACHE);

        byte[] flipped = good.clone();
        flipped[good.length - 20] ^= 1;
        Files.write(file, flipped);
        NotesLoader.Result rebuilt = load();
        assertThat(rebuilt.origin()).isEqualTo(MARKDOWN);
        assertThat(DeepCompare.differences(first.graph(), rebuilt.graph())).isEmpty();

        Files.write(file, new byte[0]);
        assertThat(load().origin()).isEqualTo(MARKDOWN);
        Files.delete(file);
        Files.createDirectory(file); // not even a file
        assertThat(load().origin()).isEqualTo(MARKDOWN);
    }

    @Test
    void aCacheThatCannotBeWrittenIsSkipped() throws Exception {
        Files.createDirectories(cache);
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(cache)) {
            assertThat(load().origin()).isEqualTo(MARKDOWN);
            assertThat(load().graph().topic("alpha")).isPresent();
            assertThat(cacheFiles()).isEmpty();
        }
        assertThat(load().origin()).isEqualTo(MARKDOWN);
        assertThat(load().origin()).isEqualTo(CACHE);
    }

    @Test
    void writesLeaveNoTemporaryFilesAndOtherCodesCachesAreNotRead() throws IOException {
        load();
        load();
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".graph");
        }
        // a cache written by another version of dockernotes: same files, other code
        NotesLoader.Read read = NotesLoader.readFolder(notes);
        NotesCache other = new NotesCache(cache, notes, "another-build");
        assertThat(other.file()).isEqualTo(cacheFiles().get(0));
        assertThat(other.load(read)).isEmpty();
    }

    private List<Path> cacheFiles() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".graph")).toList();
        }
    }
}
