package dev.dockernotes.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The docker model is used by notes, explain, quiz, render and completion, and uses none of them. */
class DockerPackageImportsTest {
    @Test
    void theDockerModelImportsNoneOfTheFeaturesThatUseIt() throws IOException {
        Path folder = Path.of("src/main/java/dev/dockernotes/docker");
        List<String> imports;
        try (Stream<Path> files = Files.list(folder)) {
            imports = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import dev.dockernotes."))
                            .map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(imports).isNotEmpty().noneMatch(l -> l.matches(".*import dev\\.dockernotes\\.(notes|explain|cli|repl|quiz|render)\\..*"));
    }
}
