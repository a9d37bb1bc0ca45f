package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.cli.CommandLineFactory;
import dev.dockernotes.app.Environment;
import dev.dockernotes.testing.Processes;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The man pages the build writes (target/man): one per command, and asciidoctor makes troff of them. */
class ManPageIT {
    private static final Path MAN = Launcher.ROOT.resolve("target/man");

    @Test
    void everyCommandHasItsPageAndTheMainPageListsThem() throws Exception {
        StringWriter sink = new StringWriter();
        var cl = CommandLineFactory.create(new AppContext(new Environment(Map.of(), new ByteArrayInputStream(new byte[0]),
                false, false)), new PrintWriter(sink), new PrintWriter(sink));
        String main = Files.readString(MAN.resolve("dockernotes.adoc"));
        assertThat(main).contains("= dockernotes(1)").contains(":mansource: dockernotes 0.1.0");
        for (String command : cl.getSubcommands().keySet()) {
            assertThat(MAN.resolve("dockernotes-" + command + ".adoc")).as(command).exists();
            assertThat(main).as(command).contains("xref:dockernotes-" + command + ".adoc[*" + command + "*]");
        }
    }

    @Test
    void asciidoctorTurnsThemIntoAManPage(@TempDir Path out) throws Exception {
        Assumptions.assumeTrue(LauncherIT.onPath("asciidoctor"), "asciidoctor is not installed: skipped (.ci/run installs it)");
        Processes.Result r = Processes.run(List.of("asciidoctor", "-b", "manpage", "-D", out.toString(),
                MAN.resolve("dockernotes-learn.adoc").toString()), Duration.ofSeconds(60));
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        String troff = Files.readString(out.resolve("dockernotes-learn.1"));
        assertThat(troff).contains(".TH \"DOCKERNOTES\\-LEARN\" \"1\"").contains("\\-\\-section");
    }
}
