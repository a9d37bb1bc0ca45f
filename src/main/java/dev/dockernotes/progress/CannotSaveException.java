package dev.dockernotes.progress;

import dev.dockernotes.errors.DockernotesException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Progress cannot be saved now; {@link #reason} says why, for "progress is not being saved: WHY". */
class CannotSaveException extends DockernotesException {
    private static final long serialVersionUID = 1L;
    final String reason;

    CannotSaveException(String reason, Throwable cause) {
        super("cannot save progress: " + reason, cause);
        this.reason = reason;
    }

    /** What went wrong writing in {@code folder}: "FOLDER is not writable", or what the system said. */
    static CannotSaveException of(IOException e, Path folder) {
        if (e instanceof AccessDeniedException || e instanceof FileAlreadyExistsException
                || e instanceof FileSystemException fse && isNotWritable(fse)) {
            return notWritable(folder, e);
        }
        return new CannotSaveException("writing in " + folder + " failed (" + reason(e) + ")", e);
    }

    static CannotSaveException notWritable(Path folder, IOException cause) {
        return new CannotSaveException(folder + " is not writable", cause);
    }

    private static boolean isNotWritable(FileSystemException e) {
        String r = e.getReason();
        return r != null && (r.contains("Read-only") || r.contains("Not a directory") || r.contains("Permission denied"));
    }

    /** The system's reason in a few words ("Permission denied", "no such file"). */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
