package dev.dockernotes.progress;

/**
 * Points in a save where a test can stop the process, as a kill would: with the lock held, with the
 * temporary file half written, forced to disk, or renamed over the progress file.
 */
interface SaveHook {
    String LOCKED = "locked";
    String HALF_WRITTEN = "half-written";
    String FORCED = "forced";
    String RENAMED = "renamed";

    SaveHook NONE = phase -> {};

    void reached(String phase);
}
