package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.errors.DockernotesException;
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
        return ctx.shellOpener().orElseThrow(() -> new DockernotesException("the shell cannot be opened here"))
                .open(globals().asDefaults(), out(), err());
    }
}
