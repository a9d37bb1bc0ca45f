package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * dockernotes handles SIGINT, SIGTERM and SIGHUP itself: it exits with 128 + the signal, as README
 * lists. Ctrl-\ (SIGQUIT) changes nothing, also in a pipe where no terminal of ours is open.
 */
class SignalsIT {
    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource({"TERM, 143", "HUP, 129", "INT, 130"})
    void aSignalEndsTheShellWithItsExitCode(String signal, int code) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Launcher.SCRIPT.toString(), "shell").redirectErrorStream(true);
        pb.environment().put("DOCKERNOTES_HOME", home.toString());
        Process p = pb.start(); // stdin stays open: the shell waits for a line
        InputStream out = p.getInputStream();
        StringBuilder seen = new StringBuilder();
        while (!seen.toString().contains("dockernotes> ")) {
            int c = out.read();
            assertThat(c).as("the prompt, before output ended: " + seen).isNotEqualTo(-1);
            seen.append((char) c);
        }
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String rest = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(code);
        assertThat(rest).doesNotContain("Exception", "Full thread dump");
    }

    @Test
    void ctrlBackslashInAPipePrintsNoThreadDumpAndTheShellGoesOn() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Launcher.SCRIPT.toString(), "shell").redirectErrorStream(true);
        pb.environment().put("DOCKERNOTES_HOME", home.toString());
        Process p = pb.start(); // stdin and stdout are pipes, as in `... | dockernotes shell | less`
        InputStream out = p.getInputStream();
        StringBuilder seen = new StringBuilder();
        readUntil(out, seen, "dockernotes> ");
        Process kill = new ProcessBuilder("kill", "-QUIT", String.valueOf(p.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        OutputStream in = p.getOutputStream();
        in.write("chapters\n".getBytes(StandardCharsets.UTF_8));
        in.close();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String rest = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(rest).isZero();
        assertThat(rest).contains("chapter1").doesNotContain("Full thread dump", "JNI global refs");
    }

    private static void readUntil(InputStream out, StringBuilder seen, String marker) throws Exception {
        while (!seen.toString().contains(marker)) {
            int c = out.read();
            assertThat(c).as("the prompt, before output ended: " + seen).isNotEqualTo(-1);
            seen.append((char) c);
        }
    }
}
