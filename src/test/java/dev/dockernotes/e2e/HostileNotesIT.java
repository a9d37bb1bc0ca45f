package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dockernotes.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built launcher on notes that exhaust memory, and on a folder with a subfolder it may not read. */
class HostileNotesIT {
    @TempDir
    Path tmp;

    @Test
    void runningOutOfMemoryIsOneLineWithoutAStackTrace() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        String chapter = "# Chapter\n\n" + "## Section\n\nwords about volumes and containers\n\n".repeat(20_000);
        for (int i = 0; i < 5; i++) {
            Files.writeString(notes.resolve("c" + i + ".md"), chapter.replace("Section", "Section " + i));
        }
        Processes.Result r = Launcher.run(Launcher.SCRIPT, tmp.resolve("home"), tmp, "",
                Map.of("JAVA_TOOL_OPTIONS", "-Xmx24m"), "--notes", notes.toString(), "chapters");
        assertThat(r.exitCode()).isEqualTo(70);
        List<String> lines = r.err().lines().filter(l -> !l.startsWith("Picked up JAVA_TOOL_OPTIONS")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("dockernotes: out of memory").endsWith("(run again with --debug for details)");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    @Test
    void anUnreadableSubfolderIsSkippedWithAWarning() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root to run the launcher as nobody");
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.createDirectories(notes.resolve("ok"));
        Files.createDirectories(notes.resolve("locked"));
        Files.writeString(notes.resolve("ok/a.md"), "# Readable\n\nSome text.\n");
        Files.writeString(notes.resolve("locked/b.md"), "# Locked\n\nSecret.\n");
        Path home = Files.createDirectories(tmp.resolve("home"));
        for (Path p : List.of(tmp, notes, notes.resolve("ok"), home)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Files.setPosixFilePermissions(notes.resolve("ok/a.md"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(notes.resolve("locked"), PosixFilePermissions.fromString("---------"));
        Path jar = Launcher.ROOT.resolve("target/dockernotes.jar");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--notes", notes.toString(), "chapters");
        pb.environment().put("DOCKERNOTES_HOME", home.toString());
        Processes.Result r = Processes.run(pb, "", Processes.TIMEOUT);
        String out = r.out();
        String err = r.err();
        Files.setPosixFilePermissions(notes.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
        assertThat(err).isEqualTo("dockernotes: warning: " + notes.resolve("locked") + ": cannot read (AccessDeniedException); skipped\n");
        assertThat(out).isEqualTo("chapter1  Readable  (0 sections)\n");
        assertThat(r.exitCode()).isZero();
    }
}
