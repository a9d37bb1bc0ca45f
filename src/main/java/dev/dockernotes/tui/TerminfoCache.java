package dev.dockernotes.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.utils.InfoCmp;

/**
 * The capabilities of terminal types jline has no copy of (tmux-256color, alacritty, ...): jline
 * runs {@code infocmp -x TYPE} for them each time a terminal is built. The answer is kept in the
 * {@code native} folder beside the jar with the size, time and path of the terminfo file it came
 * from, and given to jline while that file is unchanged; a type whose file is not found is left to
 * jline's infocmp every time.
 */
final class TerminfoCache {
    private final Path dir;
    private final Map<String, String> env;

    TerminfoCache(Path dir, Map<String, String> env) {
        this.dir = dir;
        this.env = env;
    }

    /** Before the terminal is built: jline gets the kept capabilities of {@code type}, if still current. */
    void prime(String type) {
        Optional<String> key = key(type);
        if (key.isEmpty() || InfoCmp.getLoadedInfoCmp(type) != null) {
            return;
        }
        try {
            String kept = Files.readString(file(type), StandardCharsets.UTF_8);
            int eol = kept.indexOf('\n');
            if (eol > 0 && kept.substring(0, eol).equals(key.get())) {
                InfoCmp.setLoadedInfoCmp(type, kept.substring(eol + 1));
            }
        } catch (IOException | RuntimeException e) {
            // none kept (or unreadable): jline asks infocmp
        }
    }

    /** After: what jline learnt of {@code type} is kept for the next start. */
    void keep(String type) {
        Optional<String> key = key(type);
        String caps = key.isEmpty() ? null : InfoCmp.getLoadedInfoCmp(type);
        if (caps == null || caps.isBlank()) {
            return;
        }
        try {
            Path file = file(type);
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(key.get() + "\n" + caps)) {
                return;
            }
            Files.createDirectories(dir);
            NativeLibrary.writeAtomically(file, (key.get() + "\n" + caps).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // not kept: the next start asks infocmp again
        }
    }

    private Path file(String type) {
        return dir.resolve("terminfo-" + type + ".caps");
    }

    private static final java.util.regex.Pattern FILE_NAME_TYPE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");

    /** Whether a terminal type may be part of a file name here (no path, no dots first). */
    static boolean fitForFileName(String type) {
        return type != null && FILE_NAME_TYPE.matcher(type).matches();
    }

    /**
     * What identifies the compiled terminfo entry of {@code type}, found as ncurses finds it; empty
     * for a type jline knows itself, a name unfit for a file name, or an entry that is not found.
     */
    Optional<String> key(String type) {
        if (!fitForFileName(type) || InfoCmp.getDefaultInfoCmp(type) != null) {
            return Optional.empty();
        }
        String hex = Integer.toHexString(type.charAt(0)); // an ASCII letter or digit: two digits
        for (Path base : searchPath()) {
            for (String sub : new String[] {type.substring(0, 1), hex}) {
                Path entry = base.resolve(sub).resolve(type);
                try {
                    if (Files.isRegularFile(entry)) {
                        return Optional.of(entry.toAbsolutePath() + " " + Files.size(entry) + " "
                                + Files.getLastModifiedTime(entry).toMillis());
                    }
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * $TERMINFO, ~/.terminfo, $TERMINFO_DIRS (an empty entry: the system's folders), the system's
     * folders. Loops, not lambdas: the training run's terminal type may be one jline knows, and then
     * this is not run there, and a lambda the class-data-sharing archive lacks is spun at start.
     */
    private List<Path> searchPath() {
        List<Path> dirs = new ArrayList<>();
        String terminfo = env.get("TERMINFO");
        if (terminfo != null && !terminfo.isEmpty()) {
            dirs.add(Path.of(terminfo));
        }
        String home = env.get("HOME");
        if (home != null && !home.isEmpty()) {
            dirs.add(Path.of(home, ".terminfo"));
        }
        String listed = env.get("TERMINFO_DIRS");
        if (listed != null) {
            for (String d : listed.split(":", -1)) {
                if (d.isEmpty()) {
                    addSystemFolders(dirs);
                } else {
                    dirs.add(Path.of(d));
                }
            }
        }
        addSystemFolders(dirs);
        return dirs;
    }

    private static void addSystemFolders(List<Path> dirs) {
        for (String s : new String[] {"/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"}) {
            dirs.add(Path.of(s));
        }
    }
}
