package dev.dockernotes.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreshFilesTest {
    @TempDir
    Path dir;

    @Test
    void eachCallGivesANewEmptyFileBesideTheTargetNamedAfterIt() throws Exception {
        Path target = dir.resolve("progress.json");
        Path one = FreshFiles.beside(target);
        Path two = FreshFiles.beside(target);
        assertThat(one).isNotEqualTo(two).hasParent(dir);
        assertThat(one.getFileName().toString()).startsWith("progress.json.").endsWith(".tmp");
        assertThat(Files.size(one)).isZero();
        assertThat(target).doesNotExist();
    }
}
