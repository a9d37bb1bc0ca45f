package dev.dockernotes.progress;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.dockernotes.errors.DockernotesException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The one owner of the progress file ({@code progress.json} in the state folder).
 *
 * <ul>
 *   <li>{@link #load()} reads a snapshot. A missing file is empty progress. A corrupt or truncated
 *       file is moved aside ({@code progress.json.corrupt-<time>}) with a notice, and progress
 *       starts fresh. A file from a newer dockernotes is left untouched: it reads as no progress,
 *       with a notice that progress is not being saved, and every save is refused.</li>
 *   <li>{@link #update} changes it safely: an exclusive lock on {@code progress.lock} (between
 *       processes and between threads), re-read, apply the change, write a temporary file in the
 *       same folder, force it to disk, rename it over the old one atomically, sync the folder.
 *       So two dockernotes at once lose neither's changes, and a kill mid-save leaves either the
 *       old or the new file, never a torn one.</li>
 *   <li>{@link #updateOrNotice} never loses an answer: when another dockernotes holds the lock too
 *       long, what the change added is written aside, atomically, as its own
 *       {@code progress.pending-*.json}; {@link #load()} includes those, and the next save merges
 *       them into the file and deletes them (an answer already merged is not counted twice).</li>
 *   <li>The folders it creates are 0700, its files 0600. A {@code progress.json} that is a symbolic
 *       link is written through: the file it points to is replaced, the link stays.</li>
 *   <li>{@link #notices()}: one-line messages for the user (corrupt file moved aside, progress not
 *       being saved and why); {@link #takeNotices()} hands each out once.</li>
 * </ul>
 */
public final class ProgressStore {
    public static final String FILE_NAME = "progress.json";
    static final String LOCK_NAME = "progress.lock";
    static final String PENDING_PREFIX = "progress.pending-";
    static final String PENDING_SUFFIX = ".json";
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
    /** How long a save that must not stop the user (an answer) waits for the lock before saving aside. */
    private static final Duration RECORD_WAIT = Duration.ofSeconds(2);
    /** Once the lock was found busy, later such saves barely wait: the user is not made to wait per answer. */
    private static final Duration CONTENDED_WAIT = Duration.ofMillis(100);
    private static final Duration STALE_PART = Duration.ofMinutes(10);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    /** Points in a save where a test can stop the process, as a kill would. */
    interface SaveHook {
        String HALF_WRITTEN = "half-written";
        String FORCED = "forced";
        String RENAMED = "renamed";

        void reached(String phase);
    }

    private final Path dir;
    private final Path file;
    private final Clock clock;
    private final SaveHook hook;
    private final ObjectMapper mapper = mapper();
    private final Set<String> notices = new LinkedHashSet<>();
    private final Set<String> handedOut = new LinkedHashSet<>();
    private String notSaved;
    private boolean contended;

    public ProgressStore(Path stateDir) {
        this(stateDir, Clock.systemUTC());
    }

    ProgressStore(Path stateDir, Clock clock) {
        this(stateDir, clock, phase -> {});
    }

    ProgressStore(Path stateDir, Clock clock, SaveHook hook) {
        this.dir = stateDir.toAbsolutePath().normalize();
        this.file = dir.resolve(FILE_NAME);
        this.clock = clock;
        this.hook = hook;
    }

    /** The state folder. */
    public Path dir() {
        return dir;
    }

    /** The progress file (it may not exist yet). */
    public Path file() {
        return file;
    }

    /**
     * A snapshot of the saved progress, with any answers saved aside. Never fails: a missing,
     * unreadable or corrupt file gives empty progress and a notice, and so does a file from a newer
     * dockernotes (which is left untouched, and makes every save refused).
     */
    public synchronized Progress load() {
        try {
            Progress progress = read(false);
            applyPending(progress, false);
            return progress;
        } catch (NewerVersionException e) {
            refuse(e.getMessage());
            return new Progress();
        }
    }

    /**
     * Checks, before anything is recorded, whether progress can be saved (the state folder, or the
     * folder it would be made in, is writable; the file is not from a newer dockernotes); when not,
     * a notice "progress is not being saved: WHY". Commands that record call it when they start, so
     * the user is told up front, once.
     *
     * @return why progress is not being saved, or empty
     */
    public synchronized Optional<String> checkSaving() {
        if (notSaved == null) {
            Path target = target();
            Path folder = Files.isDirectory(dir) ? target.toAbsolutePath().getParent() : dir;
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
                refuse(folder + " is not writable");
            }
        }
        return notSavedBecause();
    }

    /** Why progress is not being saved, when a check or a save found that it cannot be. */
    public synchronized Optional<String> notSavedBecause() {
        return Optional.ofNullable(notSaved);
    }

    /**
     * Applies {@code change} to the latest saved progress and saves it, under the lock.
     *
     * @return the progress as saved
     * @throws DockernotesException when the state folder cannot be written ("cannot save
     *     progress: DIR is not writable"), another dockernotes holds the lock too long, or the
     *     file is from a newer dockernotes
     */
    public synchronized Progress update(Consumer<Progress> change) {
        return update(change, LOCK_TIMEOUT);
    }

    @SuppressWarnings("try") // the lock is held by the try block, never read
    private Progress update(Consumer<Progress> change, Duration wait) {
        createDir();
        try (FileChannel lockChannel = openLock(); FileLock lock = acquire(lockChannel, wait)) {
            removeStaleTemporaryFiles();
            Progress progress = read(true);
            List<Path> merged = applyPending(progress, true);
            change.accept(progress);
            write(progress);
            deleteAll(merged);
            return progress;
        } catch (IOException e) {
            throw cannotSave(e, dir);
        }
    }

    /**
     * Like {@link #update}, for saves that must not stop the user (an answer, a section read). When
     * the lock stays busy, what the change adds is saved aside and merged by a later save (a notice
     * says so). When progress cannot be saved at all (folder not writable, newer file), the change
     * is applied to the latest snapshot in memory only, and the reason becomes a notice.
     */
    public synchronized Progress updateOrNotice(Consumer<Progress> change) {
        try {
            Progress saved = update(change, contended ? CONTENDED_WAIT : RECORD_WAIT);
            contended = false;
            return saved;
        } catch (LockBusyException e) {
            contended = true;
            return saveAside(change);
        } catch (NewerVersionException e) {
            refuse(e.getMessage());
        } catch (CannotSaveException e) {
            refuse(e.reason);
        }
        Progress progress = load();
        change.accept(progress);
        return progress;
    }

    /**
     * Forgets everything, keeping a copy of the old file next to it
     * ({@code progress.json.bak-<time>}); answers saved aside are in the copy too.
     *
     * @return the backup copy, or empty when there was no file
     */
    public synchronized Optional<Path> resetAll() {
        return forget(old -> new Progress());
    }

    /**
     * Forgets part of the progress ({@code forget} returns what is kept), under the lock, keeping a
     * copy of the old file next to it ({@code progress.json.bak-<time>}).
     *
     * @return the backup copy, or empty when nothing was saved (then nothing is written)
     */
    @SuppressWarnings("try") // the lock is held by the try block, never read
    public synchronized Optional<Path> forget(java.util.function.UnaryOperator<Progress> forget) {
        createDir();
        try (FileChannel lockChannel = openLock(); FileLock lock = acquire(lockChannel, LOCK_TIMEOUT)) {
            Progress old = read(true);
            List<Path> pending = applyPending(old, true);
            Path target = target();
            if (!Files.exists(target) && pending.isEmpty()) {
                return Optional.empty();
            }
            Path backup = aside(dir, "bak");
            if (pending.isEmpty()) {
                Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel ch = FileChannel.open(backup, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            } else {
                writeAtomically(backup, mapper.writeValueAsBytes(old));
            }
            write(forget.apply(old));
            deleteAll(pending);
            return Optional.of(backup);
        } catch (IOException e) {
            throw cannotSave(e, dir);
        }
    }

    /** Messages for the user gathered so far (not cleared). */
    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    /** Messages not handed out before: the CLI prints these once. */
    public synchronized List<String> takeNotices() {
        List<String> fresh = new ArrayList<>();
        for (String n : notices) {
            if (handedOut.add(n)) {
                fresh.add(n);
            }
        }
        return fresh;
    }

    private void refuse(String reason) {
        notSaved = reason;
        notices.add("progress is not being saved: " + reason);
    }

    // ---- reading

    private Progress read(boolean locked) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Progress();
        } catch (IOException e) {
            if (!Files.exists(file)) {
                return new Progress(); // e.g. the state folder's parent is a file: nothing was ever saved
            }
            if (locked) {
                throw new DockernotesException("cannot read progress file " + file + ": " + reason(e), e);
            }
            notices.add("cannot read progress file " + file + " (" + reason(e) + "); showing no progress");
            return new Progress();
        }
        String problem = checkHead(bytes);
        if (problem != null) {
            return corrupt(bytes, problem, locked);
        }
        try {
            Progress progress = mapper.readValue(bytes, Progress.class);
            progress.normalize();
            return progress;
        } catch (IOException | IllegalArgumentException e) {
            return corrupt(bytes, "unexpected content: " + shortMessage(e), locked);
        }
    }

    /**
     * Looks at the document's shape and version without building it: what is wrong with it, or null.
     * A version higher than this code's (however large) is refused, never called corrupt.
     */
    private String checkHead(byte[] bytes) {
        JsonToken versionToken = null;
        BigDecimal version = null;
        String versionText = null;
        try (JsonParser p = mapper.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return "it is empty";
            }
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                p.nextToken(); // a syntax error after it is still "not valid JSON"
                return "not a JSON object";
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("version".equals(name)) {
                    versionToken = v;
                    version = v.isNumeric() ? p.getDecimalValue() : null;
                    versionText = p.getText();
                }
                p.skipChildren();
            }
            if (p.nextToken() != null) {
                return "not valid JSON: more than one value";
            }
        } catch (IOException e) {
            return "not valid JSON: " + shortMessage(e);
        }
        if (versionToken == null || versionToken == JsonToken.VALUE_NULL) {
            return null;
        }
        if (version == null) {
            return "its version is not a number";
        }
        if (version.compareTo(BigDecimal.valueOf(Progress.CURRENT_VERSION)) > 0) {
            throw new NewerVersionException("progress file " + file + " was written by a newer dockernotes (version "
                    + versionText + "); upgrade dockernotes or move the file away");
        }
        if (version.signum() < 0 || version.stripTrailingZeros().scale() > 0) {
            return "its version is not a whole number";
        }
        return null;
    }

    /** Moves a bad file aside (if the folder allows it) and starts fresh, telling the user where it went. */
    @SuppressWarnings("try") // the lock is held by the try block, never read
    private Progress corrupt(byte[] bytes, String why, boolean locked) {
        if (!locked) {
            // Moving needs the lock, so a writer's fresh file is never the one moved aside.
            try (FileChannel lockChannel = openLock(); FileLock lock = acquire(lockChannel, RECORD_WAIT)) {
                return moveAside(bytes, why);
            } catch (IOException | DockernotesException e) {
                notices.add("progress file " + file + " is corrupt (" + why + ") and could not be moved aside ("
                        + (e instanceof IOException io ? reason(io) : e.getMessage()) + "); showing no progress");
                return new Progress();
            }
        }
        try {
            return moveAside(bytes, why);
        } catch (IOException e) {
            throw cannotSave(e, dir);
        }
    }

    private Progress moveAside(byte[] seen, String why) throws IOException {
        byte[] now;
        try {
            now = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return read(true); // someone else moved it already
        }
        if (!java.util.Arrays.equals(now, seen)) {
            return read(true); // replaced meanwhile: judge the new content
        }
        Path target = target();
        Path aside = aside(target.getParent(), "corrupt");
        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        syncDir(target.getParent());
        notices.add("progress file was corrupt (" + why + "); kept it as " + aside + " and started fresh");
        return new Progress();
    }

    /** A free name next to the file: progress.json.KIND-20261128T044517Z (then -2, -3, ...). */
    private Path aside(Path folder, String kind) {
        String base = FILE_NAME + "." + kind + "-" + STAMP.format(clock.instant());
        Path p = folder.resolve(base);
        for (int i = 2; Files.exists(p); i++) {
            p = folder.resolve(base + "-" + i);
        }
        return p;
    }

    /** The file that holds progress: progress.json, or what it links to (a link is written through). */
    private Path target() {
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

    // ---- answers saved aside while the lock is busy

    /** Saves what {@code change} adds to the latest snapshot as a pending file; see {@link #updateOrNotice}. */
    private Progress saveAside(Consumer<Progress> change) {
        Progress before = load();
        Progress after;
        try { // a copy, not a second load: another save in between would blur what this change added
            after = mapper.readValue(mapper.writeValueAsBytes(before), Progress.class);
            after.normalize();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        change.accept(after);
        Progress added = Progress.added(before, after);
        if (added.isEmpty()) {
            return after;
        }
        String name = PENDING_PREFIX + String.format("%015d", clock.millis()) + "-" + UUID.randomUUID() + PENDING_SUFFIX;
        try {
            writeAtomically(dir.resolve(name), mapper.writeValueAsBytes(added));
            notices.add("another dockernotes is holding " + dir.resolve(LOCK_NAME) + "; your progress is kept in "
                    + dir.resolve(PENDING_PREFIX + "*" + PENDING_SUFFIX) + " and goes into " + FILE_NAME
                    + " with the next save");
        } catch (IOException e) {
            refuse(cannotSave(e, dir).reason);
        }
        return after;
    }

    /**
     * Adds the pending files to {@code progress}, oldest first; returns those it added (to delete
     * once the merged file is saved). Under the lock, a pending file that cannot be read is moved
     * aside with a notice; one from a newer dockernotes is left alone.
     */
    private List<Path> applyPending(Progress progress, boolean locked) {
        List<Path> applied = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, PENDING_PREFIX + "*" + PENDING_SUFFIX)) {
            s.forEach(files::add);
        } catch (IOException e) {
            return applied; // no folder, no pending files
        }
        files.sort(null);
        for (Path f : files) {
            try {
                byte[] bytes = Files.readAllBytes(f);
                if (checkHead(bytes) != null) {
                    throw new IOException("not a progress document");
                }
                Progress added = mapper.readValue(bytes, Progress.class);
                added.normalize();
                progress.merge(added);
                applied.add(f);
            } catch (NewerVersionException e) {
                // written by a newer dockernotes: its to merge
            } catch (NoSuchFileException e) {
                // merged by another dockernotes meanwhile
            } catch (IOException | IllegalArgumentException e) {
                if (locked) {
                    try {
                        Path aside = f.resolveSibling(f.getFileName() + ".corrupt");
                        Files.move(f, aside, StandardCopyOption.ATOMIC_MOVE);
                        notices.add("saved-aside progress " + f + " could not be read; kept it as " + aside);
                    } catch (IOException ignored) {
                        // tried again at the next save
                    }
                }
            }
        }
        return applied;
    }

    private void deleteAll(List<Path> merged) throws IOException {
        for (Path p : merged) {
            Files.deleteIfExists(p);
        }
        if (!merged.isEmpty()) {
            syncDir(dir);
        }
    }

    // ---- writing

    private void write(Progress progress) throws IOException {
        Path target = target();
        try {
            writeAtomically(target, mapper.writeValueAsBytes(progress));
        } catch (IOException e) {
            if (!target.getParent().equals(dir)) {
                throw cannotSave(e, target.getParent());
            }
            throw e;
        }
    }

    /** Temporary file in the same folder, forced to disk, renamed over {@code target}, folder synced. */
    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path folder = target.getParent();
        Path tmp = Files.createTempFile(folder, target.getFileName() + ".", ".tmp", fileAttributes());
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                buf.limit(bytes.length / 2);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                hook.reached(SaveHook.HALF_WRITTEN);
                buf.limit(bytes.length);
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
        syncDir(folder);
    }

    /**
     * Under the lock no one else is writing, so a temporary file is left from a save that was killed.
     * A pending file half written (its writer does not hold the lock) is removed once it is old.
     */
    private void removeStaleTemporaryFiles() {
        Path target = target();
        removeMatching(target.getParent(), target.getFileName() + ".*.tmp", Duration.ZERO);
        removeMatching(dir, FILE_NAME + ".*.tmp", Duration.ZERO);
        removeMatching(dir, PENDING_PREFIX + "*" + PENDING_SUFFIX + ".*.tmp", STALE_PART);
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

    /** Makes a rename durable. Not every system lets a folder be opened; then the rename is all we get. */
    private static void syncDir(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort (e.g. Windows)
        }
    }

    /** Creates the state folder and any missing parents, each 0700 (only the user may look in). */
    private void createDir() {
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
                throw cannotSave(e, dir);
            }
        }
        if (!Files.isWritable(dir)) {
            throw notWritable(dir, null);
        }
    }

    private static FileAttribute<?>[] dirAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_DIR)} : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)} : new FileAttribute<?>[0];
    }

    private FileChannel openLock() throws IOException {
        Path lock = dir.resolve(LOCK_NAME);
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileChannel channel = FileChannel.open(lock, options, fileAttributes());
        if (POSIX) {
            try { // a lock file made by an older dockernotes was 0644
                if (!OWNER_FILE.containsAll(Files.getPosixFilePermissions(lock))) {
                    Files.setPosixFilePermissions(lock, OWNER_FILE);
                }
            } catch (IOException e) {
                // not ours to change: it still locks
            }
        }
        return channel;
    }

    /** Waits for the exclusive lock: other processes hold it via the OS, other threads via this JVM. */
    private FileLock acquire(FileChannel channel, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        long sleep = 2;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // held by another thread of this JVM: wait like for another process
            }
            if (System.nanoTime() > deadline) {
                throw new LockBusyException("another dockernotes has held " + dir.resolve(LOCK_NAME) + " for "
                        + (wait.toMillis() >= 1000 ? wait.toSeconds() + " s" : wait.toMillis() + " ms") + "; try again");
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CannotSaveException("interrupted while waiting for the lock", e);
            }
            sleep = Math.min(50, sleep * 2);
        }
    }

    private CannotSaveException cannotSave(IOException e, Path folder) {
        if (e instanceof AccessDeniedException || e instanceof FileAlreadyExistsException
                || e instanceof java.nio.file.FileSystemException fse && isNotWritable(fse)) {
            return notWritable(folder, e);
        }
        return new CannotSaveException("writing in " + folder + " failed (" + reason(e) + ")", e);
    }

    private static boolean isNotWritable(java.nio.file.FileSystemException e) {
        String r = e.getReason();
        return r != null && (r.contains("Read-only") || r.contains("Not a directory") || r.contains("Permission denied"));
    }

    private static CannotSaveException notWritable(Path folder, IOException cause) {
        return new CannotSaveException(folder + " is not writable", cause);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String shortMessage(Exception e) {
        String m = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        m = dev.dockernotes.text.JsonErrors.clean(m);
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            m += " at line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr();
        }
        return m;
    }

    /**
     * Compact JSON, timestamps as ISO-8601 text (without needing jackson's java.time module), no
     * limit on the length of a string (the file is our own; Jackson's default 20 MB limit would call
     * a valid file with a long field corrupt), and only annotated fields: no getter becomes a field.
     */
    static ObjectMapper mapper() {
        SimpleModule time = new SimpleModule("dockernotes-time");
        time.addSerializer(Instant.class, ToStringSerializer.instance);
        time.addDeserializer(Instant.class, new InstantDeserializer());
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Integer.MAX_VALUE)
                        .maxNameLength(Integer.MAX_VALUE)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(time)
                .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** Reads ISO-8601; a timestamp it cannot read (or no clock can hold) becomes null rather than losing the whole file. */
    private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                    return Instant.ofEpochMilli(p.getLongValue());
                }
                String text = p.getValueAsString();
                if (text == null || text.isBlank()) {
                    return null;
                }
                return Instants.parse(text.trim());
            } catch (DateTimeException | com.fasterxml.jackson.core.exc.InputCoercionException e) {
                return null;
            }
        }
    }

    /** Progress cannot be saved now; {@link #reason} says why, for "progress is not being saved: WHY". */
    static class CannotSaveException extends DockernotesException {
        private static final long serialVersionUID = 1L;
        final String reason;

        CannotSaveException(String reason, Throwable cause) {
            super("cannot save progress: " + reason, cause);
            this.reason = reason;
        }
    }

    /** Another dockernotes held the lock for longer than we wait. */
    static final class LockBusyException extends CannotSaveException {
        private static final long serialVersionUID = 1L;

        LockBusyException(String reason) {
            super(reason, null);
        }
    }

    /** A file from a newer dockernotes: never overwritten, never moved. */
    static final class NewerVersionException extends DockernotesException {
        private static final long serialVersionUID = 1L;

        NewerVersionException(String message) {
            super(message);
        }
    }
}
