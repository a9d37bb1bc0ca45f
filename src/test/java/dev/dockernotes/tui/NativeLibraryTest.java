package dev.dockernotes.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the native terminal is used, and when jline's exec provider takes over. */
class NativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void onlyLinuxOnCpusWhoseTermiosItKnows() {
        assertThat(NativeLibrary.folderFor("Linux", "amd64")).contains("Linux/x86_64");
        assertThat(NativeLibrary.folderFor("Linux", "aarch64")).contains("Linux/arm64");
        assertThat(NativeLibrary.folderFor("Linux", "ppc64le")).isEmpty(); // other flag values
        assertThat(NativeLibrary.folderFor("Mac OS X", "aarch64")).isEmpty();
        assertThat(NativeLibrary.folderFor("FreeBSD", "amd64")).isEmpty();
        assertThat(NativeLibrary.folderFor("Windows 11", "amd64")).isEmpty();
    }

    @Test
    void theCopyIsWrittenOnceAndRewrittenWhenItDiffers() throws Exception {
        byte[] library = {1, 2, 3, 4};
        Path file = NativeLibrary.copy(library, dir.resolve("native"));
        assertThat(file).hasBinaryContent(library);
        long written = Files.getLastModifiedTime(file).toMillis();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(written - 10_000));
        assertThat(NativeLibrary.copy(library, dir.resolve("native"))).isEqualTo(file);
        assertThat(Files.getLastModifiedTime(file).toMillis()).as("not rewritten").isEqualTo(written - 10_000);

        Files.write(file, new byte[] {9, 9, 9, 9}); // tampered with, or half written
        assertThat(NativeLibrary.copy(library, dir.resolve("native"))).hasBinaryContent(library);
    }

    @Test
    void aFolderOthersMayWriteIsNotUsed() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(NativeLibrary.copy(new byte[] {1}, shared)).isNull();
        assertThat(shared).isEmptyDirectory();
    }
}
