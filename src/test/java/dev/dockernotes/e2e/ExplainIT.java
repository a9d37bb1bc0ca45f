package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explain through the built launcher, as a new user types it: a command, a line, a typo, JSON. */
class ExplainIT {
    @TempDir
    Path tmp;

    @Test
    void aCommandFromTheNotesAndTheModel() throws Exception {
        Launcher.Result r = Launcher.run(tmp.resolve("home"), tmp, "", "explain", "docker", "container", "stop");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("docker container stop\n").contains("Aliases: docker stop")
                .contains("show container-commands-reference").doesNotContain("\u001b[");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aLineWithTheContainersOwnCommand() throws Exception {
        Launcher.Result r = Launcher.run(tmp.resolve("home"), tmp, "", "explain", "docker", "run", "-it", "ubuntu",
                "bash", "-c", "ls -l");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("-i, --interactive").contains("[container command]")
                .contains("[container command argument]");
    }

    @Test
    void typosAndJson() throws Exception {
        Launcher.Result typo = Launcher.run(tmp.resolve("home"), tmp, "", "explain", "docker", "contianer", "stp");
        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.err()).contains("did you mean `docker container stop`?").doesNotContain("Exception");
        Launcher.Result json = Launcher.run(tmp.resolve("home"), tmp, "", "explain", "--json", "docker", "ps", "-a");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"canonical\" : \"docker container ls\"").contains("\"kind\" : \"flag\"");
    }
}
