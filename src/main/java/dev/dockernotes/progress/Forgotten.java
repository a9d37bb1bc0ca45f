package dev.dockernotes.progress;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What forgetting progress gives back: the copy of the old file (empty when nothing was saved), and the notices. */
public record Forgotten(Optional<Path> backup, List<String> notices) {
    public Forgotten {
        notices = List.copyOf(notices);
    }
}
