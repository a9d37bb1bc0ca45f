package dev.dockernotes.progress;

import dev.dockernotes.errors.DockernotesException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The one owner of the progress file ({@code progress.json} in the state folder).
 *
 * <ul>
 *   <li>{@link #load()} reads a snapshot, returned with its notices ({@link Loaded}). A missing file
 *       is empty progress. A corrupt or truncated
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
 *       link is written through: the file it points to is replaced, the link stays
 *       ({@link StateFolder}).</li>
 *   <li>Notices (one-line messages for the user) are returned with what was loaded or saved, never
 *       kept: what happened (a file moved or saved aside) is said by the call it happened in; a
 *       condition (progress not being saved and why, a file that cannot be read) by the call that
 *       finds it, and not again while it lasts, so the shell's loads before each prompt do not repeat it.</li>
 * </ul>
 *
 * <p>The parts: {@link ProgressReader} and {@link ProgressWriter} (the format, no files),
 * {@link StateFolder} (atomic writes, permissions, links), {@link ProgressLock},
 * {@link PendingSaves} (the journal).
 */
public final class ProgressStore {
    public static final String FILE_NAME = StateFolder.FILE_NAME;
    static final String LOCK_NAME = ProgressLock.NAME;
    static final String PENDING_PREFIX = PendingSaves.PREFIX;
    static final String PENDING_SUFFIX = PendingSaves.SUFFIX;
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
    /** How long a save that must not stop the user (an answer) waits for the lock before saving aside. */
    private static final Duration RECORD_WAIT = Duration.ofSeconds(2);
    /** Once the lock was found busy, later such saves barely wait: the user is not made to wait per answer. */
    private static final Duration CONTENDED_WAIT = Duration.ofMillis(100);

    private final StateFolder folder;
    private final Clock clock;
    private final SaveHook hook;
    private final PendingSaves pending;
    /** Why progress is not being saved, once found (then every save is refused); said when found. */
    private String notSaved;
    /** Why the file could not be read or moved aside, as last said; null once it reads again. */
    private String unreadable;
    private boolean contended;
    /**
     * The progress file as this store last read or wrote it, and what it holds, so that a save does
     * not parse again a file no one changed since (the bytes are compared under the lock). Never
     * handed out (copies are), so it always is what those bytes hold; null when unknown.
     */
    private ByteBuffer knownBytes;
    private Progress known;
    /** The size of the progress file when last read or written: what the next one is written into. */
    private int lastSize;

    public ProgressStore(Path stateDir) {
        this(stateDir, Clock.systemUTC());
    }

    ProgressStore(Path stateDir, Clock clock) {
        this(stateDir, clock, SaveHook.NONE);
    }

    ProgressStore(Path stateDir, Clock clock, SaveHook hook) {
        this.folder = new StateFolder(stateDir, clock, hook);
        this.clock = clock;
        this.hook = hook;
        this.pending = new PendingSaves(folder, clock);
    }

    /** The state folder. */
    public Path dir() {
        return folder.dir();
    }

    /** The progress file (it may not exist yet). */
    public Path file() {
        return folder.file();
    }

    /**
     * A snapshot of the saved progress, with any answers saved aside. Never fails: a missing,
     * unreadable or corrupt file gives empty progress and a notice, and so does a file from a newer
     * dockernotes (which is left untouched, and makes every save refused).
     */
    public synchronized Loaded load() {
        List<String> said = new ArrayList<>();
        return new Loaded(load(said), said);
    }

    /**
     * For commands that record progress (learn, quiz, lab): {@link #load()}, and when progress cannot
     * be saved (see {@link #checkSaving}) the notice "progress is not being saved: WHY" with it, so
     * the user is told up front, once.
     */
    public synchronized Loaded loadToRecord() {
        List<String> said = new ArrayList<>();
        Progress progress = load(said);
        checkSaving(said);
        return new Loaded(progress, said);
    }

    private Progress load(List<String> said) {
        try {
            Progress progress = read(false, said);
            pending.mergeInto(progress, false, said);
            return progress;
        } catch (NewerVersionException e) {
            refuse(e.getMessage(), said);
            return fresh();
        }
    }

    /**
     * Checks, before anything is recorded, whether progress can be saved (the state folder, or the
     * folder it would be made in, is writable; the file is not from a newer dockernotes); when not,
     * says so in {@code said} (the first time it is found).
     */
    private void checkSaving(List<String> said) {
        if (notSaved == null) {
            Path dir = folder.dir();
            Path where = Files.isDirectory(dir) ? folder.target().toAbsolutePath().getParent() : dir;
            Path existing = where;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
                refuse(where + " is not writable", said);
            }
        }
    }

    /** Why progress is not being saved, when a check or a save found that it cannot be. */
    public synchronized Optional<String> notSavedBecause() {
        return Optional.ofNullable(notSaved);
    }

    /**
     * Applies {@code change} to the latest saved progress and saves it, under the lock.
     *
     * @return the progress as saved, with the notices of this save (a corrupt file found and kept aside)
     * @throws DockernotesException when the state folder cannot be written ("cannot save
     *     progress: DIR is not writable"), another dockernotes holds the lock too long, or the
     *     file is from a newer dockernotes; it carries the notices said before it failed
     */
    public synchronized Loaded update(Consumer<Progress> change) {
        List<String> said = new ArrayList<>();
        try {
            return new Loaded(update(change, LOCK_TIMEOUT, said), said);
        } catch (DockernotesException e) {
            throw e.saidBefore(said);
        }
    }

    private Progress update(Consumer<Progress> change, Duration wait, List<String> said) {
        folder.create();
        try (ProgressLock lock = ProgressLock.acquire(folder.dir(), wait)) {
            hook.reached(SaveHook.LOCKED);
            folder.removeStaleTemporaryFiles(PendingSaves.TEMPORARY_GLOB, PendingSaves.STALE);
            Progress progress = read(true, said);
            List<Path> merged = pending.mergeInto(progress, true, said);
            change.accept(progress);
            ByteBuffer bytes = ProgressWriter.write(progress, lastSize);
            folder.writeProgress(bytes);
            PendingSaves.delete(merged);
            remember(bytes, progress);
            return progress.copy();
        } catch (IOException e) {
            throw CannotSaveException.of(e, folder.dir());
        }
    }

    /**
     * Like {@link #update}, for saves that must not stop the user (an answer, a section read). When
     * the lock stays busy, what the change adds is saved aside and merged by a later save (a notice
     * says so). When progress cannot be saved at all (folder not writable, newer file), the change
     * is applied to the latest snapshot in memory only, and the reason becomes a notice.
     */
    public synchronized Loaded updateOrNotice(Consumer<Progress> change) {
        List<String> said = new ArrayList<>();
        try {
            Progress saved = update(change, contended ? CONTENDED_WAIT : RECORD_WAIT, said);
            contended = false;
            return new Loaded(saved, said);
        } catch (LockBusyException e) {
            Progress aside = saveAside(change, said);
            contended = true;
            return new Loaded(aside, said);
        } catch (NewerVersionException e) {
            refuse(e.getMessage(), said);
        } catch (CannotSaveException e) {
            refuse(e.reason, said);
        } catch (DockernotesException e) {
            throw e.saidBefore(said);
        }
        Progress progress = load(said);
        change.accept(progress);
        return new Loaded(progress, said);
    }

    /**
     * Forgets everything, keeping a copy of the old file next to it
     * ({@code progress.json.bak-<time>}); answers saved aside are in the copy too.
     *
     * @return the backup copy, or empty when there was no file; and the notices
     */
    public synchronized Forgotten resetAll() {
        return forget(old -> fresh());
    }

    /**
     * Forgets part of the progress ({@code forget} returns what is kept), under the lock, keeping a
     * copy of the old file next to it ({@code progress.json.bak-<time>}).
     *
     * @return the backup copy, or empty when nothing was saved (then nothing is written); and the notices
     * @throws DockernotesException as {@link #update} does
     */
    public synchronized Forgotten forget(UnaryOperator<Progress> forget) {
        List<String> said = new ArrayList<>();
        try {
            return new Forgotten(forget(forget, said), said);
        } catch (DockernotesException e) {
            throw e.saidBefore(said);
        }
    }

    private Optional<Path> forget(UnaryOperator<Progress> forget, List<String> said) {
        folder.create();
        try (ProgressLock lock = ProgressLock.acquire(folder.dir(), LOCK_TIMEOUT)) {
            Progress old = read(true, said);
            List<Path> merged = pending.mergeInto(old, true, said);
            if (!Files.exists(folder.target()) && merged.isEmpty()) {
                return Optional.empty();
            }
            Path backup = folder.aside(folder.dir(), "bak");
            if (merged.isEmpty()) {
                folder.copyTo(backup);
            } else {
                folder.writeAtomically(backup, ProgressWriter.write(old, 0));
            }
            folder.writeProgress(ProgressWriter.write(forget.apply(old), 0));
            PendingSaves.delete(merged);
            return Optional.of(backup);
        } catch (IOException e) {
            throw CannotSaveException.of(e, folder.dir());
        }
    }

    /** From now on saves are refused; says why when this reason is new (so it is said once, not per answer). */
    private void refuse(String reason, List<String> said) {
        if (!reason.equals(notSaved)) {
            said.add("progress is not being saved: " + reason);
        }
        notSaved = reason;
    }

    /** The file cannot be read (or moved aside): says so when this is new, not at every load while it lasts. */
    private Progress unreadable(String notice, List<String> said) {
        if (!notice.equals(unreadable)) {
            said.add(notice);
        }
        unreadable = notice;
        return fresh();
    }

    private Progress fresh() {
        return new Progress().withClock(clock);
    }

    private void remember(ByteBuffer bytes, Progress progress) {
        knownBytes = bytes;
        known = progress;
        if (bytes != null) {
            lastSize = bytes.remaining();
        }
    }

    // ---- reading

    /**
     * The progress file's content, to change at will; a missing file is empty progress. A corrupt
     * one is moved aside (under the lock) and progress starts fresh. A file as this store last knew
     * it is not parsed again: under the lock (to be changed and saved) the known progress itself is
     * taken, else a copy.
     *
     * @throws NewerVersionException when a newer dockernotes wrote it
     */
    private Progress read(boolean locked, List<String> said) {
        Path file = folder.file();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            unreadable = null;
            return fresh();
        } catch (IOException e) {
            if (!Files.exists(file)) {
                unreadable = null;
                return fresh(); // e.g. the state folder's parent is a file: nothing was ever saved
            }
            if (locked) {
                throw new DockernotesException("cannot read progress file " + file + ": " + CannotSaveException.reason(e), e);
            }
            return unreadable("cannot read progress file " + file + " (" + CannotSaveException.reason(e) + "); showing no progress", said);
        }
        lastSize = bytes.length;
        if (known != null && knownBytes.equals(ByteBuffer.wrap(bytes))) {
            Progress progress = locked ? known : known.copy();
            if (locked) {
                remember(null, null); // changed from here on: known again once saved
            }
            return progress;
        }
        try {
            Progress progress = ProgressReader.read(bytes, file).withClock(clock);
            unreadable = null;
            if (locked) {
                return progress;
            }
            remember(ByteBuffer.wrap(bytes), progress);
            return progress.copy();
        } catch (CorruptProgressException e) {
            return corrupt(bytes, e.reason, locked, said);
        }
    }

    /** Moves a bad file aside (if the folder allows it) and starts fresh, telling the user where it went. */
    private Progress corrupt(byte[] bytes, String why, boolean locked, List<String> said) {
        if (!locked) {
            // Moving needs the lock, so a writer's fresh file is never the one moved aside.
            try (ProgressLock lock = ProgressLock.acquire(folder.dir(), RECORD_WAIT)) {
                return moveAside(bytes, why, said);
            } catch (IOException | DockernotesException e) {
                return unreadable("progress file " + folder.file() + " is corrupt (" + why + ") and could not be moved aside ("
                        + (e instanceof IOException io ? CannotSaveException.reason(io) : e.getMessage())
                        + "); showing no progress", said);
            }
        }
        try {
            return moveAside(bytes, why, said);
        } catch (IOException e) {
            throw CannotSaveException.of(e, folder.dir());
        }
    }

    private Progress moveAside(byte[] seen, String why, List<String> said) throws IOException {
        byte[] now;
        try {
            now = Files.readAllBytes(folder.file());
        } catch (NoSuchFileException e) {
            return read(true, said); // someone else moved it already
        }
        if (!Arrays.equals(now, seen)) {
            return read(true, said); // replaced meanwhile: judge the new content
        }
        Path target = folder.target();
        Path aside = folder.aside(target.getParent(), "corrupt");
        StateFolder.moveAtomically(target, aside);
        said.add("progress file was corrupt (" + why + "); kept it as " + aside + " and started fresh");
        return fresh();
    }

    // ---- answers saved aside while the lock is busy

    /** Saves what {@code change} adds to the latest snapshot as a pending file; see {@link #updateOrNotice}. */
    private Progress saveAside(Consumer<Progress> change, List<String> said) {
        Progress before = load(said);
        Progress after = before.copy(); // not a second load: another save in between would blur what this change added
        change.accept(after);
        Progress added = Progress.added(before, after);
        if (added.isEmpty()) {
            return after;
        }
        try {
            pending.save(added);
            if (!contended) { // said once while the lock stays busy, not at every answer
                said.add("another dockernotes is holding " + folder.dir().resolve(LOCK_NAME) + "; your progress is kept in "
                        + pending.pattern() + " and goes into " + FILE_NAME + " with the next save");
            }
        } catch (IOException e) {
            refuse(CannotSaveException.of(e, folder.dir()).reason, said);
        }
        return after;
    }
}
