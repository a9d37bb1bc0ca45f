package dev.dockernotes.tui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * jline-native's C library (in the jar), kept in a {@code native} folder beside the jar and loaded
 * from there: jline's own loader would copy it to a new file in /tmp on every start, and print to
 * stderr where /tmp is mounted noexec. The copy is compared byte for byte with the jar's before each
 * load and rewritten (atomically) when it differs. When anything is missing (another OS or CPU, a
 * read-only or shared folder, a library that will not load) {@link #load()} says no, and the
 * terminal is built by jline's exec provider instead, as before.
 */
final class NativeLibrary {
    private static final String LIBRARY = "libjlinenative.so";

    /** Loading is once per process (System.load), so is the answer. */
    private static Boolean loaded;

    private NativeLibrary() {}

    /** Whether jline-native's system calls can be used in this process; loads the library the first time. */
    static synchronized boolean load() {
        if (loaded == null) {
            loaded = tryLoad();
        }
        return loaded;
    }

    /**
     * The folder of jline-native's library for this system, when {@link LinuxTermios} describes its
     * termios: Linux on x86_64 or arm64 (other CPUs and other systems number the flags differently).
     */
    static Optional<String> folderFor(String osName, String osArch) {
        if (osName == null || !osName.startsWith("Linux") || osArch == null) {
            return Optional.empty();
        }
        return switch (osArch) {
            case "amd64", "x86_64" -> Optional.of("Linux/x86_64");
            case "aarch64", "arm64" -> Optional.of("Linux/arm64");
            default -> Optional.empty();
        };
    }

    private static boolean tryLoad() {
        if ("exec".equals(System.getProperty("dockernotes.terminal"))) {
            return false; // -Ddockernotes.terminal=exec: jline's own provider (to compare, or as a way out)
        }
        Optional<String> folder = folderFor(System.getProperty("os.name"), System.getProperty("os.arch"));
        Optional<Path> dir = besideTheJar();
        if (folder.isEmpty() || dir.isEmpty()) {
            return false;
        }
        try (InputStream in = NativeLibrary.class.getResourceAsStream("/org/jline/nativ/" + folder.get() + "/" + LIBRARY)) {
            if (in == null) {
                return false;
            }
            Path file = copy(in.readAllBytes(), dir.get());
            if (file == null) {
                return false;
            }
            System.load(file.toString());
            // jline-native's loader (run by CLibrary) then finds this copy instead of extracting its own
            System.setProperty("library.jline.path", file.getParent().toString());
            System.setProperty("library.jline.name", file.getFileName().toString());
            return org.jline.nativ.CLibrary.isatty(0) >= 0;
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** {@code target/native} for {@code target/dockernotes.jar} (or for {@code target/classes}). */
    static Optional<Path> besideTheJar() {
        try {
            Path code = Path.of(NativeLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = code.toAbsolutePath().getParent();
            return parent == null ? Optional.empty() : Optional.of(parent.resolve("native"));
        } catch (RuntimeException | java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The library's copy in {@code dir}, written when missing or different; null when the folder is not safe or not writable. */
    static Path copy(byte[] library, Path dir) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(library);
        Path file = dir.resolve("libjlinenative-" + Long.toHexString(crc.getValue()) + ".so");
        if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && safe(dir)
                && Arrays.equals(Files.readAllBytes(file), library)) {
            return file;
        }
        // rwxr-xr-x at most (the umask may take more away), whatever the umask would let the group do
        Files.createDirectories(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
        if (!safe(dir) || !Files.isWritable(dir)) {
            return null;
        }
        writeAtomically(file, library);
        return file;
    }

    /** Writes a temporary file beside {@code file} and moves it in: another process sees the old file or the new one. */
    static void writeAtomically(Path file, byte[] content) throws IOException {
        Path tmp = dev.dockernotes.text.FreshFiles.beside(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        try {
            Files.write(tmp, content);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Code is loaded from the folder: no one but its owner may write there (nor swap it for a link). */
    private static boolean safe(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir)) {
            return false;
        }
        try {
            var permissions = Files.getPosixFilePermissions(dir);
            return !permissions.contains(PosixFilePermission.OTHERS_WRITE) && !permissions.contains(PosixFilePermission.GROUP_WRITE);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
