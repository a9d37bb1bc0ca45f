package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print a bash or zsh completion script (the same candidates as Tab in the shell).",
        footer = {"", "Install:",
            "  bash:  source <(dockernotes completion bash)    # add the line to ~/.bashrc",
            "  zsh:   source <(dockernotes completion zsh)     # add the line to ~/.zshrc"})
final class CompletionCommand extends BaseCommand {
    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    CompletionCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        // The whole tree: a one-shot run builds only the command that runs.
        String script = AutoComplete.bash("dockernotes", CommandLineFactory.create(ctx, out(), err())) + DockerCompletion.bashScript();
        if (shell == Shell.zsh) {
            // picocli's script loads zsh's bashcompinit itself when it sees $ZSH_VERSION.
            script = "# dockernotes completion for zsh: load with  source <(dockernotes completion zsh)\n"
                    + "# (the bash completion below, run through zsh's bashcompinit)\n" + script;
        }
        // print + '\n', not println: a script with Windows line ends breaks in odd ways.
        out().print(script.replace("\r\n", "\n"));
        out().print('\n');
        out().flush();
        return ExitCodes.OK;
    }
}
