package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's build ships the prebuilt graph of the built-in notes, so one-shot commands parse no
 * Markdown to load them, and `--notes DIR` runs after the first read their graph from the cache.
 */
class PrebuiltGraphIT {
    @TempDir
    Path tmp;

    @Test
    void theJarHoldsThePrebuiltGraphAndChaptersParsesNoMarkdown() throws Exception {
        try (JarFile jar = new JarFile(System.getProperty("dockernotes.jar"))) {
            assertThat(jar.getEntry("notes/graph.bin")).isNotNull();
        }
        Path log = tmp.resolve("classes.log");
        Processes.Result r = Launcher.run(Launcher.SCRIPT, tmp.resolve("home"), tmp, "",
                Map.of("DOCKERNOTES_JAVA_OPTS", "-Xlog:class+load:file=" + log), "chapters");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("chapter1  Chapter 1: Docker Fundamentals");
        String loaded = Files.readString(log);
        assertThat(loaded).contains("dev.dockernotes.notes.PrebuiltGraph")
                .doesNotContain("org.commonmark.parser.Parser ")
                .doesNotContain("dev.dockernotes.notes.GraphBuilder ");

        // a lesson renders Markdown, but names its commands from the build's index: no docker model
        Path learnLog = tmp.resolve("learn.log");
        Processes.Result learn = Launcher.run(Launcher.SCRIPT, tmp.resolve("home"), tmp, "",
                Map.of("DOCKERNOTES_JAVA_OPTS", "-Xlog:class+load:file=" + learnLog), "learn", "chapter2");
        assertThat(learn.out()).contains("Commands taught here:").contains("`dockernotes explain dockerd`");
        assertThat(Files.readString(learnLog)).doesNotContain("dev.dockernotes.docker.DockerCli$Holder"); // parses the model
    }

    @Test
    void aCopiedNotesFolderIsCachedAndPrintsTheSameTheSecondTime() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes copy"));
        try (Stream<Path> files = Files.list(Launcher.ROOT.resolve("notes"))) {
            for (Path p : files.toList()) {
                Files.copy(p, notes.resolve(p.getFileName()));
            }
        }
        Path home = tmp.resolve("home");
        Processes.Result first = Launcher.run(home, tmp, "", "--notes", notes.toString(), "learn", "chapter2");
        assertThat(first.exitCode()).isZero();
        try (Stream<Path> cache = Files.list(home.resolve("cache"))) {
            assertThat(cache.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".graph");
        }
        Files.delete(home.resolve("progress.json")); // the same starting point as the first run
        Processes.Result second = Launcher.run(home, tmp, "", "--notes", notes.toString(), "learn", "chapter2");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEqualTo(first.err()).isEmpty();
    }
}
