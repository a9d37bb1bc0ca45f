package dev.dockernotes.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The files of the state folder and how they are written: folders made 0700 and files 0600 (only the
 * user may look in), every file replaced atomically (a temporary file in the same folder, forced to
 * disk, renamed over the old one, the folder synced), a {@code progress.json} that is a symbolic link
 * written through, and free names for copies kept aside ({@code progress.json.corrupt-<time>}).
 */
final class StateFolder {
    static final String FILE_NAME = "progress.json";
    /** Made when a file is first put aside (rarely): java.time's formatter costs a cold start 5 ms. */
    private static final class Stamp {
        static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    }
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path dir;
    private final Path file;
    private final Clock clock;
    private final SaveHook hook;

    StateFolder(Path dir, Clock clock, SaveHook hook) {
        this.dir = dir.toAbsolutePath().normalize();
        this.file = this.dir.resolve(FILE_NAME);
        this.clock = clock;
        this.hook = hook;
    }

    Path dir() {
        return dir;
    }

    /** {@code progress.json} in the folder (it may not exist, or be a link). */
    Path file() {
        return file;
    }

    /** The file that holds progress: progress.json, or what it links to (a link is written through). */
    Path target() {
        Path p = file;
        for (int i = 0; i < 40 && Files.isSymbolicLink(p); i++) {
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            } catch (IOException e) {
                break;
            }
        }
        return p;
    }

    /** Creates the state folder and any missing parents, each 0700; fails when it is not writable. */
    void create() {
        if (!Files.isDirectory(dir)) {
            Deque<Path> missing = new ArrayDeque<>();
            for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
                missing.push(p);
            }
            try {
                for (Path p : missing) {
                    try {
                        Files.createDirectory(p, dirAttributes());
                    } catch (FileAlreadyExistsException e) {
                        if (!Files.isDirectory(p)) {
                            throw e;
                        }
                        continue; // made by someone else meanwhile: not ours to change
                    }
                    if (POSIX) {
                        Files.setPosixFilePermissions(p, OWNER_DIR); // whatever the umask
                    }
                }
            } catch (IOException e) {
                throw CannotSaveException.of(e, dir);
            }
        }
        if (!Files.isWritable(dir)) {
            throw CannotSaveException.notWritable(dir, null);
        }
    }

    /** Writes the progress file (through a link), atomically. */
    void writeProgress(ByteBuffer bytes) throws IOException {
        Path target = target();
        try {
            writeAtomically(target, bytes);
        } catch (IOException e) {
            if (!target.getParent().equals(dir)) {
                throw CannotSaveException.of(e, target.getParent());
            }
            throw e;
        }
    }

    /** Temporary file in the same folder, forced to disk, renamed over {@code target}, folder synced. */
    void writeAtomically(Path target, ByteBuffer bytes) throws IOException {
        Path folder = target.getParent();
        Path tmp = dev.dockernotes.text.FreshFiles.beside(target, fileAttributes());
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = bytes.duplicate();
                int end = buf.limit();
                buf.limit(buf.position() + buf.remaining() / 2);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                hook.reached(SaveHook.HALF_WRITTEN);
                buf.limit(end);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            hook.reached(SaveHook.FORCED);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            hook.reached(SaveHook.RENAMED);
        } finally {
            Files.deleteIfExists(tmp);
        }
        sync(folder);
    }

    /** A copy of the progress file next to it, forced to disk (its permissions kept). */
    void copyTo(Path copy) throws IOException {
        Files.copy(target(), copy, StandardCopyOption.COPY_ATTRIBUTES);
        try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Renames {@code from} to {@code to} in one step, made durable. */
    static void moveAtomically(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        sync(to.getParent());
    }

    /** A free name next to the progress file: progress.json.KIND-20261128T044517Z (then -2, -3, ...). */
    Path aside(Path folder, String kind) {
        String base = FILE_NAME + "." + kind + "-" + Stamp.FORMAT.format(clock.instant());
        Path p = folder.resolve(base);
        for (int i = 2; Files.exists(p); i++) {
            p = folder.resolve(base + "-" + i);
        }
        return p;
    }

    /**
     * Under the lock no one else is writing the progress file, so its temporary files are left from
     * saves that were killed. Other temporary files matching {@code otherGlob} (whose writers do not
     * hold the lock) are removed once older than {@code olderThan}.
     */
    void removeStaleTemporaryFiles(String otherGlob, Duration olderThan) {
        Path target = target();
        removeMatching(target.getParent(), target.getFileName() + ".*.tmp", Duration.ZERO);
        removeMatching(dir, FILE_NAME + ".*.tmp", Duration.ZERO);
        removeMatching(dir, otherGlob, olderThan);
    }

    private void removeMatching(Path folder, String glob, Duration olderThan) {
        FileTime before = FileTime.from(clock.instant().minus(olderThan));
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, glob)) {
            for (Path p : stale) {
                if (olderThan.isZero() || Files.getLastModifiedTime(p).compareTo(before) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // harmless: the next save tries again
        }
    }

    /** Makes a rename or a delete durable. Not every system lets a folder be opened; then that is all we get. */
    static void sync(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort (e.g. Windows)
        }
    }

    /** Makes an existing file 0600 when it is not (e.g. made by an older dockernotes); harmless when it cannot. */
    static void makePrivate(Path p) {
        if (POSIX) {
            try {
                if (!OWNER_FILE.containsAll(Files.getPosixFilePermissions(p))) {
                    Files.setPosixFilePermissions(p, OWNER_FILE);
                }
            } catch (IOException e) {
                // not ours to change
            }
        }
    }

    private static FileAttribute<?>[] dirAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_DIR)} : new FileAttribute<?>[0];
    }

    static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)} : new FileAttribute<?>[0];
    }
}
