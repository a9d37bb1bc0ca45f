package dev.dockernotes.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;

/**
 * The exclusive lock on {@code progress.lock} (0600) that every change of the progress file holds:
 * other processes are kept out by the system's file lock, other threads of this JVM by the
 * {@link OverlappingFileLockException} it throws for them. A process that dies holding it releases it.
 */
final class ProgressLock implements AutoCloseable {
    static final String NAME = "progress.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ProgressLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits up to {@code wait} for the lock in {@code dir}.
     *
     * @throws LockBusyException when another dockernotes holds it longer
     * @throws CannotSaveException when interrupted while waiting
     */
    static ProgressLock acquire(Path dir, Duration wait) throws IOException {
        Path path = dir.resolve(NAME);
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileChannel channel = FileChannel.open(path, options, StateFolder.fileAttributes());
        try {
            StateFolder.makePrivate(path); // a lock file made by an older dockernotes was 0644
            return new ProgressLock(channel, waitFor(channel, path, wait));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock waitFor(FileChannel channel, Path path, Duration wait) throws IOException {
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
                throw new LockBusyException("another dockernotes has held " + path + " for "
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

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
