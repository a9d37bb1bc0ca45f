package dev.dockernotes.progress;

import dev.dockernotes.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a folder read-only for the tests, also when they run as root (where permissions do not
 * stop writing): then the folder is made immutable with {@code chattr +i}. Skips the test when
 * neither works. Close it to make the folder writable again.
 */
public final class ReadOnlyFolder implements AutoCloseable {
    private final Path folder;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    public static ReadOnlyFolder of(Path folder) throws IOException, InterruptedException {
        folder.toFile().setWritable(false, false);
        if (!stillWritable(folder)) {
            return new ReadOnlyFolder(folder, false);
        }
        folder.toFile().setWritable(true);
        if (chattr("+i", folder) && !stillWritable(folder)) {
            return new ReadOnlyFolder(folder, true);
        }
        chattr("-i", folder);
        Assumptions.abort("cannot make a folder read-only here (root without chattr)");
        return null;
    }

    private static boolean stillWritable(Path folder) {
        Path probe = folder.resolve("probe");
        try {
            Files.writeString(probe, "x");
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean chattr(String flag, Path folder) throws InterruptedException {
        try {
            return Processes.run(List.of("chattr", flag, folder.toString()), Duration.ofSeconds(10)).exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (immutable) {
            chattr("-i", folder);
        }
        folder.toFile().setWritable(true);
    }
}
