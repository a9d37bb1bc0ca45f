package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResetCommandTest {
    @TempDir
    Path home;

    @BeforeEach
    void someProgress() {
        new ProgressStore(home).update(p -> {
            p.markRead("chapter1", "what-about-kubernetes", "What About Kubernetes?");
            p.markRead("chapter2", "runc", "runc");
            p.markRead("chapter2", "containerd", "containerd");
            p.quiz("q1").addAttempt(java.time.Instant.now(), true, "docker ps");
        });
    }

    private Progress saved() {
        return new ProgressStore(home).load().progress();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(home)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void asksBeforeForgettingAChapterAndForgetsOnYes() {
        Cli.Run r = new Cli(home).stdin("y\n").run("reset", "chapter2");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("Forget chapter2: 2/8 sections read? [y/N] ");
        assertThat(r.out()).startsWith("Forgot chapter2: 2 sections read. The old file is kept as " + home + "/progress.json.bak-");
        assertThat(saved().isRead("runc")).isFalse();
        assertThat(saved().isRead("containerd")).isFalse();
        assertThat(saved().isRead("what-about-kubernetes")).as("other chapters kept").isTrue();
        assertThat(saved().quizRecords()).as("quiz results kept").containsKey("q1");
    }

    @Test
    void aChapterWithOnlyQuizAnswersAndLabProgressOffersAllOfItAndAsksOnce() {
        new ProgressStore(home).update(p -> {
            p.quiz("ch3-layers").addAttempt(java.time.Instant.now(), true, "t");
            p.quiz("ch3-layers").addAttempt(java.time.Instant.now(), false, "f");
            p.quiz("ch3-read-only").addAttempt(java.time.Instant.now(), true, "t");
            p.lab("ch3-containers").finish("run-detached");
            p.lab("ch2-engine-api").finish("api-version");
        });

        Cli.Run r = new Cli(home).stdin("y\n").run("reset", "chapter3");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo(
                "Forget chapter3: 2 quiz questions answered (3 answers), progress in lab ch3-containers (1 step done)? [y/N] ");
        assertThat(r.out()).startsWith("Forgot chapter3: 2 quiz questions answered, progress in lab ch3-containers.");
        Progress p = saved();
        assertThat(p.quizRecords()).containsOnlyKeys("q1");
        assertThat(p.labRecords()).containsOnlyKeys("ch2-engine-api");
        assertThat(p.isRead("runc")).isTrue();
    }

    @Test
    void quizForgetsOnlyThatChaptersQuizResults() {
        new ProgressStore(home).update(p -> {
            p.quiz("ch2-engine").addAttempt(java.time.Instant.now(), true, "t");
            p.quiz("ch3-layers").addAttempt(java.time.Instant.now(), true, "t");
            p.quiz("ch2-engine").schedule().due(java.time.Instant.now());
        });

        Cli.Run r = new Cli(home).run("reset", "ch2", "--quiz", "--yes");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Forgot chapter2: 1 quiz question answered.");
        Progress p = saved();
        assertThat(p.quizRecords()).containsOnlyKeys("q1", "ch3-layers");
        assertThat(p.dueReviews(java.time.Instant.now())).isEmpty();
        assertThat(p.isRead("runc")).as("reading kept").isTrue();
    }

    @Test
    void partsCombineAndWithoutAChapterMeanEveryChapter() {
        new ProgressStore(home).update(p -> p.lab("ch3-containers").finish("run-detached"));

        Cli.Run r = new Cli(home).stdin("y\n").run("reset", "--reading", "--labs");

        assertThat(r.err()).isEqualTo("Forget in every chapter: 3/18 sections read, progress in lab ch3-containers (1 step done)? [y/N] ");
        assertThat(r.out()).startsWith("Forgot in every chapter: 3 sections read, progress in lab ch3-containers.");
        Progress p = saved();
        assertThat(p.readMarks()).isEmpty();
        assertThat(p.lastPlace()).isEmpty();
        assertThat(p.labRecords()).isEmpty();
        assertThat(p.quizRecords()).as("quiz results kept").containsKey("q1");
    }

    @Test
    void helpNamesTheParts() {
        Cli.Run r = new Cli(home).run("reset", "--help");
        assertThat(r.out()).contains("--reading", "--quiz", "--labs", "--yes", "progress.json.bak-TIME", "lab reset");
    }

    @Test
    void learnResetLearnLeavesAFileWithoutDuplicateKeys() throws Exception {
        Path fresh = Files.createDirectory(home.resolve("fresh"));
        new Cli(fresh).run("learn", "chapter1");
        assertThat(new Cli(fresh).run("reset", "--yes").exitCode()).isZero();
        new Cli(fresh).run("learn", "chapter1");
        String json = Files.readString(fresh.resolve("progress.json"));
        new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(json);
        assertThat(json).doesNotContain("\"empty\"");
    }

    @Test
    void aNewerFileIsNotReset() throws Exception {
        Path newer = Files.createDirectory(home.resolve("newer"));
        Files.writeString(newer.resolve("progress.json"), "{\"version\": 9}");
        Cli.Run r = new Cli(newer).run("reset", "--yes");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("dockernotes: cannot reset: progress is not being saved: progress file "
                + newer.resolve("progress.json") + " was written by a newer dockernotes (version 9); upgrade dockernotes"
                + " or move the file away\n");
        assertThat(Files.readString(newer.resolve("progress.json"))).isEqualTo("{\"version\": 9}");
    }

    @Test
    void aReadOnlyStateFolderIsSaidBeforeAsking() throws Exception {
        try (dev.dockernotes.progress.ReadOnlyFolder ro = dev.dockernotes.progress.ReadOnlyFolder.of(home)) {
            Cli.Run r = new Cli(home).stdin("y\n").run("reset", "chapter2");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("dockernotes: cannot reset: progress is not being saved: " + home + " is not writable\n");
        }
        assertThat(saved().isRead("runc")).isTrue();
    }

    @Test
    void noAnswerOrNoKeepsEverything() {
        Cli.Run no = new Cli(home).stdin("n\n").run("reset", "2");
        assertThat(no.exitCode()).isZero();
        assertThat(no.out()).isEqualTo("Nothing forgotten.\n");

        Cli.Run enter = new Cli(home).stdin("\n").run("reset", "2");
        assertThat(enter.out()).isEqualTo("Nothing forgotten.\n");

        Cli.Run eof = new Cli(home).run("reset", "ch2");
        assertThat(eof.exitCode()).isEqualTo(1);
        assertThat(eof.err()).endsWith("[y/N] \ndockernotes: nothing forgotten: no answer (use --yes to skip the question)\n");

        assertThat(saved().isRead("runc")).isTrue();
    }

    @Test
    void yesSkipsTheQuestion() {
        Cli.Run r = new Cli(home).run("reset", "chapter2", "--yes");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Forgot chapter2: 2 sections read.");
        assertThat(saved().isRead("runc")).isFalse();
    }

    @Test
    void aChapterWithNothingReadAnsweredOrDoneHasNothingToForget() {
        Cli.Run r = new Cli(home).run("reset", "chapter3");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Nothing to forget for chapter3: no sections read, no quiz answers, no lab progress.\n");

        Cli.Run quiz = new Cli(home).run("reset", "chapter2", "--quiz");
        assertThat(quiz.out()).isEqualTo("Nothing to forget for chapter2: no quiz answers.\n");
    }

    @Test
    void anUnknownChapterIsAnError() {
        Cli.Run r = new Cli(home).run("reset", "chapter9", "--yes");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("dockernotes: unknown chapter 'chapter9'");
        assertThat(saved().isRead("runc")).isTrue();
    }

    @Test
    void resetWithoutAChapterForgetsEverythingAndKeepsABackup() throws IOException {
        String before = Files.readString(home.resolve("progress.json"));

        Cli.Run r = new Cli(home).stdin("yes\n").run("reset");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("Forget all progress (sections read, quiz results, labs)? [y/N] ");
        List<String> backups = files().stream().filter(n -> n.startsWith("progress.json.bak-")).toList();
        assertThat(backups).hasSize(1);
        assertThat(r.out()).isEqualTo("Forgot all progress. The old file is kept as " + home.resolve(backups.get(0)) + ".\n");
        assertThat(Files.readString(home.resolve(backups.get(0)))).isEqualTo(before);
        assertThat(saved().isEmpty()).isTrue();
    }

    @Test
    void resetWithNothingSavedSaysSo() throws IOException {
        Path empty = Files.createDirectory(home.resolve("empty"));
        Cli.Run r = new Cli(empty).run("reset");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Nothing to forget: no progress is saved.\n");
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void aStateFolderThatCannotExistHasNothingToForget() throws IOException {
        Path file = Files.writeString(home.resolve("a-file"), "x");
        Path state = file.resolve("state");
        Cli.Run r = new Cli(state).run("reset", "--yes");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Nothing to forget: no progress is saved.\n");
    }
}
