package dev.dockernotes.fast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockernotes.app.AppContext;
import dev.dockernotes.cli.CommandLineFactory;
import dev.dockernotes.app.Environment;
import dev.dockernotes.notes.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command line of the hot commands that the test suite runs (and bad ones of every kind),
 * through picocli and through the fast path: the same output, errors and exit code, byte for byte.
 */
class FastPathParityTest {
    /** Answers for a piped quiz: a choice, true/false, an order, a command. */
    private static final String ANSWERS = "a\nt\n3,1,2\nb\ndocker ps\nvolume\n";

    @TempDir
    Path tmp;

    record Result(int exitCode, String out, String err) {}

    static List<String[]> lines() throws IOException {
        Path fixtures = Fixtures.folder("small").getParent();
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = FastPathParityTest.class.getResourceAsStream("/fast/command-lines.jsonl")) {
            ObjectMapper json = new ObjectMapper();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("//")) {
                    lines.add(Arrays.stream(json.readValue(line, String[].class))
                            .map(a -> a.replace("{fixtures}", fixtures.toString())).toArray(String[]::new));
                }
            }
        }
        return lines;
    }

    static Stream<Arguments> commandLines() throws IOException {
        return lines().stream().map(a -> Arguments.of((Object) a));
    }

    private AppContext context(String name) throws IOException {
        Path home = Files.createDirectories(tmp.resolve(name));
        Map<String, String> env = Map.of("DOCKERNOTES_HOME", home.toString(), "DOCKERNOTES_NO_INSTALLED_DOCKER", "1");
        return new AppContext(new Environment(env, new ByteArrayInputStream(ANSWERS.getBytes(StandardCharsets.UTF_8)), false, false));
    }

    private Result picocli(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineFactory.forArgs(context("picocli"), new PrintWriter(out), new PrintWriter(err, true), args).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Result fast(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FastPath.execute(context("fast"), new PrintWriter(out), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void bothPathsPrintTheSameAndExitAlike(String[] args) throws IOException {
        Result expected = picocli(args);
        Result actual = fast(args);
        boolean randomQuiz = Arrays.asList(args).contains("quiz") && !Arrays.asList(args).contains("--seed");
        if (randomQuiz) { // questions in a random order: the same errors and exit code
            assertThat(actual.exitCode()).isEqualTo(expected.exitCode());
            assertThat(actual.err()).isEqualTo(expected.err());
        } else {
            assertThat(withoutStackFrames(actual)).isEqualTo(withoutStackFrames(expected));
        }
    }

    /** With --debug the stack trace's frames are picocli's or the fast path's; the message and the trace's first line are the same. */
    private static Result withoutStackFrames(Result r) {
        return new Result(r.exitCode(), r.out(), r.err().replaceAll("(?m)^\\s+(at |\\.\\.\\. \\d+ more).*\n", ""));
    }

    @Test
    void theLinesCoverTheHotCommandsAndMostRunWithoutPicocli() throws IOException {
        List<String[]> lines = lines();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(100);
        long fast = lines.stream().filter(a -> FastPath.takes(a, false)).count();
        assertThat(fast).isGreaterThanOrEqualTo(80);
        assertThat(lines.size() - fast).as("lines left to picocli").isGreaterThanOrEqualTo(50);
        for (String command : HotCommands.COMMANDS.keySet()) {
            assertThat(lines).as(command).anyMatch(a -> Arrays.asList(a).contains(command) && FastPath.takes(a, false));
            assertThat(lines).as(command).anyMatch(a -> Arrays.asList(a).contains(command) && !FastPath.takes(a, false));
        }
    }
}
