package dev.dockernotes.progress;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.dockernotes.DockernotesException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one owner of the progress file ({@code progress.json} in the state folder).
 *
 * <ul>
 *   <li>{@link #load()} reads a snapshot. A missing file is empty progress. A corrupt or truncated
 *       file is moved aside ({@code progress.json.corrupt-<time>}) with a notice, and progress
 *       starts fresh. A file from a newer dockernotes is refused and left untouched.</li>
 *   <li>{@link #update} changes it safely: an exclusive lock on {@code progress.lock} (between
 *       processes and between threads), re-read, apply the change, write a temporary file in the
 *       same folder, force it to disk, rename it over the old one atomically, sync the folder.
 *       So two dockernotes at once lose neither's changes, and a kill mid-save leaves either the
 *       old or the new file, never a torn one.</li>
 *   <li>{@link #notices()}: one-line messages for the user (corrupt file moved aside, cannot
 *       save); {@link #takeNotices()} hands each out once.</li>
 * </ul>
 */
public final class ProgressStore {
    public static final String FILE_NAME = "progress.json";
    static final String LOCK_NAME = "progress.lock";
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Path file;
    private final Clock clock;
    private final ObjectMapper mapper = mapper();
    private final Set<String> notices = new LinkedHashSet<>();
    private final Set<String> handedOut = new LinkedHashSet<>();

    public ProgressStore(Path stateDir) {
        this(stateDir, Clock.systemUTC());
    }

    ProgressStore(Path stateDir, Clock clock) {
        this.dir = stateDir.toAbsolutePath().normalize();
        this.file = dir.resolve(FILE_NAME);
        this.clock = clock;
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
     * A snapshot of the saved progress. Never fails for a missing, unreadable or corrupt file
     * (those give empty progress and a notice); only a file from a newer dockernotes is refused.
     */
    public synchronized Progress load() {
        return read(false);
    }

    /**
     * Applies {@code change} to the latest saved progress and saves it, under the lock.
     *
     * @return the progress as saved
     * @throws DockernotesException when the state folder cannot be written ("cannot save
     *     progress: DIR is not writable"), another dockernotes holds the lock too long, or the
     *     file is from a newer dockernotes
     */
    @SuppressWarnings("try") // the lock is held by the try block, never read
    public synchronized Progress update(Consumer<Progress> change) {
        createDir();
        try (FileChannel lockChannel = openLock(); FileLock lock = acquire(lockChannel)) {
            removeStaleTemporaryFiles();
            Progress progress = read(true);
            change.accept(progress);
            write(progress);
            return progress;
        } catch (IOException e) {
            throw cannotSave(e);
        }
    }

    /**
     * Like {@link #update}, for saves that must not stop the user (marking a section read while
     * reading): when saving fails, the change is applied to the latest snapshot in memory only,
     * and the reason becomes a notice. A newer-version file is still refused.
     */
    public synchronized Progress updateOrNotice(Consumer<Progress> change) {
        try {
            return update(change);
        } catch (NewerVersionException e) {
            throw e;
        } catch (DockernotesException e) {
            notices.add(e.getMessage());
            Progress progress = read(false);
            change.accept(progress);
            return progress;
        }
    }

    /**
     * Forgets everything, keeping a copy of the old file next to it
     * ({@code progress.json.bak-<time>}).
     *
     * @return the backup copy, or empty when there was no file
     */
    @SuppressWarnings("try") // the lock is held by the try block, never read
    public synchronized java.util.Optional<Path> resetAll() {
        createDir();
        try (FileChannel lockChannel = openLock(); FileLock lock = acquire(lockChannel)) {
            if (!Files.exists(file)) {
                return java.util.Optional.empty();
            }
            Path backup = aside("bak");
            Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel ch = FileChannel.open(backup, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            write(new Progress());
            return java.util.Optional.of(backup);
        } catch (IOException e) {
            throw cannotSave(e);
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
        JsonNode tree;
        try {
            tree = bytes.length == 0 ? null : mapper.readTree(bytes);
        } catch (IOException e) {
            return corrupt(bytes, "not valid JSON: " + shortMessage(e), locked);
        }
        if (tree == null || tree.isMissingNode()) {
            return corrupt(bytes, "it is empty", locked);
        }
        if (!tree.isObject()) {
            return corrupt(bytes, "not a JSON object", locked);
        }
        JsonNode version = tree.get("version");
        if (version != null && !version.isNull()) {
            if (!version.canConvertToInt() || !version.isIntegralNumber()) {
                return corrupt(bytes, "its version is not a number", locked);
            }
            if (version.intValue() > Progress.CURRENT_VERSION) {
                throw new NewerVersionException("progress file " + file + " was written by a newer dockernotes (version "
                        + version.intValue() + "); upgrade dockernotes or move the file away");
            }
        }
        try {
            Progress progress = mapper.treeToValue(tree, Progress.class);
            progress.normalize();
            return progress;
        } catch (IOException | IllegalArgumentException e) {
            return corrupt(bytes, "unexpected content: " + shortMessage(e), locked);
        }
    }

    /** Moves a bad file aside (if the folder allows it) and starts fresh, telling the user where it went. */
    @SuppressWarnings("try") // the lock is held by the try block, never read
    private Progress corrupt(byte[] bytes, String why, boolean locked) {
        if (!locked) {
            // Moving needs the lock, so a writer's fresh file is never the one moved aside.
            try (FileChannel lockChannel = openLock(); FileLock lock = acquire(lockChannel)) {
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
            throw cannotSave(e);
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
        Path aside = aside("corrupt");
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        syncDir();
        notices.add("progress file was corrupt (" + why + "); kept it as " + aside + " and started fresh");
        return new Progress();
    }

    /** A free name next to the file: progress.json.KIND-20261128T044517Z (then -2, -3, ...). */
    private Path aside(String kind) {
        String base = FILE_NAME + "." + kind + "-" + STAMP.format(clock.instant());
        Path p = dir.resolve(base);
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(base + "-" + i);
        }
        return p;
    }

    // ---- writing

    private void write(Progress progress) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(progress);
        Path tmp = Files.createTempFile(dir, FILE_NAME + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDir();
    }

    /** Under the lock no one else is writing, so a temporary file is left from a save that was killed. */
    private void removeStaleTemporaryFiles() {
        try (java.nio.file.DirectoryStream<Path> stale = Files.newDirectoryStream(dir, FILE_NAME + ".*.tmp")) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // harmless: the next save tries again
        }
    }

    /** Makes the rename durable. Not every system lets a folder be opened; then the rename is all we get. */
    private void syncDir() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort (e.g. Windows)
        }
    }

    private void createDir() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw cannotSave(e);
        }
        if (!Files.isWritable(dir)) {
            throw notWritable(null);
        }
    }

    private FileChannel openLock() throws IOException {
        return FileChannel.open(dir.resolve(LOCK_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    /** Waits for the exclusive lock: other processes hold it via the OS, other threads via this JVM. */
    private FileLock acquire(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + LOCK_TIMEOUT.toNanos();
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
                throw new DockernotesException("cannot save progress: another dockernotes has held "
                        + dir.resolve(LOCK_NAME) + " for " + LOCK_TIMEOUT.toSeconds() + " s; try again");
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DockernotesException("cannot save progress: interrupted while waiting for the lock", e);
            }
            sleep = Math.min(50, sleep * 2);
        }
    }

    private DockernotesException cannotSave(IOException e) {
        if (e instanceof AccessDeniedException || e instanceof FileAlreadyExistsException
                || e instanceof java.nio.file.FileSystemException fse && isNotWritable(fse)) {
            return notWritable(e);
        }
        return new DockernotesException("cannot save progress in " + dir + ": " + reason(e), e);
    }

    private static boolean isNotWritable(java.nio.file.FileSystemException e) {
        String r = e.getReason();
        return r != null && (r.contains("Read-only") || r.contains("Not a directory") || r.contains("Permission denied"));
    }

    private DockernotesException notWritable(IOException cause) {
        return new DockernotesException("cannot save progress: " + dir + " is not writable", cause);
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

    /** Timestamps as ISO-8601 text, without needing jackson's java.time module. */
    static ObjectMapper mapper() {
        SimpleModule time = new SimpleModule("dockernotes-time");
        time.addSerializer(Instant.class, ToStringSerializer.instance);
        time.addDeserializer(Instant.class, new InstantDeserializer());
        return JsonMapper.builder()
                .addModule(time)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** Reads ISO-8601; a timestamp it cannot read becomes null rather than losing the whole file. */
    private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochMilli(p.getLongValue());
            }
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException e) {
                return null;
            }
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
