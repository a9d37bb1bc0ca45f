package dev.dockernotes.progress;

import dev.dockernotes.errors.DockernotesException;

/** A file from a newer dockernotes: never overwritten, never moved. */
final class NewerVersionException extends DockernotesException {
    private static final long serialVersionUID = 1L;

    NewerVersionException(String message) {
        super(message);
    }
}
