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
        return new ProgressStore(home).load();
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
        assertThat(r.err()).isEqualTo("Forget reading progress for chapter2 (2/8 sections read)? [y/N] ");
        assertThat(r.out()).isEqualTo("Forgot reading progress for chapter2 (2 sections).\n");
        assertThat(saved().isRead("runc")).isFalse();
        assertThat(saved().isRead("containerd")).isFalse();
        assertThat(saved().isRead("what-about-kubernetes")).as("other chapters kept").isTrue();
        assertThat(saved().quizRecords()).as("quiz results kept").containsKey("q1");
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
        assertThat(saved().isRead("runc")).isFalse();
    }

    @Test
    void aChapterWithNothingReadHasNothingToForget() {
        Cli.Run r = new Cli(home).run("reset", "chapter3");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Nothing to forget: no section of chapter3 is marked read.\n");
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
