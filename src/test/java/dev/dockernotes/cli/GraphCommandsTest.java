package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockernotes.notes.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** chapters, topics, show, search, graph, check and the global options, run in-process. */
class GraphCommandsTest {
    @TempDir
    Path home;

    private Cli.Run run(String... args) {
        return new Cli(home).run(args);
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void chaptersListsShortNamesTitlesAndSectionCounts() {
        Cli.Run r = run("chapters");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("""
                chapter1  Chapter 1: Docker Fundamentals  (5 sections)
                chapter2  Chapter 2: Docker Engine Architecture  (8 sections)
                chapter3  Chapter 3: Images and Containers  (5 sections)
                """);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void chaptersAsJson() throws Exception {
        JsonNode rows = json(run("chapters", "--json").out());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get("chapter").asText()).isEqualTo("chapter2");
        assertThat(rows.get(1).get("id").asText()).isEqualTo("chapter-2-docker-engine-architecture");
        assertThat(rows.get(1).get("sections").asInt()).isEqualTo(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chapter2", "2", "ch2", "engine"})
    void topicsOfOneChapterByAnyOfItsNames(String name) {
        Cli.Run r = run("topics", name);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Chapter 2: Docker Engine Architecture  chapter-2-docker-engine-architecture\n"
                + "  Components of Docker Engine  components-of-docker-engine\n");
        assertThat(r.out()).contains("    Shim Responsibilities  shim-responsibilities\n").doesNotContain("Chapter 3");
    }

    @Test
    void topicsAsJsonIsATree() throws Exception {
        JsonNode tree = json(run("topics", "--json").out());
        assertThat(tree).hasSize(3);
        assertThat(tree.get(1).get("children").get(5).get("id").asText()).isEqualTo("the-shim");
        assertThat(tree.get(1).get("children").get(5).get("children").get(0).get("id").asText()).isEqualTo("shim-responsibilities");
    }

    @Test
    void showPrintsTheTopicThenRelatedTopicsAndCommands() {
        Cli.Run r = run("show", "container-creation-process");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("containerd cannot actually create containers.")
                .contains("Related:\n").contains("show containerd").contains("show runc");
        Cli.Run ref = run("show", "container-commands-reference");
        assertThat(ref.out()).contains("Commands taught here:").contains("explain docker container stop");
    }

    @Test
    void showAsJson() throws Exception {
        JsonNode topic = json(run("show", "the-shim", "--json").out());
        assertThat(topic.get("id").asText()).isEqualTo("the-shim");
        assertThat(topic.get("chapter").asText()).isEqualTo("chapter2");
        assertThat(topic.get("line").asInt()).isEqualTo(56);
        assertThat(topic.get("children").get(0).asText()).isEqualTo("shim-responsibilities");
        assertThat(topic.get("markdown").asText()).contains("daemonless containers");
    }

    @Test
    void unknownTopicExitsOneWithDidYouMean() {
        Cli.Run r = run("show", "the-shin");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("dockernotes: unknown topic 'the-shin'; did you mean 'the-shim'?\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownChapterExitsOneWithDidYouMean() {
        Cli.Run r = run("topics", "chaptr3");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("dockernotes: unknown chapter 'chaptr3'; did you mean 'chapter3'");
    }

    @Test
    void searchRanksAndMarksMatches() {
        Cli.Run r = run("search", "volumes");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("1. How Volumes Work  how-volumes-work  chapter3\n");
        assertThat(r.out()).contains("*volume*");
    }

    @Test
    void searchAsJsonHasIdsScoresAndSnippets() throws Exception {
        JsonNode hits = json(run("search", "shim", "--json").out());
        assertThat(hits.get(0).get("id").asText()).isEqualTo("the-shim");
        assertThat(hits.get(0).get("score").asDouble()).isPositive();
        assertThat(hits.get(0).get("snippet").asText()).containsIgnoringCase("shim");
    }

    @Test
    void wordsWithDashesArePartOfTheQuery() {
        Cli.Run r = run("search", "docker", "run", "-d");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("1. Starting a Container in Daemon Mode");
        // search's own options still work anywhere, and after -- everything is the query
        assertThat(run("search", "docker", "run", "-d", "-n", "1").out().lines().count()).isEqualTo(2);
        Cli.Run dashes = run("search", "--", "-n", "xyzzyplugh");
        assertThat(dashes.exitCode()).isEqualTo(1);
        assertThat(dashes.err()).isEqualTo("dockernotes: no matches for '-n xyzzyplugh' in the notes\n");
    }

    @Test
    void searchWithNoMatchExitsOne() {
        Cli.Run r = run("search", "xyzzyplugh");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("dockernotes: no matches for 'xyzzyplugh' in the notes\n");
    }

    @Test
    void graphAsDotHasClustersNodesAndEdges() {
        Cli.Run r = run("graph");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("digraph dockernotes {\n").endsWith("}\n")
                .contains("subgraph \"cluster_chapter2\"")
                .contains("\"the-shim\" [label=\"The Shim\"];")
                .contains("\"the-shim\" -> \"shim-responsibilities\";")
                .contains("\"container-creation-process\" -> \"runc\" [style=dashed");
    }

    @Test
    void graphAsJsonHasEveryKindOfEdge() throws Exception {
        JsonNode g = json(run("graph", "--format", "json").out());
        assertThat(g.get("nodes").findValuesAsText("kind")).contains("chapter", "section", "command");
        assertThat(g.get("edges").findValuesAsText("kind")).contains("child", "next", "mention", "teaches");
    }

    @Test
    void checkIsCleanOnTheBuiltInNotes() {
        Cli.Run r = run("check");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("ok: ");
    }

    @Test
    void checkListsEachProblemAsFileLineMessage() {
        String dir = Fixtures.folder("broken").toString();
        Cli.Run r = run("check", "--notes", dir);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains(dir + "/notes.md:5: broken link to '#nowhere': no heading with anchor '#nowhere'\n")
                .contains(dir + "/latin1.md:3: not UTF-8 text; skipped\n");
        assertThat(r.err()).contains("problems found");
    }

    @Test
    void skippedFilesAreWarnedAboutAndTheRestLoads() {
        String dir = Fixtures.folder("broken").toString();
        Cli.Run r = run("chapters", "--notes", dir);
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("dockernotes: warning: " + dir + "/image.md: binary file, not Markdown text; skipped");
        assertThat(r.out()).contains("Broken").contains("Good");
    }

    @Test
    void notesFolderThatDoesNotExist() {
        Cli.Run r = run("--notes", home.resolve("missing").toString(), "chapters");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("dockernotes: notes folder '" + home.resolve("missing") + "' does not exist\n");
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() {
        String dir = Fixtures.folder("small").toString();
        assertThat(run("--notes", dir, "chapters").out()).contains("Basics");
        assertThat(run("chapters", "--notes", dir).out()).contains("Basics");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertThat(run("search", "shim").out()).doesNotContain("\u001b[");
        assertThat(new Cli(home).onTerminal().run("search", "shim").out()).contains("\u001b[");
        assertThat(new Cli(home).onTerminal().run("search", "shim", "--no-color").out()).doesNotContain("\u001b[");
        assertThat(new Cli(home).onTerminal().env("NO_COLOR", "1").run("search", "shim").out()).doesNotContain("\u001b[");
        assertThat(run("search", "shim", "--color=always").out()).contains("\u001b[");
    }

    @Test
    void usageErrorsExitTwoWithPicocliMessage() {
        Cli.Run r = run("chapters", "--bogus");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("dockernotes: Unknown option: '--bogus'");
        Cli.Run typo = run("chapter");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("Did you mean").contains("chapters");
        assertThat(run("graph", "--format", "svg").exitCode()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chapters", "topics", "show", "search", "graph", "check"})
    void everyCommandHasHelpAndVersion(String command) {
        Cli.Run help = run(command, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: dockernotes " + command);
        Cli.Run version = run(command, "--version");
        assertThat(version.out()).startsWith("dockernotes ");
    }

    @Test
    void noStackTraceWithoutDebugButOneWithIt() {
        Cli.Run plain = run("show", "nope-nope");
        assertThat(plain.err()).doesNotContain("\tat ");
        Cli.Run debug = run("show", "nope-nope", "--debug");
        assertThat(debug.err()).contains("\tat dev.dockernotes");
    }
}
