package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.progress.ProgressStore;
import dev.dockernotes.progress.ReadOnlyFolder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When progress cannot be saved, the learner is told once, when the command starts, and not told to resume. */
class ProgressNotSavedTest {
    @TempDir
    Path home;

    /** Runs with standard output and error into one writer, in the order they were written. */
    private static String runInterleaved(AppContext ctx, String... args) {
        StringWriter both = new StringWriter();
        PrintWriter w = new PrintWriter(both, true);
        int code = CommandLineFactory.forArgs(ctx, w, w, args).execute(args);
        assertThat(code).as(both.toString()).isZero();
        return both.toString();
    }

    @Test
    void aLessonInAReadOnlyStateFolderSaysSoBeforeItOpensAndDoesNotAdviseResuming() throws Exception {
        new ProgressStore(home).update(p -> p.markRead("chapter1", "what-is-docker", "What is Docker?"));
        try (ReadOnlyFolder ro = ReadOnlyFolder.of(home)) {
            Cli cli = new Cli(home).env("NO_COLOR", "1");
            AppContext ctx = cli.context();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] errWhenTheLessonOpened = new String[1];
            InputStream keys = new ByteArrayInputStream("nnq".getBytes(StandardCharsets.UTF_8)) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    if (errWhenTheLessonOpened[0] == null) {
                        errWhenTheLessonOpened[0] = err.toString();
                    }
                    return super.read(b, off, len);
                }

                @Override
                public synchronized int read() {
                    if (errWhenTheLessonOpened[0] == null) {
                        errWhenTheLessonOpened[0] = err.toString();
                    }
                    return super.read();
                }
            };
            DumbTerminal terminal = new DumbTerminal("test", "xterm-256color", keys, new ByteArrayOutputStream(),
                    StandardCharsets.UTF_8);
            terminal.setSize(new Size(80, 24));
            Cli.inShellOn(ctx, terminal);

            int code = CommandLineFactory.forArgs(ctx, new PrintWriter(out, true), new PrintWriter(err, true), "learn", "chapter2")
                    .execute("learn", "chapter2");

            String notice = "dockernotes: progress is not being saved: " + home + " is not writable\n";
            assertThat(code).isZero();
            assertThat(errWhenTheLessonOpened[0]).as("said up front").isEqualTo(notice);
            assertThat(err.toString()).as("and only once").isEqualTo(notice);
            assertThat(out.toString()).contains("Stopped at section 3 of 8: containerd.").doesNotContain("Continue with");
        }
    }

    @Test
    void aPipedQuizInAReadOnlyStateFolderSaysSoOnceBeforeTheFirstQuestion() throws Exception {
        try (ReadOnlyFolder ro = ReadOnlyFolder.of(home)) {
            String both = runInterleaved(new Cli(home).stdin("x\nx\n").context(), "quiz", "ch1", "--count", "2", "--seed", "1");
            String notice = "dockernotes: progress is not being saved: " + home + " is not writable\n";
            assertThat(both).containsOnlyOnce(notice);
            assertThat(both.indexOf(notice)).isLessThan(both.indexOf("Question 1 of 2"));
        }
        assertThat(home.resolve("progress.json")).doesNotExist();
    }

    @Test
    void aStateFolderThatCannotBeMadeIsSaidUpFrontToo() throws IOException {
        Path state = Files.writeString(home.resolve("a-file"), "x").resolve("state");
        String both = runInterleaved(new Cli(state).context(), "learn", "chapter1");
        assertThat(both).startsWith("dockernotes: progress is not being saved: " + state + " is not writable\n")
                .containsOnlyOnce("not being saved").contains("Chapter 1");
    }

    @Test
    void aProgressFileFromANewerDockernotesStillLetsYouReadWithOneLineWhy() throws IOException {
        Files.writeString(home.resolve("progress.json"), "{\"version\": 99, \"read\": {}}");
        Cli.Run r = new Cli(home).run("learn", "chapter1");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("dockernotes: progress is not being saved: progress file " + home.resolve("progress.json")
                + " was written by a newer dockernotes (version 99); upgrade dockernotes or move the file away\n");
        assertThat(r.out()).contains("Chapter 1");
        assertThat(Files.readString(home.resolve("progress.json"))).isEqualTo("{\"version\": 99, \"read\": {}}");
    }

    @Test
    void aQuizStoppedInAReadOnlyStateFolderSaysTheAnswersWereNotSaved() throws Exception {
        try (ReadOnlyFolder ro = ReadOnlyFolder.of(home)) {
            Cli.Run r = new Cli(home).stdin("x\n").run("quiz", "ch1", "--count", "2", "--seed", "1");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Stopped (end of input) after 1 of 2 questions; your answers so far are not saved"
                    + " (progress is not being saved).").doesNotContain("are saved");
            assertThat(r.err()).isEqualTo("dockernotes: progress is not being saved: " + home + " is not writable\n");
        }
    }

    @Test
    void aQuizAnsweredToTheEndInAReadOnlyStateFolderSaysTheAnswersWereNotSaved() throws Exception {
        try (ReadOnlyFolder ro = ReadOnlyFolder.of(home)) {
            Cli.Run r = new Cli(home).stdin("x\n").run("quiz", "ch1", "--count", "1", "--seed", "1");
            assertThat(r.out()).contains("Your answers were not saved (progress is not being saved).", "Score: ");
        }
        Cli.Run saved = new Cli(home).stdin("x\n").run("quiz", "ch1", "--count", "1", "--seed", "1");
        assertThat(saved.out()).contains("Score: ").doesNotContain("not saved");
    }

    @Test
    void aQuizInJsonSaysWhetherTheAnswersWereSavedAndWhyNot() throws Exception {
        Files.writeString(home.resolve("progress.json"), "{\"version\": 99}");
        Cli.Run r = new Cli(home).stdin("x\n").run("quiz", "ch1", "--count", "1", "--seed", "1", "--json");
        assertThat(r.exitCode()).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(json.get("saved").asBoolean()).isFalse();
        assertThat(json.get("notSavedBecause").asText()).contains("written by a newer dockernotes (version 99)");
        assertThat(r.err()).containsOnlyOnce("not being saved");

        Files.delete(home.resolve("progress.json"));
        Cli.Run ok = new Cli(home).stdin("x\n").run("quiz", "ch1", "--count", "1", "--seed", "1", "--json");
        com.fasterxml.jackson.databind.JsonNode saved = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ok.out());
        assertThat(saved.get("saved").asBoolean()).isTrue();
        assertThat(saved.has("notSavedBecause")).isFalse();
    }

    @Test
    void openingALabInAReadOnlyStateFolderSaysSoOnceUpFront() throws Exception {
        try (ReadOnlyFolder ro = ReadOnlyFolder.of(home)) {
            String both = runInterleaved(new Cli(home).context(), "lab", "chapter1");
            String notice = "dockernotes: progress is not being saved: " + home + " is not writable\n";
            assertThat(both).startsWith(notice).containsOnlyOnce("not being saved").contains("Lab ch1-first-container", "Step 1 of");
        }
    }

    @Test
    void aLabHintWithAProgressFileFromANewerDockernotesIsStillGivenWithOneLineWhy() throws IOException {
        Files.writeString(home.resolve("progress.json"), "{\"version\": 99}");
        Cli.Run r = new Cli(home).run("lab", "ch1-first-container", "hint");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("dockernotes: progress is not being saved: progress file " + home.resolve("progress.json")
                + " was written by a newer dockernotes (version 99); upgrade dockernotes or move the file away\n");
        assertThat(r.out()).startsWith("Hint 1 of 3 (step 1 of lab ch1-first-container)")
                .as("a hint not counted would be given again: no 'More'").doesNotContain("More:");
        assertThat(Files.readString(home.resolve("progress.json"))).isEqualTo("{\"version\": 99}");
    }

    @Test
    void aLabCheckInAReadOnlyStateFolderSaysSoBeforeItAsksTheEngine() throws Exception {
        assertThat(new Cli(home).run("lab", "ch3-containers").exitCode()).isZero(); // open: check saves nothing before the engine
        try (ReadOnlyFolder ro = ReadOnlyFolder.of(home)) {
            Path socket = Files.createTempDirectory("dn-nosock").resolve("docker.sock");
            Cli.Run r = new Cli(home).env("DOCKER_HOST", "unix://" + socket).run("lab", "ch3-containers", "check");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).startsWith("dockernotes: progress is not being saved: " + home + " is not writable\n"
                    + "dockernotes: Docker is not running here").containsOnlyOnce("not being saved");
        }
    }
}
