package dev.dockernotes.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jline.utils.InfoCmp.Capability;

/**
 * A terminal type's capabilities as jline parsed them, kept in the {@code native} folder beside the
 * jar so the next start skips jline's parsing: reading its table of capability names and parsing
 * the terminfo text costs tens of milliseconds cold, on every lesson and shell start. Kept under a
 * key that names where the capabilities came from (the terminfo file's path, size and time, or the
 * jar for the types jline carries itself): a different key is a miss, and jline parses as before.
 */
final class CapabilityCache {
    /** One terminal type's capabilities: jline's three tables. */
    record Capabilities(Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {}

    private final Path dir;

    CapabilityCache(Path dir) {
        this.dir = dir;
    }

    /** The capabilities kept for {@code type} under {@code key}; empty when none are, or not under that key. */
    Optional<Capabilities> read(String type, String key) {
        Path file = file(type);
        if (file == null) {
            return Optional.empty();
        }
        try {
            return decode(Files.readString(file, StandardCharsets.UTF_8), key);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none kept, or unreadable: jline parses
        }
    }

    /** Keeps what jline parsed for {@code type}; a failure only means the next start parses again. */
    void write(String type, String key, Capabilities caps) {
        Path file = file(type);
        if (file == null || caps.bools().isEmpty() && caps.ints().isEmpty() && caps.strings().isEmpty()) {
            return;
        }
        try {
            byte[] text = encode(key, caps).getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), text)) {
                return;
            }
            Files.createDirectories(dir);
            NativeLibrary.writeAtomically(file, text);
        } catch (IOException | RuntimeException e) {
            // not kept
        }
    }

    private Path file(String type) {
        return TerminfoCache.fitForFileName(type) ? dir.resolve("capabilities-" + type + ".txt") : null;
    }

    /** The key's line, then one line a capability: {@code b NAME}, {@code i NAME VALUE}, {@code s NAME HEX-UTF8}. */
    static String encode(String key, Capabilities caps) {
        StringBuilder sb = new StringBuilder(key.replace('\n', ' ')).append('\n');
        for (Capability c : caps.bools()) {
            sb.append("b ").append(c.name()).append('\n');
        }
        caps.ints().forEach((c, v) -> sb.append("i ").append(c.name()).append(' ').append(v).append('\n'));
        HexFormat hex = HexFormat.of();
        caps.strings().forEach((c, v) -> sb.append("s ").append(c.name()).append(' ')
                .append(hex.formatHex(v.getBytes(StandardCharsets.UTF_8))).append('\n'));
        return sb.toString();
    }

    static Optional<Capabilities> decode(String text, String key) {
        int eol = text.indexOf('\n');
        if (eol < 0 || !text.substring(0, eol).equals(key.replace('\n', ' '))) {
            return Optional.empty();
        }
        Set<Capability> bools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> ints = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        HexFormat hex = HexFormat.of();
        int start = eol + 1;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                return Optional.empty(); // cut short: not a whole file
            }
            String line = text.substring(start, end);
            start = end + 1;
            int space = line.indexOf(' ', 2);
            String name = space < 0 ? line.substring(2) : line.substring(2, space);
            Capability c = Capability.valueOf(name);
            switch (line.charAt(0)) {
                case 'b' -> bools.add(c);
                case 'i' -> ints.put(c, Integer.valueOf(line.substring(space + 1)));
                case 's' -> strings.put(c, new String(hex.parseHex(line.substring(space + 1)), StandardCharsets.UTF_8));
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Capabilities(bools, ints, strings));
    }
}
