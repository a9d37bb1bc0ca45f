package dev.dockernotes.lab;

import dev.dockernotes.errors.DockernotesException;

/** The engine could not be reached or refused: the message says what to do, in one line. */
public final class EngineException extends DockernotesException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
