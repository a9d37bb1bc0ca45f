package dev.dockernotes.errors;

import java.util.ArrayList;
import java.util.List;

/**
 * A problem the user can act on: bad input, bad content, a missing file. The CLI prints its
 * message as one line (no stack trace unless --debug) and exits with {@link #exitCode()}.
 * Content errors put "file:line: " at the front of the message.
 */
public class DockernotesException extends RuntimeException {
    private final int exitCode;
    private final List<String> saidBefore = new ArrayList<>();

    public DockernotesException(String message) {
        this(message, 1, null);
    }

    public DockernotesException(String message, Throwable cause) {
        this(message, 1, cause);
    }

    public DockernotesException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /**
     * Notices of what happened before this failure (a corrupt progress file kept aside, and where),
     * to be said before its message: a failure must not hide them.
     */
    public DockernotesException saidBefore(List<String> notices) {
        saidBefore.addAll(notices);
        return this;
    }

    public List<String> saidBefore() {
        return List.copyOf(saidBefore);
    }
}
