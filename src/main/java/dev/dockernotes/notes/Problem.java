package dev.dockernotes.notes;

/** Something wrong in the notes, where it is: printed as "file:line: message". */
public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
