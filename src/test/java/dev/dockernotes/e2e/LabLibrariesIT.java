package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab libraries (docker-java, Guava, BouncyCastle, commons) and the engine implementation are
 * not in the main jar but in target/lib beside it, loaded by the labs' own class loader only when a
 * lab talks to the engine.
 */
class LabLibrariesIT {
    private static final Path JAR = Path.of(System.getProperty("dockernotes.jar", "target/dockernotes.jar")).toAbsolutePath();
    private static final Path LIB = JAR.resolveSibling("lib");

    @TempDir
    Path tmp;

    private Processes.Result java(Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Collections.addAll(command, "-verbose:class", "-jar", jar.toString());
        Collections.addAll(command, args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("DOCKERNOTES_HOME", tmp.resolve("home").toString());
        pb.environment().put("DOCKER_HOST", "unix://" + tmp.resolve("no-engine.sock"));
        return Processes.run(pb, null, Processes.TIMEOUT);
    }

    @Test
    void theMainJarHoldsNoLabLibraryAndTheLibFolderHoldsThemAll() throws Exception {
        List<String> entries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = jar.stream().map(e -> e.getName()).toList();
        }
        assertThat(entries).contains("dev/dockernotes/Main.class", "dev/dockernotes/lab/Engines.class")
                .noneMatch(e -> e.startsWith("com/github/dockerjava/") || e.startsWith("org/bouncycastle/")
                        || e.startsWith("com/google/common/") || e.startsWith("com/sun/jna/")
                        || e.startsWith("org/apache/commons/") || e.startsWith("dev/dockernotes/lab/docker/"));
        assertThat(Files.size(JAR)).as("main jar size").isLessThan(6_000_000L);
        try (Stream<Path> jars = Files.list(LIB)) {
            assertThat(jars.map(j -> j.getFileName().toString()).toList())
                    .anyMatch(n -> n.startsWith("docker-java-core-")).anyMatch(n -> n.startsWith("bcpkix-"))
                    .anyMatch(n -> n.startsWith("guava-")).contains("dockernotes-lab-engine.jar")
                    .noneMatch(n -> n.startsWith("jna-") || n.contains("zerodep") || n.startsWith("jackson-")
                            || n.startsWith("jline-") || n.startsWith("commonmark"));
        }
    }

    @Test
    void aLabThatTalksToTheEngineLoadsTheImplementationFromTheLibFolder() throws Exception {
        Processes.Result r = java(JAR, "lab", "ch3-containers", "check");
        assertThat(r.out()).contains("dev.dockernotes.lab.docker.DockerJavaEngine source: file:" + LIB.resolve("dockernotes-lab-engine.jar"));
        assertThat(r.err()).isEqualTo("dockernotes: Docker is not running here: start the daemon (sudo systemctl start docker)"
                + " or set DOCKER_HOST (no socket at " + tmp.resolve("no-engine.sock") + ")\n");
    }

    @Test
    void aJarCopiedWithoutItsLibFolderSaysSoInOneLineAndTheOtherCommandsStillWork() throws Exception {
        Path alone = Files.copy(JAR, Files.createDirectories(tmp.resolve("alone")).resolve("dockernotes.jar"));
        Processes.Result lab = java(alone, "lab", "ch3-containers", "check");
        assertThat(lab.exitCode()).isNotZero();
        assertThat(lab.err()).startsWith("dockernotes: the lab libraries are missing: no folder " + alone.resolveSibling("lib"))
                .contains("mvn package").hasLineCount(1);
        Processes.Result chapters = java(alone, "chapters");
        assertThat(chapters.exitCode()).isZero();
        assertThat(chapters.out()).contains("chapter2");
    }
}
