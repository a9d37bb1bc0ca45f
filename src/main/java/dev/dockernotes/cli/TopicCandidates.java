package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.notes.Topic;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Topic ids (chapters as "chapter1".. first) for completion, from the notes this session uses. */
final class TopicCandidates implements Iterable<String> {
    private final AppContext ctx;

    TopicCandidates(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Iterator<String> iterator() {
        List<String> words = new ArrayList<>();
        ctx.currentGraph().chapters().forEach(c -> words.add(c.chapterKey()));
        ctx.currentGraph().topics().stream().map(Topic::id).forEach(words::add);
        return words.stream().distinct().iterator();
    }
}
