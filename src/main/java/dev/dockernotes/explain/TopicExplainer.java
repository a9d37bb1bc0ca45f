package dev.dockernotes.explain;

import dev.dockernotes.docker.CommandNamer;
import dev.dockernotes.explain.Explanation.Note;
import dev.dockernotes.explain.Explanation.TopicRef;
import dev.dockernotes.notes.Search;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Explains a concept from the notes (a topic by its id or title, else the best search hit: a short
 * section whole, or its first paragraph) and a term of the notes' glossary (Ctrl-PQ).
 */
final class TopicExplainer {
    private final TopicGraph graph;
    private final CommandNamer namer;

    TopicExplainer(TopicGraph graph, CommandNamer namer) {
        this.graph = graph;
        this.namer = namer;
    }

    /** The topic these words name (or, failing that, that search finds best), if any. */
    Optional<Explanation> concept(String input) {
        Optional<Topic> topic = graph.findTopic(input);
        String snippet = null;
        if (topic.isEmpty()) {
            List<Search.Hit> hits = graph.search().search(input, 1);
            if (!hits.isEmpty()) {
                topic = Optional.of(hits.get(0).topic());
                snippet = hits.get(0).snippet();
            }
        }
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        Topic t = topic.get();
        List<TopicRef> related = new ArrayList<>();
        t.children().forEach(c -> related.add(new TopicRef(c.id(), c.title())));
        graph.related(t).forEach(r -> related.add(new TopicRef(r.id(), r.title())));
        if (t.parent() != null) {
            related.add(new TopicRef(t.parent().id(), t.parent().title()));
        }
        Note note = new Note(t.id(), t.title(), snippet != null ? snippet : NotesText.section(t));
        return Optional.of(Explanation.concept(input, t.title(), note, graph.commandsTaught(t, namer),
                List.copyOf(new LinkedHashSet<>(related))));
    }

    /** A term of the glossary: a key sequence such as Ctrl-PQ, or another term, from its item. */
    Explanation term(String input, Glossary.Entry g) {
        return Explanation.term(input, Glossary.isKeys(g.term()), g.term(), g.note(), new TopicRef(g.topic().id(), g.topic().title()));
    }
}
