package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.notes.Topic;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Chapter names for completion ("chapter1".., then the chapters' ids), read from the notes this
 * session uses. picocli builds it through the factory, so Tab in the shell and the generated
 * bash script offer the same words.
 */
final class ChapterCandidates implements Iterable<String> {
    private final AppContext ctx;

    ChapterCandidates(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Iterator<String> iterator() {
        List<String> words = new ArrayList<>();
        List<Topic> chapters = ctx.currentGraph().chapters();
        chapters.forEach(c -> words.add(c.chapterKey()));
        chapters.forEach(c -> words.add(c.id()));
        return words.stream().distinct().iterator();
    }
}
