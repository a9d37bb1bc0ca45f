package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where explain quotes the notes and a correction beside them marks the quote wrong, the
 * correction comes with it: the user's words as they are, then the right fact and its source.
 */
class ExplainCorrectionsTest {
    @TempDir
    Path home;

    private Cli.Run explain(String columns, String... words) {
        String[] args = new String[words.length + 1];
        args[0] = "explain";
        System.arraycopy(words, 0, args, 1, words.length);
        return new Cli(home).env("COLUMNS", columns).run(args);
    }

    private JsonNode json(String... words) throws Exception {
        List<String> args = new ArrayList<>(List.of(words));
        args.add("--json");
        Cli.Run r = explain("80", args.toArray(String[]::new));
        return new ObjectMapper().readTree(r.out());
    }

    /** Every note entry of the JSON, the explanation's and its tokens'. */
    private static List<JsonNode> notes(JsonNode j) {
        List<JsonNode> out = new ArrayList<>();
        j.get("notes").forEach(out::add);
        j.get("tokens").forEach(t -> {
            if (t.has("notes")) {
                t.get("notes").forEach(out::add);
            }
        });
        return out;
    }

    private static JsonNode noteWith(JsonNode j, String words) {
        return notes(j).stream().filter(n -> n.get("text").asText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no note with \"" + words + "\" in " + j.get("notes")));
    }

    /** The text after the quote, up to the next quote's attribution or the end. */
    private static String after(String out, String quote) {
        int at = out.indexOf(quote);
        assertThat(at).as("the quote is there: " + quote).isNotNegative();
        return out.substring(at + quote.length());
    }

    @Test
    void theStopCommandsWrongExitStateIsCorrectedRightAfterTheQuote() throws Exception {
        Cli.Run r = explain("80", "docker", "container", "stop");
        assertThat(r.exitCode()).isZero();
        String rest = after(r.out(), "Will stop a running container and put it in the Exited (0) state.");
        assertThat(rest.indexOf("\n  CORRECTION: The state is Exited with the process's own exit code"))
                .as("the correction follows the quote, before its attribution")
                .isPositive().isLessThan(rest.indexOf("— Container Commands Reference"));
        assertThat(rest.replaceAll("\n +", " ")).contains("143 (128 + 15)").contains("137 (128 + 9, SIGKILL)")
                .contains("(Source: Docker docs, \"docker container stop\"");

        JsonNode stop = noteWith(json("docker", "container", "stop"), "Exited (0) state");
        assertThat(stop.get("text").asText()).as("the user's words stay as they are")
                .startsWith("Will stop a running container and put it in the Exited (0) state.");
        assertThat(stop.get("correction").get("text").asText()).startsWith("The state is Exited with the process's own exit code");
        assertThat(stop.get("correction").get("source").asText()).startsWith("Docker docs, \"docker container stop\"");
    }

    @Test
    void ctrlPqIsCorrectedAndItsDescriptionIsTheRightFact() throws Exception {
        Cli.Run r = explain("80", "Ctrl-PQ");
        assertThat(r.exitCode()).isZero();
        String rest = after(r.out(), "leave the\n  container running (UP) in the background\n");
        assertThat(rest).startsWith("  CORRECTION: It is two keys in a row, Ctrl-P then Ctrl-Q");
        assertThat(rest.replaceAll("\n +", " "))
                .contains("(Source: Docker docs, \"docker container attach\"");
        assertThat(rest.indexOf("CORRECTION")).isLessThan(rest.indexOf("(from Container Commands Reference)"));

        JsonNode j = json("Ctrl-PQ");
        assertThat(j.get("kind").asText()).isEqualTo("keys");
        assertThat(j.get("notes").get(0).get("text").asText()).startsWith("Will detach your shell");
        assertThat(j.get("notes").get(0).get("correction").get("text").asText()).startsWith("It is two keys in a row");
        assertThat(j.get("description").asText()).as("what explain states itself is the corrected fact")
                .startsWith("It is two keys in a row").doesNotContain("Will detach your shell");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "network interfaces|creating network interfaces|containerd does not create network interfaces",
        "low-level runtime|reference implementation of Open|runc is the reference implementation of the OCI runtime specification",
        "shim|called daemonless|Only with live restore.",
        "daemonless|called daemonless containers|Only with live restore.",
        "linux implementation|docker-containerd-shim|These are the names before Docker 18.09.",
        "docker-runc|docker-runc|These are the names before Docker 18.09.",
        "2375|2375/tcp|2375 is the conventional port for the unencrypted TCP socket"})
    void aConceptsCorrectedSectionComesWithItsCorrection(String words, String quoted, String correction) throws Exception {
        Cli.Run r = explain("80", words.split(" "));
        assertThat(r.exitCode()).isZero();
        String rest = after(r.out(), quoted);
        assertThat(rest.replace("\n    ", " ")).contains("  CORRECTION: " + correction);
        assertThat(rest.indexOf("CORRECTION")).as("right with the quote, before the related topics")
                .isLessThan(rest.indexOf("Related topics:"));

        JsonNode note = noteWith(json(words.split(" ")), quoted);
        assertThat(note.get("correction").get("text").asText()).startsWith(correction);
        assertThat(note.get("correction").get("source").asText()).isNotBlank();
    }

    @Test
    void aFlagsNoteOnACommandLineCarriesItsCorrection() throws Exception {
        Cli.Run r = explain("80", "docker", "run", "-d", "ubuntu");
        assertThat(r.exitCode()).isZero();
        String rest = after(r.out(), "notes: We use the `-d` flag to tell the container to run in the\n");
        assertThat(rest.replaceAll("\n +", " ")).contains("CORRECTION: Docker calls this detached mode (-d, --detach), not daemon mode");
        assertThat(r.out()).as("the correction is not quoted as if it were the notes")
                .doesNotContain("notes: > Correction").doesNotContain("notes: Correction");

        JsonNode d = json("docker", "run", "-d", "ubuntu").get("tokens").get(2);
        assertThat(d.get("text").asText()).isEqualTo("-d");
        assertThat(d.get("notes")).hasSize(1);
        assertThat(d.get("notes").get(0).get("correction").get("text").asText()).startsWith("Docker calls this detached mode");
    }

    @Test
    void aCorrectionOfOneCommandInACodeBlockIsNotPinnedOnTheOtherLines() throws Exception {
        // the correction below Common Commands' block is about its docker image build lines only
        JsonNode it = json("docker", "run", "-it", "ubuntu").get("tokens").get(2);
        assertThat(it.get("text").asText()).isEqualTo("-it");
        assertThat(it.get("notes")).isNotEmpty().allSatisfy(n -> assertThat(n.has("correction")).as(n.toString()).isFalse());
        assertThat(explain("80", "docker", "run", "-it", "ubuntu").out()).doesNotContain("docker image build needs a build context");
        // and it still stands beside the block in the lesson
        assertThat(new Cli(home).run("show", "common-commands").out()).contains("needs a build context, the folder");
    }

    @Test
    void theSystemdOverrideAndItsProseAreCorrected() throws Exception {
        Cli.Run r = explain("80", "dockerd", "-H", "tcp://node3:2376");
        assertThat(r.exitCode()).isZero();
        String flat = r.out().replaceAll("\n +", " ");
        assertThat(flat).contains("ExecStart=/usr/bin/dockerd -H tcp://node3:2376 CORRECTION: This override drops the packaged -H fd://")
                .contains("(Source: Docker docs, \"Configure remote access for Docker daemon\"");
        assertThat(flat).as("a command only a correction names (dockerd --help in a source) is not a use of the notes")
                .doesNotContain("There are 2 levels of runtime").doesNotContain("Used in the notes");

        Cli.Run edit = explain("80", "systemctl", "edit", "docker");
        assertThat(after(edit.out(), "You may be able to do this with the `sudo systemctl edit docker` command.\n"))
                .startsWith("  CORRECTION: systemd does allow \"hosts\" in daemon.json.");
        JsonNode j = json("systemctl", "edit", "docker");
        JsonNode note = noteWith(j, "sudo systemctl edit docker");
        assertThat(note.get("correction").get("text").asText()).startsWith("systemd does allow \"hosts\" in daemon.json.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker container start", "docker container ls", "runc", "containerd"})
    void aQuoteNoCorrectionMarksStandsAlone(String words) throws Exception {
        Cli.Run r = explain("80", words.split(" "));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("CORRECTION");
        assertThat(notes(json(words.split(" ")))).isNotEmpty().allSatisfy(n -> assertThat(n.has("correction")).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"40", "80", "200"})
    void theCorrectionIsWrappedLikeTheRest(String columns) {
        Cli.Run r = explain(columns, "docker", "container", "stop");
        int width = Integer.parseInt(columns);
        String rest = after(r.out(), "Exited (0)");
        String correction = rest.substring(rest.indexOf("CORRECTION"), rest.indexOf("— Container Commands Reference")).stripTrailing();
        for (String line : correction.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(width);
        }
        String[] lines = correction.split("\n");
        assertThat(lines.length).as("a long correction wraps at " + columns).isGreaterThan(width < 200 ? 2 : 1);
        assertThat(java.util.Arrays.asList(lines).subList(1, lines.length)).allSatisfy(l -> assertThat(l).startsWith("    "));
    }

    @Test
    void inColourTheCorrectionIsLabelledAsOtherLabelsAre() {
        Cli.Run r = new Cli(home).onTerminal().env("COLUMNS", "80").run("explain", "Ctrl-PQ");
        assertThat(r.out()).contains("  \u001b[1m\u001b[33mCorrection:\u001b[0m\u001b[0m It is two keys in a row");
        Cli.Run plain = new Cli(home).onTerminal().env("NO_COLOR", "1").env("COLUMNS", "80").run("explain", "Ctrl-PQ");
        assertThat(plain.out()).contains("  CORRECTION: It is two keys in a row").doesNotContain("\u001b[");
    }
}
