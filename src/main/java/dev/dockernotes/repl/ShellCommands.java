package dev.dockernotes.repl;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.Background;
import dev.dockernotes.cli.CommandLineFactory;
import dev.dockernotes.cli.Completions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The shell's picocli CommandLine (the factory's shell variant, with the shell's own words in its
 * help and defaults for every line), built on a thread of its own while the terminal, the welcome
 * and the line editor get ready: picocli's model of every command is the largest part of starting
 * the shell, and the prompt needs none of it. Whatever needs it (a line, Tab, highlighting a word)
 * waits for it.
 */
final class ShellCommands {
    private final Background<CommandLine> commandLine;

    private ShellCommands(Background<CommandLine> commandLine) {
        this.commandLine = commandLine;
    }

    /**
     * @param extra    commands tests add (name to command object)
     * @param defaults the values of options a line leaves out
     * @param early    build on another thread (on a terminal); else here and now (a piped script)
     */
    static ShellCommands build(AppContext ctx, PrintWriter out, PrintWriter err, Map<String, Object> extra,
                               CommandLine.IDefaultValueProvider defaults, boolean early) {
        Map<String, Object> commands = Map.copyOf(extra);
        java.util.function.Supplier<CommandLine> build = () -> {
            CommandLine cl = CommandLineFactory.forShell(ctx, out, err, Shell.OWN_COMMANDS.keySet());
            if (!commands.isEmpty()) { // tests: their commands write where the others do
                commands.forEach(cl::addSubcommand);
                cl.setOut(cl.getOut());
                cl.setErr(cl.getErr());
            }
            cl.setDefaultValueProvider(defaults);
            addShellHelp(cl);
            return cl;
        };
        return new ShellCommands(early ? Background.start("shell-commands", build) : Background.done(build.get()));
    }

    /** The CommandLine, once built; what went wrong building it is thrown here, on the shell's thread. */
    CommandLine commandLine() {
        return commandLine.get();
    }

    Completions completions() {
        return new Completions(commandLine(), Shell.OWN_COMMANDS);
    }

    /** Every word a line may start with: the commands and the shell's own words. */
    List<String> names() {
        List<String> names = new ArrayList<>(commandLine().getSubcommands().keySet());
        names.addAll(Shell.OWN_COMMANDS.keySet());
        return names;
    }

    /** What 'help' says about the shell itself, below the commands. */
    private static void addShellHelp(CommandLine commandLine) {
        CommandLine.Model.UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
        List<String> footer = new ArrayList<>(List.of(usage.footer()));
        footer.addAll(List.of("",
                "In the shell: 'learn' and 'quiz' without a chapter use the chapter in the prompt",
                "('quiz all' asks about every chapter; 'quiz --review' reviews everything due).",
                "A docker command line (docker ps -a) is explained, not run. 'clear' or Ctrl-L clears",
                "the screen; Ctrl-C drops the line or stops a lesson or quiz; exit, quit or Ctrl-D leaves."));
        usage.footer(footer.toArray(String[]::new));
    }
}
