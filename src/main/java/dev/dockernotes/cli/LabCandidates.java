package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.lab.Lab;
import dev.dockernotes.lab.LabCatalog;
import dev.dockernotes.notes.Topic;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/** Lab ids, then the chapters that have labs, for completing {@code lab ...}. */
final class LabCandidates implements Iterable<String> {
    private final AppContext ctx;

    LabCandidates(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Iterator<String> iterator() {
        List<String> words = new ArrayList<>();
        try {
            LabCatalog catalog = LabCatalog.loadBuiltIn(ctx.currentGraph().chapters().stream()
                    .map(Topic::chapterKey).collect(Collectors.toSet()));
            catalog.labs().stream().map(Lab::id).forEach(words::add);
            ctx.currentGraph().chapters().stream().map(Topic::chapterKey)
                    .filter(c -> !catalog.ofChapter(c).isEmpty()).forEach(words::add);
        } catch (RuntimeException e) {
            // no labs to offer: completion offers nothing rather than failing
        }
        return words.stream().distinct().iterator();
    }
}
