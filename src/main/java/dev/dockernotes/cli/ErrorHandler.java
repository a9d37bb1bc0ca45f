package dev.dockernotes.cli;

import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.errors.DockernotesException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Errors are handled here and only here: one line for the user, a stack trace only with --debug.
 * Usage errors exit 2, the app's own errors carry their exit code, anything else is a bug (70).
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        return report(ex, cmd.getErr(), debug(cmd));
    }

    /** An error a command threw: one line (the app's own with its exit code), a stack trace only with --debug. */
    static int report(Exception ex, PrintWriter err, boolean debug) {
        if (ex instanceof DockernotesException de) {
            err.println("dockernotes: " + de.getMessage());
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return de.exitCode();
        }
        err.println("dockernotes: internal error: " + describe(ex)
                + (debug ? "" : " (run again with --debug for details)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
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
        PrintWriter err = cmd.getErr();
        if (ex.getCause() instanceof OneLineUsageError oneLine) {
            err.println("dockernotes: " + oneLine.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        err.println("dockernotes: " + ex.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        if (debug(cmd)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    private static boolean debug(CommandLine cmd) {
        Object root = cmd.getCommandSpec().root().userObject();
        return root instanceof DockernotesCommand d && d.globals().debug();
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
