package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.notes.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dockernotes check lints the docker command lines of any notes folder. */
class CheckDockerLinesTest {
    @TempDir
    Path home;

    @Test
    void everyDockerLineThatCannotRunIsListedAsFileLineMessage() {
        String dir = Fixtures.folder("dockerlines").toString();
        Cli.Run r = new Cli(home).run("check", "--notes", dir);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(String.join("\n",
                dir + "/lines.md:16: `--foo` is not a flag of docker container ls",
                dir + "/lines.md:19: `--detatch` is not a flag of docker container run; did you mean `--detach`?",
                dir + "/lines.md:20: `docker contianer stop` is not a docker command; did you mean `docker container stop`?",
                dir + "/lines.md:21: `--tail` needs a value (string)",
                dir + "/lines.md:22: docker refuses `127.0.0.1:80`: invalid hostPort: 127.0.0.1 (with an address, give the"
                        + " host port too: 127.0.0.1:8080:80, or 127.0.0.1::80 for a random one)",
                dir + "/lines.md:23: `\u2014name` looks like `--name` with a typographic dash (\u2014); type two plain hyphens",
                ""));
        assertThat(r.err()).isEqualTo("dockernotes: 6 problems found\n");
    }

    @Test
    void theIssuesExampleFails(@TempDir Path notes) throws Exception {
        Files.writeString(notes.resolve("notes.md"), "# Notes\n\nList with `docker container list --foo`.\n\n"
                + "```bash\ndocker run --detatch nginx\n```\n");
        Cli.Run r = new Cli(home).run("check", "--notes", notes.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(notes.resolve("notes.md") + ":3: `--foo` is not a flag of docker container ls\n"
                + notes.resolve("notes.md") + ":6: `--detatch` is not a flag of docker container run; did you mean `--detach`?\n");
    }

    @Test
    void escapeSequencesInTheNotesAreNotSentToTheTerminal(@TempDir Path notes) throws Exception {
        Files.writeString(notes.resolve("notes.md"), "# Notes\n\n```bash\ndocker run --bad\u001b[2J nginx\n```\n");
        Cli.Run r = new Cli(home).run("check", "--notes", notes.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(notes.resolve("notes.md") + ":4: `--bad^[[2J` is not a flag of docker container run\n");
    }

    @Test
    void notesWithRunnableDockerLinesAreClean(@TempDir Path notes) throws Exception {
        Files.writeString(notes.resolve("notes.md"), "# Notes\n\nSay docker run --detatch in prose: not a command line.\n\n"
                + "```bash\ndocker run -d --name web -p 8080:80 nginx\ndocker exec -it <container> sh\n```\n");
        Cli.Run r = new Cli(home).run("check", "--notes", notes.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("ok: 1 files");
    }
}
