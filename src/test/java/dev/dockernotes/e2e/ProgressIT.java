package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.progress.ReadOnlyFolder;
import dev.dockernotes.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress through the built launcher in a pipe: what is saved, where, and what reset forgets. */
class ProgressIT {
    @TempDir
    Path tmp;

    @Test
    void quizAnswersArePrivateCompactAndResetChapterQuizForgetsThem() throws Exception {
        Path home = tmp.resolve("state/dockernotes");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Processes.Result quiz = Launcher.run(Launcher.SCRIPT, out, tmp, "x\nx\n", java.util.Map.of("DOCKERNOTES_HOME", home.toString()),
                "quiz", "ch3", "--count", "2", "--seed", "3");
        assertThat(quiz.exitCode()).as(quiz.err()).isZero();
        assertThat(quiz.err()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("state")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("progress.lock")))).isEqualTo("rw-------");
        String json = Files.readString(home.resolve("progress.json"));
        assertThat(json).startsWith("{\"version\":2,").contains("\"answered\":1").doesNotContain("\n", "\"empty\"");

        Processes.Result reset = Launcher.run(Launcher.SCRIPT, out, tmp, "y\n", java.util.Map.of("DOCKERNOTES_HOME", home.toString()),
                "reset", "chapter3", "--quiz");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.err()).isEqualTo("Forget chapter3: 2 quiz questions answered (2 answers)? [y/N] ");
        assertThat(reset.out()).startsWith("Forgot chapter3: 2 quiz questions answered. The old file is kept as ");
        assertThat(Files.readString(home.resolve("progress.json"))).doesNotContain("ch3-");
    }

    @Test
    void aNewerProgressFileStillLetsYouReadAndIsLeftAlone() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("progress.json"), "{\"version\": 3000000000}");
        Processes.Result r = Launcher.run(home, tmp, "", "learn", "chapter1");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Chapter 1");
        assertThat(r.err()).isEqualTo("dockernotes: progress is not being saved: progress file " + home.resolve("progress.json")
                + " was written by a newer dockernotes (version 3000000000); upgrade dockernotes or move the file away\n");
        assertThat(Files.readString(home.resolve("progress.json"))).isEqualTo("{\"version\": 3000000000}");
    }

    @Test
    void aReadOnlyStateFolderIsSaidOnceUpFront() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("ro"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Processes.Result r;
        try (ReadOnlyFolder ro = ReadOnlyFolder.of(home)) {
            r = Launcher.run(Launcher.SCRIPT, out, tmp, "x\n", java.util.Map.of("DOCKERNOTES_HOME", home.toString()), "quiz", "ch1", "--count", "1");
        }
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("dockernotes: progress is not being saved: " + home + " is not writable\n");
        assertThat(r.out()).contains("Question 1 of 1");
    }
}
