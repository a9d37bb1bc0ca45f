package dev.dockernotes.progress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One-line messages for the user, each kept once, in the order they came; each handed out once. */
final class Notices {
    private final Set<String> all = new LinkedHashSet<>();
    private final Set<String> handedOut = new LinkedHashSet<>();

    void add(String notice) {
        all.add(notice);
    }

    List<String> all() {
        return List.copyOf(all);
    }

    /** Those not handed out before. */
    List<String> take() {
        List<String> fresh = new ArrayList<>();
        for (String n : all) {
            if (handedOut.add(n)) {
                fresh.add(n);
            }
        }
        return fresh;
    }
}
