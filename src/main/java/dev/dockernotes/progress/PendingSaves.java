package dev.dockernotes.progress;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The journal of answers that could not be saved when they were given (another dockernotes held the
 * lock too long): each such save writes what it added, atomically, as its own
 * {@code progress.pending-<millis>-<uuid>.json} without the lock. A load includes them, oldest first;
 * the next save under the lock merges them into the progress file and then deletes them (an answer
 * already merged is not counted twice, should a merge stop before the delete).
 */
final class PendingSaves {
    static final String PREFIX = "progress.pending-";
    static final String SUFFIX = ".json";
    /** The temporary files of pending saves (their writers hold no lock): removed only once this old. */
    static final String TEMPORARY_GLOB = PREFIX + "*" + SUFFIX + ".*.tmp";
    static final Duration STALE = Duration.ofMinutes(10);

    private final StateFolder folder;
    private final Clock clock;

    PendingSaves(StateFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Saves {@code added} as a new pending file; returns it. */
    Path save(Progress added) throws IOException {
        String name = PREFIX + String.format("%015d", clock.millis()) + "-" + UUID.randomUUID() + SUFFIX;
        Path pending = folder.dir().resolve(name);
        folder.writeAtomically(pending, ProgressWriter.write(added, 0));
        return pending;
    }

    /** The glob a user can look for: STATE_DIR/progress.pending-*.json. */
    Path pattern() {
        return folder.dir().resolve(PREFIX + "*" + SUFFIX);
    }

    /**
     * Adds the pending files to {@code progress}, oldest first; returns those it added (to delete once
     * the merged file is saved). Under the lock, a pending file that cannot be read is moved aside with
     * a notice (added to {@code said}); one from a newer dockernotes is left alone, for it to merge.
     */
    List<Path> mergeInto(Progress progress, boolean locked, List<String> said) {
        List<Path> merged = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder.dir(), PREFIX + "*" + SUFFIX)) {
            s.forEach(files::add);
        } catch (IOException e) {
            return merged; // no folder, no pending files
        }
        files.sort(null);
        for (Path f : files) {
            try {
                progress.merge(ProgressReader.read(Files.readAllBytes(f), f));
                merged.add(f);
            } catch (NewerVersionException | NoSuchFileException e) {
                // written by a newer dockernotes, or merged by another dockernotes meanwhile
            } catch (CorruptProgressException | IOException e) {
                if (locked) {
                    setAside(f, said);
                }
            }
        }
        return merged;
    }

    private void setAside(Path f, List<String> said) {
        Path aside = f.resolveSibling(f.getFileName() + ".corrupt");
        try {
            StateFolder.moveAtomically(f, aside);
            said.add("saved-aside progress " + f + " could not be read; kept it as " + aside);
        } catch (IOException ignored) {
            // tried again at the next save
        }
    }

    /** Deletes pending files once what they held is in the saved progress file. */
    static void delete(List<Path> merged) throws IOException {
        for (Path p : merged) {
            Files.deleteIfExists(p);
        }
        if (!merged.isEmpty()) {
            StateFolder.sync(merged.get(0).getParent());
        }
    }
}
