package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * explain --json prints, byte for byte, what it printed before its explainers were split and its
 * JSON came from records: every input of {@code explain-json/inputs.txt} (commands, lines, plugins,
 * typos, look-alike dashes, concepts, keys, other programs, not found) against the golden file.
 * To refresh the golden file after a change meant to alter the JSON, run with
 * {@code -Dexplain.golden.write=src/test/resources/explain-json/golden.txt}.
 */
class ExplainJsonGoldenTest {
    /** Starts each case of the golden file: the input and the exit code, then explain's output as it is. */
    private static final String MARK = "### explain --json ";

    @TempDir
    Path home;

    @Test
    void explainJsonIsAsPinned() throws IOException {
        compare(true, "golden.txt");
    }

    /** The text for a user, at 80 columns, errors included, as it was too. */
    @Test
    void explainTextIsAsPinned() throws IOException {
        compare(false, "golden-text.txt");
    }

    private void compare(boolean json, String golden) throws IOException {
        String mark = json ? MARK : MARK.replace(" --json", "");
        List<String> actual = new ArrayList<>();
        for (String input : resource("inputs.txt").split("\n")) {
            if (input.isBlank() || input.startsWith("#")) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of("explain"));
            if (json) {
                args.add("--json");
            }
            args.addAll(List.of(input.split(" ")));
            Cli.Run r = new Cli(home).env("DOCKERNOTES_NO_INSTALLED_DOCKER", "1").env("COLUMNS", "80")
                    .run(args.toArray(String[]::new));
            actual.add(mark + input + " (exit " + r.exitCode() + ")\n" + r.out() + (json ? "" : "--- stderr\n" + r.err()));
        }
        String written = System.getProperty("explain.golden.write");
        if (written != null) {
            Files.writeString(Path.of(written, golden), String.join("", actual));
        }
        List<String> expected = List.of(resource(golden).split("(?=" + mark + ")"));
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            assertThat(actual.get(k)).as(expected.get(k).lines().findFirst().orElse("")).isEqualTo(expected.get(k));
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(ExplainJsonGoldenTest.class.getResourceAsStream("/explain-json/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
