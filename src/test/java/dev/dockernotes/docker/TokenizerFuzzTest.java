package dev.dockernotes.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random input for the shell-word tokenizer, the command parser and the comparison the quiz
 * uses: no exception escapes, whatever is pasted (unclosed quotes, a trailing backslash, stray
 * operators, placeholders, control characters). A failure names its seed, so it can be replayed.
 */
class TokenizerFuzzTest {
    private static final DockerCli CLI = DockerCli.builtIn();
    /** Pieces that stress the tokenizer, mixed with plain words and docker's own words. */
    private static final String[] PIECES = {"\\", "\\\n", "'", "\"", "`", "$(", ")", "$", "<", ">", "<name>", "<a b>", "2>&1",
            ">>", "&>", "|", "||", "&&", "&", ";", "\n", "#", " ", "  ", "\t", "-", "--", "=", "-it", "-p", "--name=",
            "docker", "compose", "buildx", "docker-compose", "sudo", "run", "exec", "up", "-d", "-f", "build", "container",
            "ls", "web", "ubuntu", "sh", "-c", "é", "\u0000", "\u001b[31m", "x", "8080:80", ":", ",", "{", "}", "*"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 1000L + i);
    }

    private static String line(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(30);
        if (random.nextBoolean()) {
            sb.append("docker ");
        }
        for (int k = 0; k < n; k++) {
            if (random.nextInt(5) == 0) {
                sb.append((char) random.nextInt(0x80));
            } else {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noExceptionEscapes(long seed) {
        Random random = new Random(seed);
        for (int k = 0; k < 20; k++) {
            String line = line(random);
            String other = line(random);
            assertThatCode(() -> {
                for (ShellWords.Segment s : ShellWords.split(line)) {
                    for (ShellWords.Word w : s.words()) {
                        assertThat(w.start()).isBetween(0, line.length());
                        assertThat(w.end()).isBetween(w.start(), line.length());
                        w.source(line);
                    }
                }
                CommandParser.parseLine(CLI, line);
                CommandComparison.compare(CLI, other, line);
                CLI.completeFlags(ShellWords.words(line));
                new DockerCommandNamer(() -> CLI).name(line);
            }).as("seed %d, line %s", seed, ShellWords.quote(line)).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docker run ubuntu \\", "\\", "docker compose exec web sh -c 'ls \\", "docker run \"unclosed",
            "docker run 'unclosed", "docker run $(echo", "docker run `echo", "docker run <unclosed", "docker -", "docker --=",
            "docker run -p", "docker compose -f", "docker-compose", "docker-compose -", "sudo", "sudo docker", "|", "&& ||"})
    void oddLinesParse(String line) {
        assertThatCode(() -> CommandParser.parseLine(CLI, line)).doesNotThrowAnyException();
        assertThatCode(() -> CommandComparison.compare(CLI, "docker run ubuntu", line)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docker run ubuntu \\", "docker run ubuntu\\"})
    void aTrailingBackslashEndsTheLine(String line) {
        ParsedCommand p = CommandParser.parse(CLI, line);
        assertThat(p.name()).isEqualTo("docker container run");
        assertThat(p.arguments()).extracting(ParsedCommand.Argument::text).containsExactly("ubuntu");
        assertThat(p.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1, 2, 3})
    void hugeLinesParse(int kind) {
        String big = switch (kind) {
            case 1 -> "docker " + "x".repeat(100_000);
            case 2 -> "docker run -" + "i".repeat(100_000);
            default -> "docker " + "<".repeat(50_000) + "$(".repeat(20_000);
        };
        List<ParsedCommand> p = CommandParser.parseLine(CLI, big);
        assertThat(p).isNotEmpty();
        assertThat(String.join(" ", p.get(0).problems()).length()).as("problems quote a bounded prefix").isLessThan(400);
    }
}
