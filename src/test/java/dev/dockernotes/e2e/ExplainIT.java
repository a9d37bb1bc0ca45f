package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.testing.Processes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explain through the built launcher, as a new user types it: a command, a line, a typo, JSON. */
class ExplainIT {
    @TempDir
    Path tmp;

    @Test
    void aCommandFromTheNotesAndTheModel() throws Exception {
        Processes.Result r = Launcher.run(tmp.resolve("home"), tmp, "", "explain", "docker", "container", "stop");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("docker container stop\n").contains("Aliases: docker stop")
                .contains("show container-commands-reference").doesNotContain("\u001b[");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aLineWithTheContainersOwnCommand() throws Exception {
        Processes.Result r = Launcher.run(tmp.resolve("home"), tmp, "", "explain", "docker", "run", "-it", "ubuntu",
                "bash", "-c", "ls -l");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("-i, --interactive").contains("[container command]")
                .contains("[container command argument]");
    }

    @Test
    void typosAndJson() throws Exception {
        Processes.Result typo = Launcher.run(tmp.resolve("home"), tmp, "", "explain", "docker", "contianer", "stp");
        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.err()).contains("did you mean `docker container stop`?").doesNotContain("Exception");
        Processes.Result json = Launcher.run(tmp.resolve("home"), tmp, "", "explain", "--json", "docker", "ps", "-a");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"canonical\" : \"docker container ls\"").contains("\"kind\" : \"flag\"");
    }

    @Test
    void aPastedEmDashAndAnotherProgramAreSaidPlainly() throws Exception {
        Processes.Result dash = Launcher.run(tmp.resolve("home"), tmp, "", "explain", "docker run \u2014name web nginx");
        assertThat(dash.exitCode()).isEqualTo(1);
        assertThat(dash.err()).isEqualTo("dockernotes: `\u2014name` looks like `--name` with a typographic dash (\u2014);"
                + " type two plain hyphens\n");
        assertThat(dash.out()).contains("--name").contains("the container's name: web");
        Processes.Result kubectl = Launcher.run(tmp.resolve("home"), tmp, "", "explain", "kubectl", "get", "pods");
        assertThat(kubectl.exitCode()).isEqualTo(1);
        assertThat(kubectl.out()).isEmpty();
        assertThat(kubectl.err()).isEqualTo("dockernotes: `kubectl get pods` is not a docker command, and the notes do not cover `kubectl`\n");
    }

    @Test
    void checkLintsTheDockerLinesOfANotesFolder() throws Exception {
        java.nio.file.Path notes = tmp.resolve("notes");
        java.nio.file.Files.createDirectories(notes);
        java.nio.file.Files.writeString(notes.resolve("notes.md"), "# Notes\n\nList with `docker container list --foo`.\n\n"
                + "```bash\ndocker run --detatch nginx\n```\n");
        Processes.Result r = Launcher.run(tmp.resolve("home"), tmp, "", "check", "--notes", notes.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(notes.resolve("notes.md") + ":3: `--foo` is not a flag of docker container ls\n"
                + notes.resolve("notes.md") + ":6: `--detatch` is not a flag of docker container run; did you mean `--detach`?\n");
    }
}
