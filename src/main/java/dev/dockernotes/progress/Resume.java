package dev.dockernotes.progress;

import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where reading goes on: the one answer that {@code learn} alone, {@code learn CHAPTER}, the shell's
 * greeting, {@code progress} and the message after a lesson all give, so that each message names
 * exactly what the command it suggests will do.
 *
 * <p>In a chapter: the first section not read at or after the last place (the section shown last),
 * else the first one not read before it, else (a chapter read through) its first section. Without a
 * chapter: the last place's chapter while it has sections not read, else the next chapter after it
 * with any, else the first chapter with any. Sections left unread in earlier chapters are a hint
 * ({@link #gapsBefore}), never a jump back.
 */
public final class Resume {
    private final TopicGraph graph;
    private final Reading reading;

    public Resume(TopicGraph graph, Reading reading) {
        this.graph = graph;
        this.reading = reading;
    }

    /** A place in a chapter: its lesson section and their number (index from 0). */
    public record Place(Topic chapter, Topic section, int index, int total) {
        /** "section 4 of 8, "The Shim"" */
        public String describe() {
            return "section " + (index + 1) + " of " + total + ", \"" + section.title() + "\"";
        }
    }

    /** Where {@code learn} alone goes on; empty when every section of every chapter is read. */
    public Optional<Place> next() {
        List<Topic> chapters = graph.chapters();
        Optional<Topic> lastChapter = reading.lastTopic().map(Topic::chapter).filter(chapters::contains);
        if (lastChapter.isPresent()) {
            int from = chapters.indexOf(lastChapter.get());
            for (int i = from; i < chapters.size(); i++) {
                if (!reading.isFinished(chapters.get(i))) {
                    return Optional.of(in(chapters.get(i)));
                }
            }
        }
        return chapters.stream().filter(c -> !reading.isFinished(c)).findFirst().map(this::in);
    }

    /**
     * Where {@code learn} goes on in a preferred chapter (the shell's current one) while it has
     * sections not read, else as {@link #next()}.
     */
    public Optional<Place> next(Optional<Topic> preferred) {
        return preferred.filter(c -> !reading.isFinished(c)).map(this::in).or(this::next);
    }

    /** Where {@code learn CHAPTER} opens. */
    public Place in(Topic chapter) {
        List<Topic> sections = graph.lessonSections(chapter);
        int last = reading.lastTopic().filter(t -> t.chapter() == chapter).map(t -> lessonIndex(t, sections)).orElse(0);
        for (int i = last; i < sections.size(); i++) {
            if (!reading.isRead(sections.get(i))) {
                return new Place(chapter, sections.get(i), i, sections.size());
            }
        }
        for (int i = 0; i < last; i++) {
            if (!reading.isRead(sections.get(i))) {
                return new Place(chapter, sections.get(i), i, sections.size());
            }
        }
        return new Place(chapter, sections.get(0), 0, sections.size());
    }

    /** The lesson sections of a chapter not read yet, in order. */
    public List<Topic> unread(Topic chapter) {
        return graph.lessonSections(chapter).stream().filter(t -> !reading.isRead(t)).toList();
    }

    /** Chapters before this one that still have sections not read, in order. */
    public List<Topic> gapsBefore(Topic chapter) {
        List<Topic> gaps = new ArrayList<>();
        for (Topic c : graph.chapters()) {
            if (c == chapter) {
                break;
            }
            if (!reading.isFinished(c)) {
                gaps.add(c);
            }
        }
        return gaps;
    }

    /** The index of the lesson section a topic is on (itself, or its ancestor among them); 0 if none. */
    public static int lessonIndex(Topic topic, List<Topic> sections) {
        for (Topic t = topic; t != null; t = t.parent()) {
            int i = sections.indexOf(t);
            if (i >= 0) {
                return i;
            }
        }
        return 0;
    }
}
