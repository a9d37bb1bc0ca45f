package dev.dockernotes.app;

import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.text.Controls;
import java.io.PrintWriter;

/**
 * Every message dockernotes writes about itself goes through here, one line each, with the one
 * prefix {@value #PREFIX}. Three kinds: an error (or a notice: the prefix alone), a warning
 * ("warning: "), and an internal error (a bug: what escaped, and how to see the stack trace).
 */
public final class Reporter {
    private static final String PREFIX = "dockernotes: ";

    private final PrintWriter err;
    private final boolean debug;

    /** @param debug whether --debug was given: stack traces follow internal errors (and failures) */
    public Reporter(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    /** What went wrong, or what the user should know (progress not being saved): the prefix alone. */
    public void error(String message) {
        line(message);
    }

    /** Notices returned with what was loaded (a file kept aside...): one line each. */
    public void notices(java.util.List<String> notices) {
        notices.forEach(this::line);
    }

        /** Something skipped or not kept; the command goes on. */
    public void warning(String message) {
        line("warning: " + message);
    }

    /** The app's own failure: its one-line message (the stack trace with --debug); returns its exit code. */
    public int failed(DockernotesException e) {
        e.saidBefore().forEach(notice -> err.println(PREFIX + notice));
        err.println(PREFIX + e.getMessage());
        trace(e);
        return e.exitCode();
    }

    /**
     * Something that escaped every handler (a bug, or the JVM running out of memory or stack): one
     * line, the stack trace only with --debug; returns {@link ExitCodes#INTERNAL}.
     */
    public int internal(Throwable e) {
        String what;
        if (e instanceof OutOfMemoryError) {
            what = "out of memory (" + e.getMessage() + "): the notes may be too large; give Java more heap"
                    + " (JAVA_TOOL_OPTIONS=-Xmx2g) or read fewer notes";
        } else if (e instanceof StackOverflowError) {
            what = "the input nests too deeply to handle (stack overflow)";
        } else {
            what = "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        err.println(PREFIX + Controls.visible(what) + (debug ? "" : " (run again with --debug for details)"));
        trace(e);
        return ExitCodes.INTERNAL;
    }

    /** A stack trace, only with --debug (for usage errors too). */
    public void trace(Throwable e) {
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    private void line(String message) {
        err.println(PREFIX + message);
        err.flush();
    }
}
