package dev.dockernotes.text;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;

/** New files for writing beside a target before an atomic rename over it. */
public final class FreshFiles {
    private FreshFiles() {}

    /**
     * A new, empty file in {@code target}'s folder, named after the target and the clock ({@code
     * NAME.NUMBER.tmp}); a name already taken (another run, a crashed save) tries the next number.
     * Not {@code Files.createTempFile}, whose SecureRandom seeding costs tens of milliseconds of a
     * cold start. Created new, never opened through a link, so two writers never share one.
     */
    public static Path beside(Path target, FileAttribute<?>... attributes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        for (long n = System.nanoTime(); ; n++) {
            try {
                return Files.createFile(folder.resolve(target.getFileName() + "." + Long.toUnsignedString(n) + ".tmp"), attributes);
            } catch (FileAlreadyExistsException e) {
                // the next name
            }
        }
    }
}
