package dev.dockernotes.cli;

import dev.dockernotes.app.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command. Subcommands are added by {@link CommandLineFactory}. */
@Command(name = "dockernotes",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "An interactive terminal tutor for Docker learning notes.",
        description = {
            "Read the notes as lessons, take quizzes, look up docker command lines.",
            "Run without arguments on a terminal to open the interactive shell."},
        footer = {"", "State is kept in $DOCKERNOTES_HOME, else $XDG_STATE_HOME/dockernotes, else ~/.local/state/dockernotes."})
public final class DockernotesCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions globals = new GlobalOptions();

    @Spec
    CommandSpec spec;

    public GlobalOptions globals() {
        return globals;
    }

    @Override
    public Integer call() {
        // No subcommand (and not on a terminal, else Main opened the shell): show what there is.
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
