package dev.dockernotes.app;

/** Exit codes, named once. 2 for usage errors follows the getopt/picocli convention. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Not found, failed check, wrong content: the command ran but the answer is "no". */
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    /** Something we did not expect: a bug, reported with a one-line message (stack trace with --debug). */
    public static final int INTERNAL = 70;
    /** Stopped by Ctrl-C (128 + SIGINT, as shells report it). */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
