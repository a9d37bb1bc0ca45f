package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockernotes.render.Columns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the one-shot commands print on a terminal 40, 80 and 200 columns wide, in colour and with
 * NO_COLOR, pinned in src/test/resources/screens/golden/NAME.WIDTH.{color,plain}.txt (escape
 * characters written as "\e", the exit code and stderr after the output). Beside the pinned text,
 * every screen must keep to what a reader relies on at any width: no line wider than the terminal,
 * and every word of the 200-column screen whole at 40 and 80 (so nothing is cut off, and no command,
 * flag or topic id is broken across lines).
 *
 * <p>After a deliberate change to the output, rewrite the files and review the diff:
 * {@code mvn -q test -Dtest=ScreensGoldenTest -Dscreens.golden.write=src/test/resources/screens/golden}
 */
class ScreensGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/screens/golden");
    private static final int[] WIDTHS = {40, 80, 200};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STDERR = "--- exit ";

    @TempDir
    Path home;

    /** One screen: what runs before it (in the same state folder), then the command whose output is pinned. */
    private record Screen(String name, Function<Cli, String> stdin, List<String[]> before, String... args) {
        static Screen of(String name, String... args) {
            return new Screen(name, c -> "", List.of(), args);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> screens() {
        List<Screen> s = new ArrayList<>();
        s.add(Screen.of("explain-simple", "explain", "docker", "ps", "-a"));
        s.add(Screen.of("explain-flags", "explain", "docker", "run", "-it", "-v", "mydata:/app/data", "-p", "8080:80", "-d",
                "--name", "web", "--restart", "unless-stopped", "-e", "MODE=production", "ubuntu:latest", "/bin/bash"));
        s.add(Screen.of("explain-correction", "explain", "docker", "run", "-it", "ubuntu"));
        s.add(Screen.of("explain-command", "explain", "docker", "container", "ls"));
        s.add(Screen.of("explain-unknown", "explain", "docker", "contianer", "stp"));
        s.add(Screen.of("help-root", "--help"));
        s.add(Screen.of("help-quiz", "quiz", "--help"));
        s.add(Screen.of("help-check", "check", "--help"));
        s.add(Screen.of("help-lab", "lab", "--help"));
        s.add(Screen.of("help-explain", "explain", "--help"));
        s.add(new Screen("quiz-feedback", ScreensGoldenTest::rightWrongRight, List.of(), QUIZ));
        s.add(new Screen("progress", ScreensGoldenTest::rightWrongRight, List.<String[]>of(QUIZ), "progress"));
        s.add(new Screen("lab-hint", c -> "", List.<String[]>of(new String[] {"lab", "ch1-first-container"}), "lab", "hint"));
        s.add(new Screen("lab-hint-command", c -> "", List.of(new String[] {"lab", "ch1-first-container"}, new String[] {"lab", "hint"}),
                "lab", "hint"));
        s.add(new Screen("lab-status", c -> "", List.<String[]>of(new String[] {"lab", "ch1-first-container"}), "lab", "status"));
        s.add(Screen.of("search", "search", "docker", "run", "-d"));
        s.add(Screen.of("show", "show", "starting-a-container-in-daemon-mode"));
        s.add(Screen.of("chapters", "chapters"));
        List<Arguments> all = new ArrayList<>();
        for (Screen screen : s) {
            all.add(Arguments.of(screen, true));
            all.add(Arguments.of(screen, false));
        }
        return all.stream();
    }

    private static final String[] QUIZ = {"quiz", "chapter1", "--seed", "3", "--count", "3"};

    /** The first and last answers right and the middle one wrong, learnt from a run with --json. */
    private static String rightWrongRight(Cli cli) {
        try {
            List<String> all = new ArrayList<>(List.of(QUIZ));
            all.add("--json");
            JsonNode first = JSON.readTree(cli.stdin("zzz\n".repeat(20)).run(all.toArray(String[]::new)).out());
            List<String> right = new ArrayList<>();
            first.get("results").forEach(r -> right.add(r.get("expected").asText()));
            return right.get(0) + "\nwrong answer\n" + right.get(2) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("screens")
    void screenIsAsPinnedAndFitsEveryWidth(Screen screen, boolean color) throws IOException {
        Map<Integer, String> shown = new HashMap<>();
        for (int width : WIDTHS) {
            Path state = Files.createDirectories(home.resolve(width + (color ? "c" : "p")));
            String text = run(screen, color, width, state);
            shown.put(width, text);
            Path golden = GOLDEN.resolve(screen.name() + "." + width + (color ? ".color" : ".plain") + ".txt");
            String written = System.getProperty("screens.golden.write");
            if (written != null) {
                Files.createDirectories(Path.of(written));
                Files.writeString(Path.of(written).resolve(golden.getFileName()), text, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file (write with -Dscreens.golden.write=" + GOLDEN + ")").exists();
            assertThat(text).as(golden.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
            // stderr is left out: an error is one line, whole, for a reader and for grep alike
            for (String line : text.substring(0, text.indexOf(STDERR)).replace("\\e", "\u001b").split("\n")) {
                assertThat(Columns.visibleWidth(line)).as("columns of %s in %s", line, golden).isLessThanOrEqualTo(width);
            }
        }
        List<String> wide = words(shown.get(200));
        for (int width : new int[] {40, 80}) {
            List<String> narrow = words(shown.get(width));
            List<String> lost = wide.stream().filter(w -> Columns.visibleWidth(w) < width - 4 && !narrow.contains(w)).distinct().toList();
            assertThat(lost).as("words of the 200-column screen broken or cut at %d columns", width).isEmpty();
        }
    }

    private String run(Screen screen, boolean color, int width, Path state) {
        Cli cli = new Cli(state).onTerminal().env("COLUMNS", String.valueOf(width)).env("DOCKERNOTES_NO_INSTALLED_DOCKER", "1")
                .env("DOCKER_HOST", "unix://" + state.resolve("no-docker.sock"));
        if (!color) {
            cli.env("NO_COLOR", "1");
        }
        String stdin = screen.stdin().apply(cli);
        for (String[] before : screen.before()) {
            cli.stdin(stdin).run(before);
        }
        Cli.Run r = cli.stdin(stdin).run(screen.args());
        String text = r.out() + STDERR + r.exitCode() + ", stderr\n" + r.err();
        return text.replace(state.toString(), "$HOME").replace("\u001b", "\\e");
    }

    /** The words a reader sees: escape sequences and line ends gone, the frame (rules, bars, marks) left out. */
    private static List<String> words(String text) {
        String visible = Columns.strip(text.replace("\\e", "\u001b"));
        List<String> words = new ArrayList<>();
        for (String w : visible.split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(w);
            }
        }
        return words;
    }
}
