package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher runs the JVM with -Xrs (no thread dump on Ctrl-\), so dockernotes handles SIGINT,
 * SIGTERM and SIGHUP itself: it exits with 128 + the signal, as README lists.
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
}
