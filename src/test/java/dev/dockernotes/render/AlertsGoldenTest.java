package dev.dockernotes.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GitHub alerts and HTML as they render at 40, 80 and 200 columns, plain and in colour, against the
 * golden files in src/test/resources/render/alerts/golden ("\e" stands for the escape character).
 * Regenerate after a deliberate change: {@code mvn -q test -Dtest=AlertsGoldenTest -Drender.golden.update=true}.
 */
class AlertsGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/render/alerts");
    private static final boolean UPDATE = Boolean.getBoolean("render.golden.update");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : List.of("alerts", "html")) {
            for (int width : new int[] {40, 80, 200}) {
                cases.add(Arguments.of(name, width, false));
                cases.add(Arguments.of(name, width, true));
            }
        }
        return cases.stream();
    }

    private static String render(String name, int width, boolean color) throws IOException {
        String markdown = Files.readString(DIR.resolve(name + ".md"), StandardCharsets.UTF_8);
        return new MarkdownRenderer(new RenderOptions(width, color, color)).render(markdown);
    }

    @ParameterizedTest(name = "{0} at {1} columns, colour {2}")
    @MethodSource("cases")
    void rendersLikeTheGoldenFile(String name, int width, boolean color) throws IOException {
        String rendered = render(name, width, color);
        String visible = rendered.replace("\u001b", "\\e");
        Path golden = DIR.resolve("golden").resolve(name + "." + width + (color ? ".color" : ".plain") + ".txt");
        if (UPDATE) {
            Files.writeString(golden, visible, StandardCharsets.UTF_8);
        }
        assertThat(visible).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        for (String line : rendered.split("\n")) {
            assertThat(Columns.visibleWidth(line)).as("fits in %d columns: %s", width, line).isLessThanOrEqualTo(width);
        }
    }

    @Test
    void plainTextMarksEachAlertWithABarAndItsLabelAndKeepsOtherQuotesAsQuotes() throws IOException {
        String plain = render("alerts", 80, false);
        assertThat(plain).doesNotContain("\u001b").doesNotContain("[!WARNING]").doesNotContain("[!TIP]")
                .contains("▌ CORRECTION\n▌ 2375 is the unencrypted port")
                .contains("▌ Source: Docker docs, \"Protect the Docker daemon socket\"")
                .contains("▌ NOTE\n▌ Highlights", "▌ TIP\n", "▌ IMPORTANT\n", "▌ CAUTION\n")
                .contains("│ [!NOTE] not alone on its line stays a quote")
                .contains("│ [!NOTES] unknown kind: a quote");
        assertThat(plain).as("the label replaces the bold 'Correction:'").doesNotContain("Correction:");
    }

    @Test
    void colourGivesEachKindItsOwnBarColourAndABoldLabel() throws IOException {
        String color = render("alerts", 80, true);
        assertThat(color).contains("\u001b[33m▌ \u001b[0m\u001b[1;33mCorrection\u001b[0m")
                .contains("\u001b[94m▌ \u001b[0m\u001b[1;94mNote")
                .contains("\u001b[32m▌ \u001b[0m\u001b[1;32mTip")
                .contains("\u001b[35m▌ \u001b[0m\u001b[1;35mImportant")
                .contains("\u001b[31m▌ \u001b[0m\u001b[1;31mCaution")
                .contains("\u001b[2mSource: Docker docs");
    }

    @Test
    void htmlCommentsAreHiddenAndTagsShowTheirText() throws IOException {
        String plain = render("html", 80, false);
        assertThat(plain).doesNotContain("<!--", "introduced_in", "YAML", "pr-url", "<kbd>", "<br>", "<p", "&amp;")
                .startsWith("fs\n══")
                .contains("Press Ctrl+C to stop\nand")
                .contains("A centred & bold line");
    }
}
