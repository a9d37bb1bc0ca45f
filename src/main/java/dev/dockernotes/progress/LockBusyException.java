package dev.dockernotes.progress;

/** Another dockernotes held the lock for longer than we wait. */
final class LockBusyException extends CannotSaveException {
    private static final long serialVersionUID = 1L;

    LockBusyException(String reason) {
        super(reason, null);
    }
}
