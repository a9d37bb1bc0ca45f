package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.Styles;
import dev.dockernotes.progress.ProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressCommandTest {
    @TempDir
    Path home;

    private void read(String chapter, String... topicIds) {
        new ProgressStore(home).update(p -> {
            for (String id : topicIds) {
                p.markRead(chapter, id, id);
            }
        });
    }

    @Test
    void newUserSeesEmptyBarsAndWhereToStart() {
        Cli.Run r = new Cli(home).run("progress");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("""
                chapter1  ░░░░░░░░░░░░  0/5  Chapter 1: Docker Fundamentals
                chapter2  ░░░░░░░░░░░░  0/8  Chapter 2: Docker Engine Architecture
                chapter3  ░░░░░░░░░░░░  0/5  Chapter 3: Images and Containers

                Start with: dockernotes learn chapter1
                """);
        assertThat(r.err()).isEmpty();
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void sectionsReadPerChapterLastPlaceAndWhereToContinue() {
        read("chapter1", "benefits-of-using-docker-or-containers-in-general", "windows-containers-vs-linux-containers",
                "what-about-kubernetes", "docker-technology", "common-commands");
        read("chapter2", "components-of-docker-engine", "runc", "containerd");

        Cli.Run r = new Cli(home).run("progress");

        assertThat(r.out()).isEqualTo("""
                chapter1  ████████████  5/5  Chapter 1: Docker Fundamentals
                chapter2  █████░░░░░░░  3/8  Chapter 2: Docker Engine Architecture
                chapter3  ░░░░░░░░░░░░  0/5  Chapter 3: Images and Containers

                Last place: chapter2, "containerd", just now
                Next: dockernotes learn chapter2  (continues at "Docker Socket File")
                """);
    }

    @Test
    void everythingReadSaysSo() {
        read("chapter1", "benefits-of-using-docker-or-containers-in-general", "windows-containers-vs-linux-containers",
                "what-about-kubernetes", "docker-technology", "common-commands");
        Cli.Run r = new Cli(home).run("--notes", notesWithOneChapter().toString(), "progress");
        assertThat(r.out()).contains("Every section read.");
    }

    private Path notesWithOneChapter() {
        try {
            Path notes = Files.createDirectories(home.resolve("notes"));
            Files.writeString(notes.resolve("chapter1.md"), """
                    ## Chapter 1: Docker Fundamentals

                    ### What About Kubernetes?

                    Text.

                    ### Common Commands

                    Text.
                    """);
            return notes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void colourOnATerminalAndPlainWithNoColor() {
        read("chapter2", "runc");
        Cli.Run coloured = new Cli(home).onTerminal().run("progress");
        assertThat(coloured.out()).contains("\u001b[");

        Cli.Run noColorEnv = new Cli(home).onTerminal().env("NO_COLOR", "1").run("progress");
        assertThat(noColorEnv.out()).doesNotContain("\u001b");
        Cli.Run noColorFlag = new Cli(home).onTerminal().run("progress", "--no-color");
        assertThat(noColorFlag.out()).doesNotContain("\u001b");
        Cli.Run piped = new Cli(home).run("progress");
        assertThat(piped.out()).doesNotContain("\u001b");
    }

    @Test
    void quizResultsAndLabsAppearOnceThereAreAny() {
        Instant past = Instant.parse("2026-01-01T00:00:00Z");
        new ProgressStore(home).update(p -> {
            p.quiz("q1").addAttempt(past, true, "docker ps");
            p.quiz("q1").schedule().due(past.plusSeconds(3600));
            p.quiz("q2").addAttempt(past, false, "docker ls");
            p.lab("first-container").finish("run");
            p.lab("first-container").useHint("run");
        });

        Cli.Run r = new Cli(home).run("progress");

        assertThat(r.out()).contains("""
                Quiz: 2 questions answered, 1 right the last time; 1 due for review
                Review them: dockernotes quiz --review

                Labs
                  first-container  1 step finished, 1 hint
                """);
    }

    @Test
    void jsonForScripts() throws Exception {
        read("chapter2", "runc");

        Cli.Run r = new Cli(home).run("progress", "--json");

        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("file").asText()).isEqualTo(home.resolve("progress.json").toString());
        assertThat(json.get("chapters")).hasSize(3);
        JsonNode ch2 = json.get("chapters").get(1);
        assertThat(ch2.get("chapter").asText()).isEqualTo("chapter2");
        assertThat(ch2.get("sections").asInt()).isEqualTo(8);
        assertThat(ch2.get("read").asInt()).isEqualTo(1);
        assertThat(ch2.get("readSections").get(0).asText()).isEqualTo("runc");
        assertThat(ch2.get("firstUnread").asText()).isEqualTo("components-of-docker-engine");
        assertThat(json.get("last").get("topic").asText()).isEqualTo("runc");
        assertThat(json.get("next").get("command").asText()).isEqualTo("dockernotes learn chapter2");
        assertThat(json.get("quiz").get("answered").asInt()).isZero();
    }

    @Test
    void aDeletedLastSectionIsShownAsGone() {
        new ProgressStore(home).update(p -> p.markRead("chapter2", "old-section", "Old Section"));
        Cli.Run r = new Cli(home).run("progress");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Last place: chapter2, \"Old Section\" (no longer in the notes), just now")
                .contains("Start with: dockernotes learn chapter1");
    }

    @Test
    void aCorruptFileIsReportedOnceAndProgressStartsFresh() throws Exception {
        Files.writeString(home.resolve("progress.json"), "{\"version\": 1, \"read\": [");
        Cli cli = new Cli(home);
        AppContext session = cli.context();

        Cli.Run first = cli.run(session, "progress");
        Cli.Run second = cli.run(session, "progress");

        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).startsWith("dockernotes: progress file was corrupt (not valid JSON")
                .contains("kept it as " + home.resolve("progress.json.corrupt-"))
                .endsWith("started fresh\n");
        assertThat(first.out()).contains("0/8");
        assertThat(second.err()).isEmpty();
    }

    @Test
    void aNewerFileShowsNoProgressSaysWhyInOneLineAndIsLeftAlone() throws Exception {
        Files.writeString(home.resolve("progress.json"), "{\"version\": 7}");
        Cli.Run r = new Cli(home).run("progress");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("dockernotes: progress is not being saved: progress file " + home.resolve("progress.json")
                + " was written by a newer dockernotes (version 7); upgrade dockernotes or move the file away\n");
        assertThat(r.out()).contains("0/8");
        assertThat(Files.readString(home.resolve("progress.json"))).isEqualTo("{\"version\": 7}");
    }

    @Test
    void readingWorksWhenTheStateFolderCannotBeCreated() throws Exception {
        Path file = Files.writeString(home.resolve("a-file"), "x");
        Cli.Run r = new Cli(file.resolve("state")).run("progress");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Start with: dockernotes learn chapter1");
    }

    @Test
    void barsShowStartedAndAlmostFinishedChaptersFaithfully() {
        Styles plain = new Styles(false);
        assertThat(ProgressCommand.bar(0, 8, plain)).isEqualTo("░░░░░░░░░░░░");
        assertThat(ProgressCommand.bar(1, 100, plain)).isEqualTo("█░░░░░░░░░░░");
        assertThat(ProgressCommand.bar(99, 100, plain)).isEqualTo("███████████░");
        assertThat(ProgressCommand.bar(100, 100, plain)).isEqualTo("████████████");
    }

    @Test
    void onANarrowTerminalLongTitlesWrapUnderTheirColumnWithNothingCut() {
        Cli.Run r = new Cli(home).onTerminal().env("NO_COLOR", "1").env("COLUMNS", "60").run("progress");
        assertThat(r.out()).contains("chapter2  ░░░░░░░░░░░░  0/8  Chapter 2: Docker Engine\n"
                + "                             Architecture\n").doesNotContain("…");
        assertThat(r.out().lines()).allMatch(line -> line.length() <= 60);
    }
}
