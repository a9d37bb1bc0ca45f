package dev.dockernotes.cli;

import dev.dockernotes.DockernotesException;
import dev.dockernotes.repl.Shell;
import picocli.CommandLine.Command;

@Command(name = "shell", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Open the interactive shell, as 'dockernotes' alone does on a terminal.",
        footer = {"", "Tab completes, Ctrl-R searches history, Ctrl-C drops the line (or stops a",
            "lesson or quiz), Ctrl-D or exit leaves. A piped script runs line by line:",
            "  printf 'show runc\\nexit\\n' | dockernotes shell"})
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
