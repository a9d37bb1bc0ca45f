package dev.dockernotes.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A terminal type's capabilities kept beside the jar while its terminfo entry is unchanged (jline's InfoCmp is process-wide: each test has its own type names). */
class TerminfoCacheTest {
    @TempDir
    Path dir;

    private TerminfoCache cache() {
        return new TerminfoCache(dir.resolve("native"), Map.of("TERMINFO", dir.resolve("terminfo").toString()));
    }

    private void entry(String type, String bytes) throws Exception {
        Path file = dir.resolve("terminfo").resolve(type.substring(0, 1)).resolve(type);
        Files.createDirectories(file.getParent());
        Files.writeString(file, bytes);
    }

    @Test
    void onlyTypesWithAnEntryAndAFileName() throws Exception {
        entry("dn-test-a", "compiled");
        assertThat(cache().key("dn-test-a")).hasValueSatisfying(k -> assertThat(k).contains("dn-test-a 8 "));
        assertThat(cache().key("dn-test-missing")).isEmpty();
        assertThat(cache().key("xterm-256color")).as("jline has its own copy").isEmpty();
        assertThat(cache().key("../../etc/passwd")).isEmpty();
        assertThat(cache().key(null)).isEmpty();
    }

    @Test
    void anEntryInTheFolderNamedByItsFirstLettersHexCodeIsFoundToo() throws Exception {
        Path file = dir.resolve("terminfo").resolve("64").resolve("dn-test-hex"); // 'd' is 0x64 (macOS's layout)
        Files.createDirectories(file.getParent());
        Files.writeString(file, "compiled!");
        assertThat(cache().key("dn-test-hex")).hasValueSatisfying(k -> assertThat(k).startsWith(file.toString() + " 9 "));
    }

    @Test
    void whatInfocmpSaidIsKeptAndGivenBackWhileTheEntryIsUnchanged() throws Exception {
        entry("dn-test-b", "compiled");
        InfoCmp.setLoadedInfoCmp("dn-test-b", "dn-test-b|a test,\n\tcols#80,\n");
        cache().keep("dn-test-b");

        assertThat(dir.resolve("native/terminfo-dn-test-b.caps"))
                .hasContent(cache().key("dn-test-b").orElseThrow() + "\ndn-test-b|a test,\n\tcols#80,\n");

        entry("dn-test-c", "compiled");
        Files.writeString(dir.resolve("native/terminfo-dn-test-c.caps"), cache().key("dn-test-c").orElseThrow()
                + "\ndn-test-b|a test,\n\tcols#80,\n");
        cache().prime("dn-test-c");
        assertThat(InfoCmp.getLoadedInfoCmp("dn-test-c")).isEqualTo("dn-test-b|a test,\n\tcols#80,\n");

        entry("dn-test-d", "compiled");
        Files.writeString(dir.resolve("native/terminfo-dn-test-d.caps"), cache().key("dn-test-d").orElseThrow() + "\ncaps");
        entry("dn-test-d", "recompiled, longer"); // the entry changed since: not used
        cache().prime("dn-test-d");
        assertThat(InfoCmp.getLoadedInfoCmp("dn-test-d")).isNull();
    }
}
