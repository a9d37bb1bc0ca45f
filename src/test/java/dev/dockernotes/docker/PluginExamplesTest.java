package dev.dockernotes.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every compose and buildx command line in the reference files' own examples reads cleanly: the
 * command is known, every flag is known, and every flag that takes a value has one.
 */
class PluginExamplesTest {
    private static final DockerCli CLI = DockerCli.builtIn();

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (PluginReference.Command c : PluginReference.all()) {
            for (String line : c.examples()) {
                out.add(Arguments.of(c.file(), line));
            }
        }
        return out.stream();
    }

    @Test
    void theReferenceHasManyExamples() {
        assertThat(examples().count()).isGreaterThan(200);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void readsEveryExample(String file, String line) {
        ParsedCommand p = CommandParser.parseLine(CLI, line).get(0);
        assertThat(p.problems()).as("problems").isEmpty();
        assertThat(p.command()).as("a command, not only a group").isPresent();
        assertThat(p.command().get().plugin()).as("a plugin's command").isPresent();
        assertThat(p.options()).as("every flag known").allMatch(ParsedCommand.Option::known);
        for (ParsedCommand.Option o : p.options()) {
            boolean takesValue = p.command().get().flag(o.name())
                    .or(() -> CLI.command(p.command().get().name().replaceFirst("^(docker (compose|buildx)).*", "$1"))
                            .flatMap(g -> g.flag(o.name())))
                    .map(DockerCli.Flag::takesValue).orElse(false);
            if (takesValue) {
                assertThat(o.value()).as(o.written() + "'s value").isNotNull();
            }
        }
        // a value token follows each flag that takes one, and names it
        for (int k = 0; k < p.tokens().size(); k++) {
            Token t = p.tokens().get(k);
            assertThat(t.role()).as(t.text()).isNotEqualTo("unknown flag").isNotEqualTo("unknown");
        }
    }
}
