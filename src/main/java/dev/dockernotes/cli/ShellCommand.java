package dev.dockernotes.cli;

import dev.dockernotes.DockernotesException;
import dev.dockernotes.repl.Shell;
import picocli.CommandLine.Command;

@Command(name = "shell", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Open the interactive shell: every command, with Tab completion, history (Ctrl-R) and the current chapter in the prompt.",
            "Also what 'dockernotes' without arguments opens on a terminal. A piped script runs line by line."})
final class ShellCommand extends BaseCommand {

    ShellCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() throws Exception {
        if (ctx.inShell()) {
            throw new DockernotesException("already in the shell");
        }
        return Shell.open(ctx, globals(), out(), err());
    }
}
