package dev.dockernotes.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapabilityCacheTest {
    @TempDir
    Path dir;

    private static CapabilityCache.Capabilities parsed(String type) {
        Set<Capability> bools = new HashSet<>();
        Map<Capability, Integer> ints = new HashMap<>();
        Map<Capability, String> strings = new HashMap<>();
        InfoCmp.parseInfoCmp(InfoCmp.getDefaultInfoCmp(type), bools, ints, strings);
        return new CapabilityCache.Capabilities(bools, ints, strings);
    }

    @Test
    void keptCapabilitiesReadBackAsJlineParsedThem() {
        CapabilityCache.Capabilities xterm = parsed("xterm-256color");
        assertThat(xterm.strings()).containsKey(Capability.cursor_address); // escape codes and all
        CapabilityCache cache = new CapabilityCache(dir);
        cache.write("xterm-256color", "key 1", xterm);
        CapabilityCache.Capabilities back = cache.read("xterm-256color", "key 1").orElseThrow();
        assertThat(back.bools()).isEqualTo(xterm.bools());
        assertThat(back.ints()).isEqualTo(xterm.ints());
        assertThat(back.strings()).isEqualTo(xterm.strings());
    }

    @Test
    void capabilitiesKeptUnderAnotherKeyAreNotUsed() {
        CapabilityCache cache = new CapabilityCache(dir);
        cache.write("screen-256color", "terminfo /usr/share/terminfo/s/screen-256color 3000 1", parsed("screen-256color"));
        assertThat(cache.read("screen-256color", "terminfo /usr/share/terminfo/s/screen-256color 3000 2")).isEmpty();
        assertThat(cache.read("xterm-256color", "terminfo /usr/share/terminfo/s/screen-256color 3000 1")).isEmpty();
    }

    @Test
    void aDamagedFileIsAMissNotAnError() throws Exception {
        CapabilityCache cache = new CapabilityCache(dir);
        cache.write("xterm-256color", "k", parsed("xterm-256color"));
        Path file;
        try (var files = Files.list(dir)) {
            file = files.findFirst().orElseThrow();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.substring(0, text.length() - 3), StandardCharsets.UTF_8); // cut short
        assertThat(cache.read("xterm-256color", "k")).isEmpty();
        Files.writeString(file, "k\nb no_such_capability\n", StandardCharsets.UTF_8);
        assertThat(cache.read("xterm-256color", "k")).isEmpty();
        Files.writeString(file, "k\ns cursor_address zz\n", StandardCharsets.UTF_8);
        assertThat(cache.read("xterm-256color", "k")).isEmpty();
    }

    @Test
    void aTypeUnfitForAFileNameIsNeverKept() throws Exception {
        CapabilityCache cache = new CapabilityCache(dir);
        cache.write("../../etc/x", "k", parsed("xterm-256color"));
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(cache.read("../../etc/x", "k")).isEmpty();
    }
}
