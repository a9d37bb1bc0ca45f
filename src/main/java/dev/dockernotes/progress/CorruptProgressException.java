package dev.dockernotes.progress;

/** Bytes that are not a progress document; {@link #reason} says why ("not valid JSON: ...", "it is empty"). */
final class CorruptProgressException extends Exception {
    private static final long serialVersionUID = 1L;
    final String reason;

    CorruptProgressException(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }
}
