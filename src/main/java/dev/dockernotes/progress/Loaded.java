package dev.dockernotes.progress;

import java.util.List;

/**
 * What a load or a save of the progress file gives back: the progress, and what the user should be
 * told about it (a corrupt file kept aside, progress not being saved and why), one line each. The
 * store keeps no notices: whoever loaded says these, once.
 */
public record Loaded(Progress progress, List<String> notices) {
    public Loaded {
        notices = List.copyOf(notices);
    }
}
