package dev.dockernotes.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every element of src/test/resources/render/elements rendered at 40, 80 and 200 columns,
 * plain and in colour (with OSC 8 links), compared with src/test/resources/render/golden. Escape
 * characters are written as "\e" in the golden files so that they can be read and diffed.
 *
 * <p>After a deliberate change to the rendering, regenerate the golden files and review the diff:
 * {@code mvn -q test -Dtest=MarkdownRendererGoldenTest -Drender.golden.update=true && git diff src/test/resources/render}
 */
class MarkdownRendererGoldenTest {
    private static final Path ELEMENTS = Path.of("src/test/resources/render/elements");
    private static final Path GOLDEN = Path.of("src/test/resources/render/golden");
    private static final boolean UPDATE = Boolean.getBoolean("render.golden.update");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(ELEMENTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".md", "");
                for (int width : new int[] {40, 80, 200}) {
                    cases.add(Arguments.of(name, width, false));
                    cases.add(Arguments.of(name, width, true));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1} columns, colour {2}")
    @MethodSource("cases")
    void rendersLikeTheGoldenFile(String element, int width, boolean color) throws IOException {
        String markdown = Files.readString(ELEMENTS.resolve(element + ".md"), StandardCharsets.UTF_8);
        String rendered = new MarkdownRenderer(new RenderOptions(width, color, color)).render(markdown);
        String visible = rendered.replace("\u001b", "\\e");
        Path golden = GOLDEN.resolve(element + "." + width + (color ? ".color" : ".plain") + ".txt");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, visible, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (generate with -Drender.golden.update=true)").exists();
        assertThat(visible).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        if (!color) {
            assertThat(rendered).as("plain text has no escape codes").doesNotContain("\u001b");
        }
    }
}
