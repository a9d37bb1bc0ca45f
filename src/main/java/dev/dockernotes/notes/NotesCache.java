package dev.dockernotes.notes;

import dev.dockernotes.text.FreshFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The graph of a {@code --notes} folder, kept in the state folder's {@code cache/} between runs, one
 * file per folder as named (its absolute path and the path as typed, which the messages show). It is
 * used only when the files are the very ones it was built from (their paths as shown, sizes,
 * modification times and content hashes, and the warnings reading them gave) and it was written by
 * this build's code; the notes' text is read from the files each time, so a lesson shows what they
 * say now. A cache that is unreadable, truncated or corrupt is built again; one that cannot be
 * written is skipped, silently: the cache only ever saves time.
 */
final class NotesCache {
    /** At most this many folders' graphs are kept; the least recently written go first. */
    private static final int KEEP = 16;

    private final Path dir;
    private final Path file;
    private final String codeId;

    NotesCache(Path dir, Path folder, String codeId) {
        this.dir = dir;
        this.codeId = codeId;
        String where = folder.toAbsolutePath().normalize() + "\n" + folder;
        this.file = dir.resolve("notes-" + GraphFile.hex(GraphFile.hash(where.getBytes(StandardCharsets.UTF_8))) + ".graph");
    }

    Path file() {
        return file;
    }

    Optional<NotesLoader.Result> load(NotesLoader.Read read) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return GraphFile.read(in, Files.size(file), codeId, read.key(), read.files(), NotesLoader.Origin.CACHE);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none yet, or unreadable: built from the Markdown
        }
    }

    /** Writes the graph (to a temporary file, then moved over the old one), or nothing when it cannot. */
    NotesLoader.Result store(NotesLoader.Read read, NotesLoader.Result built) {
        Path tmp = null;
        try {
            if (!Files.isDirectory(dir)) {
                if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    return built;
                }
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            tmp = FreshFiles.beside(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                GraphFile.write(out, codeId, read.key(), built);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            // read-only, full or odd: the notes were loaded all the same
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException e) {
                    // left for the next prune
                }
            }
        }
        return built;
    }

    /** Keeps the newest graphs, and drops temporary files a killed run left (an hour old). */
    private void prune() throws IOException {
        List<Path> graphs = new ArrayList<>();
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
            for (Path p : list) {
                String name = p.getFileName().toString();
                if (!name.startsWith("notes-")) {
                    continue;
                }
                if (name.endsWith(".graph")) {
                    graphs.add(p);
                } else if (name.endsWith(".tmp") && Files.getLastModifiedTime(p).compareTo(hourAgo) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        }
        if (graphs.size() > KEEP) {
            graphs.sort(Comparator.comparing(NotesCache::modified).reversed());
            for (Path old : graphs.subList(KEEP, graphs.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
