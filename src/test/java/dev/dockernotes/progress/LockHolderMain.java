package dev.dockernotes.progress;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another dockernotes busy saving, for the tests: takes progress.lock in STATE_DIR, prints
 * "locked", and holds it until its standard input ends.
 *
 * <pre>java -cp CLASSPATH dev.dockernotes.progress.LockHolderMain STATE_DIR</pre>
 */
public final class LockHolderMain {
    private LockHolderMain() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        try (FileChannel ch = FileChannel.open(dir.resolve(ProgressStore.LOCK_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            System.out.println("locked");
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
