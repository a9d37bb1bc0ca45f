package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed docker's own flag descriptions: added when they differ, cached, skipped when slow. */
class ExplainInstalledDockerTest {
    @TempDir
    Path tmp;

    private Path fakeDocker(String body) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path docker = bin.resolve("docker");
        Files.writeString(docker, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private Cli.Run explain(Path bin) {
        return new Cli(tmp.resolve("home")).env("PATH", bin.toString()).env("COLUMNS", "200")
                .run("explain", "docker", "stop", "-t", "5", "web");
    }

    @Test
    void describesFlagsInTheInstalledDockersWordsWhenTheyDiffer() throws Exception {
        Path bin = fakeDocker("""
                cat <<'HELP'
                Usage:  docker container stop [OPTIONS] CONTAINER [CONTAINER...]

                Options:
                  -s, --signal string   Signal to send to the container
                  -t, --timeout int     Seconds to wait, says the installed docker
                HELP
                """);
        Cli.Run r = explain(bin);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("from your installed docker: Seconds to wait, says the installed docker");
        Files.delete(bin.resolve("docker"));
        fakeDocker("exit 1\n"); // same size? no: a new binary is a new cache key, and this one fails
        Cli.Run again = explain(bin);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).doesNotContain("from your installed docker");
    }

    @Test
    void aSlowDockerIsSkipped() throws Exception {
        Path bin = fakeDocker("sleep 5\n");
        Cli.Run r = explain(bin);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("-t, --timeout: Seconds to wait before killing the container")
                .doesNotContain("from your installed docker");
    }

    @Test
    void theSameWordsAreNotRepeated() throws Exception {
        Path bin = fakeDocker("""
                cat <<'HELP'
                Options:
                  -t, --timeout int     Seconds to wait before killing the container
                HELP
                """);
        assertThat(explain(bin).out()).doesNotContain("from your installed docker");
    }
}
