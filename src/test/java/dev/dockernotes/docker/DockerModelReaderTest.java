package dev.dockernotes.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in model reads each command's flags when first asked: what it gives must be what reading it whole gives. */
class DockerModelReaderTest {
    private static Reader resource(String name) {
        return new InputStreamReader(DockerCli.class.getResourceAsStream(name), StandardCharsets.UTF_8);
    }

    @Test
    void theBuiltInModelReadLazilyHasEveryCommandWithTheFlagsOfTheModelReadWhole() throws Exception {
        DockerCli lazy = DockerModelReader.builtIn();
        DockerCli whole = DockerCli.parse(resource(DockerCli.RESOURCE), resource(DockerCli.PLUGINS_RESOURCE));
        List<DockerCli.Command> commands = whole.all();
        assertThat(commands).hasSizeGreaterThan(200);
        assertThat(lazy.all()).extracting(DockerCli.Command::name).isEqualTo(commands.stream().map(DockerCli.Command::name).toList());
        int flags = 0;
        for (DockerCli.Command c : commands) {
            DockerCli.Command l = lazy.command(c.name()).orElseThrow();
            assertThat(l.flags()).as(c.name()).isEqualTo(c.flags());
            assertThat(l.usageLine()).as(c.name()).isEqualTo(c.usageLine());
            flags += c.flags().size();
        }
        assertThat(flags).as("flag records in the model").isGreaterThan(1000);
        assertThat(lazy.command("docker container stop").orElseThrow().flag("-t")).map(DockerCli.Flag::longName).contains("--timeout");
    }
}
