package dev.dockernotes.cli;

import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.Reporter;
import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.text.Similarity;
import dev.dockernotes.tui.Terminals;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Errors are handled here and only here, and said through the one {@link Reporter}: one line for
 * the user, a stack trace only with --debug. Usage errors exit 2, the app's own errors carry their
 * exit code, anything else is a bug (70). In the shell (see {@link #forShell}) usage errors end in
 * "did you mean" or "(see 'CMD --help')", and Ctrl-C that stopped a command is no error.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    /** The words the shell handles itself (exit, quit, clear); null for a one-shot run. */
    private final Set<String> shellWords;

    private ErrorHandler(Set<String> shellWords) {
        this.shellWords = shellWords;
    }

    static ErrorHandler oneShot() {
        return new ErrorHandler(null);
    }

    /** @param shellWords the words the shell handles itself, suggested for a mistyped command too */
    static ErrorHandler forShell(Set<String> shellWords) {
        return new ErrorHandler(Set.copyOf(shellWords));
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (shellWords != null && stoppedBy(ex)) {
            return ExitCodes.INTERRUPTED;
        }
        Reporter reporter = reporter(cmd);
        return ex instanceof DockernotesException de ? reporter.failed(de) : reporter.internal(ex);
    }

    /** An error a command threw outside picocli (the fast path): said as picocli's handler says it. */
    static int report(Exception ex, PrintWriter err, boolean debug) {
        Reporter reporter = new Reporter(err, debug);
        return ex instanceof DockernotesException de ? reporter.failed(de) : reporter.internal(ex);
    }

    /**
     * What the shell does with an error picocli passes on instead of handling (jline's key readers
     * wrap an interrupted read in an IOError): stopped by Ctrl-C, or an internal error.
     */
    static int escaped(Throwable e, CommandLine cmd, boolean stopRequested) {
        if (stoppedBy(e) || stopRequested) {
            return ExitCodes.INTERRUPTED;
        }
        return reporter(cmd).internal(e);
    }

    /** A usage error an option's converter found, that says all in its one line (no "Try --help"). */
    static final class OneLineUsageError extends CommandLine.TypeConversionException {
        OneLineUsageError(String message) {
            super(message);
        }
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        Reporter reporter = reporter(cmd);
        if (shellWords != null) {
            reporter.error(inShell(ex, cmd, args));
            return ExitCodes.USAGE;
        }
        if (ex.getCause() instanceof OneLineUsageError oneLine) {
            reporter.error(oneLine.getMessage());
            return ExitCodes.USAGE;
        }
        PrintWriter err = cmd.getErr();
        reporter.error(ex.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        reporter.trace(ex);
        return ExitCodes.USAGE;
    }

    /** A usage error in the shell: one line, with "did you mean" when something is close. */
    private String inShell(ParameterException ex, CommandLine cmd, String[] args) {
        if (ex instanceof UnmatchedArgumentException && cmd.getParent() == null && args.length > 0
                && !args[0].startsWith("-") && !cmd.getSubcommands().containsKey(args[0])) {
            Set<String> names = new LinkedHashSet<>(cmd.getSubcommands().keySet());
            names.addAll(shellWords);
            List<String> close = Similarity.suggestions(args[0], names, 3);
            return "unknown command '" + args[0] + "'"
                    + (close.isEmpty() ? "; 'help' lists the commands" : "; did you mean " + quoted(close) + "?");
        }
        if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            return ex.getMessage() + "; did you mean " + quoted(u.getSuggestions().stream().limit(3).toList()) + "?";
        }
        String name = cmd.getCommandSpec().qualifiedName(" ");
        String sub = name.contains(" ") ? name.substring(name.indexOf(' ') + 1) + " " : "";
        return ex.getMessage() + " (see '" + sub + "--help')";
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "'" + w + "'").collect(Collectors.joining(" or "));
    }

    private static boolean stoppedBy(Throwable ex) {
        return Terminals.stoppedBy(ex);
    }

    private static Reporter reporter(CommandLine cmd) {
        Object root = cmd.getCommandSpec().root().userObject();
        return new Reporter(cmd.getErr(), root instanceof DockernotesCommand d && d.globals().debug());
    }
}
