package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineFactoryTest {
    @TempDir
    Path home;

    @Test
    void theSubcommandIsTheFirstWordThatIsNotARootOptionOrItsValue() {
        assertThat(CommandLineFactory.subcommandName("show", "runc")).isEqualTo("show");
        assertThat(CommandLineFactory.subcommandName("--notes", "dir", "--no-color", "search", "x")).isEqualTo("search");
        assertThat(CommandLineFactory.subcommandName("--color", "always", "topics")).isEqualTo("topics");
        assertThat(CommandLineFactory.subcommandName("--notes=dir", "chapters")).isEqualTo("chapters");
        assertThat(CommandLineFactory.subcommandName("--version")).isNull();
        assertThat(CommandLineFactory.subcommandName()).isNull();
    }

    @Test
    void everyRootOptionThatTakesAValueIsSkippedWithItsValue() {
        var root = new picocli.CommandLine(new DockernotesCommand()).getCommandSpec();
        var withValues = root.options().stream().filter(o -> o.arity().max() > 0).toList();
        assertThat(withValues).as("the root has options with values").isNotEmpty();
        for (var option : withValues) {
            for (String name : option.names()) {
                assertThat(CommandLineFactory.subcommandName(name, "show", "learn")).as(name + " takes the next word")
                        .isEqualTo("learn");
            }
        }
        var flags = root.options().stream().filter(o -> o.arity().max() == 0).toList();
        for (var option : flags) {
            for (String name : option.names()) {
                assertThat(CommandLineFactory.subcommandName(name, "show")).as(name + " takes no value").isEqualTo("show");
            }
        }
    }

    @Test
    void aOneShotRunBuildsOnlyItsCommand() {
        var cl = CommandLineFactory.forArgs(new Cli(home).context(), sink(), sink(), "show", "runc");
        assertThat(cl.getSubcommands().keySet()).containsExactly("show");
    }

    @Test
    void theVersionNeedsNoSubcommand() {
        var cl = CommandLineFactory.forArgs(new Cli(home).context(), sink(), sink(), "--version");
        assertThat(cl.getSubcommands()).isEmpty();
        assertThat(new Cli(home).run("--version").out()).startsWith("dockernotes ");
    }

    @Test
    void helpAndTyposGetTheWholeTree() {
        var typo = CommandLineFactory.forArgs(new Cli(home).context(), sink(), sink(), "chapter");
        assertThat(typo.getSubcommands().keySet()).contains("chapters", "topics", "show", "search", "help");
        var help = CommandLineFactory.forArgs(new Cli(home).context(), sink(), sink(), "--help");
        assertThat(help.getSubcommands()).hasSameSizeAs(typo.getSubcommands());
    }

    @Test
    void rootHelpListsEveryCommand() {
        Cli.Run r = new Cli(home).run("--help");
        assertThat(r.out()).contains("chapters", "topics", "show", "search", "graph", "check");
    }

    private static PrintWriter sink() {
        return new PrintWriter(new StringWriter());
    }
}
