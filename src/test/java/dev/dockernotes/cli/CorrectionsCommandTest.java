package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corrections beside the notes, as a learner meets them in show, learn, piped output and --json, and in check. */
class CorrectionsCommandTest {
    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    @Test
    void showPrintsTheUsersWordsThenTheCorrectionLabelledWithItsSource() {
        Cli.Run r = cli().run("show", "the-shim");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("""
                Docker daemon without impacting running containers!

                ▌ CORRECTION
                ▌ Only with live restore.""")
                .contains("--live-restore`")
                .contains("▌ Source: Docker docs, \"Live restore\"")
                .doesNotContain("[!WARNING]")
                .doesNotContain("\u001b");
    }

    @Test
    void inColourTheCorrectionHasItsOwnBarAndLabel() {
        Cli.Run r = cli().run("show", "secure-connection", "--color=always");
        assertThat(r.out()).contains("\u001b[33m▌ \u001b[0m\u001b[1;33mCorrection\u001b[0m")
                .contains("\u001b[31m▌ \u001b[0m\u001b[1;31mCorrection\u001b[0m");
    }

    @Test
    void pipedLearnShowsEveryCorrectionOfTheChapterBesideItsStatement() {
        Cli.Run r = cli().env("COLUMNS", "40").run("learn", "chapter3");
        assertThat(r.exitCode()).isZero();
        String out = r.out();
        assertThat(out.split("▌ CORRECTION\n", -1)).hasSize(5);
        int stop = out.indexOf("Exited (0) state. It does this by");
        assertThat(stop).isPositive();
        assertThat(out.indexOf("▌ CORRECTION", stop)).as("the correction follows the statement")
                .isLessThan(out.indexOf("docker container start", stop));
        assertThat(out).contains("137").contains("▌ Source: Docker docs, \"docker container\n▌ stop\"");
        for (String line : out.split("\n")) {
            if (line.startsWith("▌ ")) {
                assertThat(line.length()).as("a correction's line fits in 40 columns: " + line).isLessThanOrEqualTo(40);
            }
        }
    }

    @Test
    void learnOneSectionShowsItsCorrection() {
        Cli.Run r = cli().run("learn", "chapter2", "--section", "docker-socket-file");
        assertThat(r.out()).contains("On Windows: `\\\\pipe\\\\docker_engine`\n\n▌ CORRECTION\n▌ The Windows named pipe is `\\\\.\\pipe\\docker_engine`");
    }

    @Test
    void showJsonCarriesTheCorrectionsWithStatementFactAndSource() throws Exception {
        Cli.Run r = cli().run("show", "--json", "secure-connection");
        JsonNode corrections = new ObjectMapper().readTree(r.out()).get("corrections");
        assertThat(corrections).hasSize(3);
        JsonNode port = corrections.get(0);
        assertThat(port.get("topic").asText()).isEqualTo("secure-connection");
        assertThat(port.get("file").asText()).isEqualTo("notes/chapter2.md");
        assertThat(port.get("kind").asText()).isEqualTo("warning");
        assertThat(port.get("statement").asText()).isEqualTo("Default port: 2375/tcp");
        assertThat(port.get("correction").asText()).startsWith("2375 is the conventional port for the unencrypted TCP socket")
                .contains("2376");
        assertThat(port.get("source").asText()).startsWith("Docker docs, \"Protect the Docker daemon socket\"");
        assertThat(corrections.get(2).get("kind").asText()).isEqualTo("caution");
        assertThat(corrections.get(2).get("statement").asText()).contains("ExecStart=/usr/bin/dockerd -H tcp://node3:2376");
        assertThat(corrections.get(2).get("correction").asText()).contains("-H fd://").contains("--tlsverify");
    }

    @Test
    void topicsJsonGivesEachTopicItsOwnCorrections() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(cli().run("topics", "--json", "chapter1").out());
        JsonNode chapter = tree.get(0);
        assertThat(chapter.get("corrections")).isEmpty();
        JsonNode commands = null;
        for (JsonNode child : chapter.get("children")) {
            if (child.get("id").asText().equals("common-commands")) {
                commands = child;
            }
        }
        assertThat(commands).isNotNull();
        assertThat(commands.get("corrections")).singleElement().satisfies(c -> {
            assertThat(c.get("statement").asText()).contains("docker image build -t <ubuntu:latest>");
            assertThat(c.get("source").asText()).startsWith("docker image build --help");
        });
    }

    @Test
    void checkPointsAtACorrectionWithoutASourceByFileAndLine() throws Exception {
        Path notes = Files.createDirectories(home.resolve("notes"));
        Files.writeString(notes.resolve("ports.md"), """
                # Ports

                Default port: 2375.

                > [!WARNING]
                > **Correction:** 2376 is the TLS port.
                """);
        Cli.Run r = cli().run("--notes", notes.toString(), "check");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains(notes.resolve("ports.md") + ":5: correction without a source");
        assertThat(r.err()).contains("1 problem found");
    }
}
