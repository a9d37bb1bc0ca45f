package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archive in a copied project: Java 17 records the jar's path in
 * the archive and rejects it elsewhere, so a copy must train its own and then map it.
 */
class ClassDataSharingIT {
    /** In a diagnostic run, classes mapped from the launcher's (dynamic, "top") archive say so. */
    private static final String FROM_ARCHIVE = "dev.dockernotes.Main source: shared objects file (top)";

    @TempDir
    Path tmp;

    /** A built project copied with cp -a (times kept, so nothing looks newer than the build). */
    private Path copyOfTheBuiltProject() throws Exception {
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy.resolve("target"));
        Files.createDirectories(copy.resolve("src"));
        // the original's archive comes along, as it does with cp -a of the whole folder
        Launcher.run(tmp.resolve("home"), tmp, "", "--version");
        run(List.of("cp", "-a", "dockernotes", "pom.xml", "notes", "quizzes", copy.toString()), Launcher.ROOT);
        run(List.of("cp", "-a", "src/main", copy.resolve("src").toString()), Launcher.ROOT);
        run(List.of("cp", "-a", "target/dockernotes.jar", "target/lib", "target/.dockernotes-built", "target/cds",
                copy.resolve("target").toString()), Launcher.ROOT);
        return copy;
    }

    /** Replaces text in the one file under {@code folder} that holds it (wherever a refactoring moved it). */
    private static void change(Path folder, String text, String replacement) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Files.readString(f).contains(text);
                } catch (IOException | java.io.UncheckedIOException e) {
                    return false;
                }
            }).toList();
        }
        assertThat(files).as(text).hasSize(1);
        Files.writeString(files.get(0), Files.readString(files.get(0)).replace(text, replacement));
    }

    private static void run(List<String> command, Path dir) throws Exception {
        Processes.Result r = Processes.run(new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true),
                null, Duration.ofSeconds(60));
        assertThat(r.exitCode()).as(r.out()).isZero();
    }

    private static List<String> archives(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("target/cds"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsa")).sorted().toList();
        }
    }

    private Processes.Result diagnose(Path project) throws Exception {
        return Launcher.run(project.resolve("dockernotes"), tmp.resolve("home"), tmp, "",
                Map.of("DOCKERNOTES_JAVA_OPTS", "-Xlog:class+load=info"), "--version");
    }

    @Test
    void aCopiedProjectTrainsAnArchiveForItsOwnPathAndUsesIt() throws Exception {
        List<String> original = archives(Launcher.ROOT);
        assertThat(original).hasSize(1);
        Path copy = copyOfTheBuiltProject();
        assertThat(archives(copy)).isEqualTo(original);

        Processes.Result r = Launcher.run(copy.resolve("dockernotes"), tmp.resolve("home"), tmp, "", Map.of(), "chapters");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        // same jar, so the same name; but trained again, for the copy's path (its key says so)
        List<String> retrained = archives(copy);
        assertThat(retrained).hasSize(1);
        Path trained = copy.resolve("target/cds").resolve(retrained.get(0));
        assertThat(Files.readString(trained.resolveSibling(retrained.get(0) + ".key")))
                .contains(copy.toRealPath().resolve("target/dockernotes.jar").toString());
        assertThat(Files.mismatch(trained, Launcher.ROOT.resolve("target/cds").resolve(original.get(0)))).isNotEqualTo(-1L);

        Processes.Result diagnostic = diagnose(copy);
        assertThat(diagnostic.out()).contains(FROM_ARCHIVE);
        assertThat(archives(copy)).isEqualTo(retrained);
    }

    @Test
    void afterARebuildTheOldArchiveIsNeverUsed() throws Exception {
        Path copy = copyOfTheBuiltProject();
        Launcher.run(copy.resolve("dockernotes"), tmp.resolve("home"), tmp, "", Map.of(), "--version");
        List<String> before = archives(copy);
        // a rebuild: a new jar (new time), then the build stamp
        Instant later = Instant.now().plusSeconds(5);
        Files.setLastModifiedTime(copy.resolve("target/dockernotes.jar"), FileTime.from(later));
        Files.setLastModifiedTime(copy.resolve("target/.dockernotes-built"), FileTime.from(later.plusSeconds(1)));

        Processes.Result diagnostic = diagnose(copy);
        List<String> after = archives(copy);
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(diagnostic.out()).contains(FROM_ARCHIVE);
    }

    @Test
    void aRealRebuildAfterAChangeToTheCodeAndTheNotesRunsTheNewOnesWithANewArchive() throws Exception {
        Path copy = copyOfTheBuiltProject();
        run(List.of("cp", "-a", "src/test", copy.resolve("src").toString()), Launcher.ROOT); // the build makes man pages with it
        Launcher.run(copy.resolve("dockernotes"), tmp.resolve("home"), tmp, "", Map.of(), "--version");
        List<String> before = archives(copy);
        assertThat(before).hasSize(1);
        change(copy.resolve("src/main/java"), "\"An interactive terminal tutor for Docker learning notes.\"",
                "\"An interactive terminal tutor for Docker learning notes (rebuilt).\"");
        change(copy.resolve("notes"), "## Chapter 1: Docker Fundamentals\n", "## Chapter 1: Docker Fundamentals, Revised\n");

        // the launcher sees sources newer than its build and rebuilds (with Maven: minutes on a busy machine)
        Processes.Result build = Processes.run(new ProcessBuilder(copy.resolve("dockernotes").toString(), "chapters")
                .directory(tmp.toFile()).redirectErrorStream(true), "", Duration.ofMinutes(15));
        String rebuilt = build.out();
        assertThat(build.exitCode()).as(rebuilt).isZero();
        assertThat(rebuilt).contains("building").contains("chapter1  Chapter 1: Docker Fundamentals, Revised  (5 sections)");

        List<String> after = archives(copy);
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        Processes.Result help = Launcher.run(copy.resolve("dockernotes"), tmp.resolve("home"), tmp, "",
                Map.of("DOCKERNOTES_JAVA_OPTS", "-Xlog:class+load=info"), "--help");
        assertThat(help.out()).contains("An interactive terminal tutor for Docker learning notes (rebuilt).").contains(FROM_ARCHIVE);
        Processes.Result chapters = Launcher.run(copy.resolve("dockernotes"), tmp.resolve("home"), tmp, "", Map.of(), "chapters");
        assertThat(chapters.out()).contains("Docker Fundamentals, Revised").doesNotContain("Docker Fundamentals  (");
        assertThat(archives(copy)).isEqualTo(after);
    }

    @Test
    void anArchiveTheJvmRejectsIsTrainedAgain() throws Exception {
        Path copy = copyOfTheBuiltProject();
        Launcher.run(copy.resolve("dockernotes"), tmp.resolve("home"), tmp, "", Map.of(), "--version");
        String name = archives(copy).get(0);
        Path jsa = copy.resolve("target/cds").resolve(name);
        // under the right name, an archive made for another path (the original project's): rejected
        Path foreign = Launcher.ROOT.resolve("target/cds").resolve(archives(Launcher.ROOT).get(0));
        Files.delete(jsa);
        Files.copy(foreign, jsa);

        Processes.Result rejected = diagnose(copy);
        assertThat(rejected.out()).doesNotContain(FROM_ARCHIVE).doesNotContain("Unable to use shared archive");
        assertThat(copy.resolve("target/cds").resolve(name + ".log")).isNotEmptyFile();

        Processes.Result retrained = diagnose(copy);
        assertThat(retrained.out()).contains(FROM_ARCHIVE);
        assertThat(Files.mismatch(jsa, foreign)).isNotEqualTo(-1L);
    }
}
