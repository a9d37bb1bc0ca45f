package dev.dockernotes.progress;

import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.text.Similarity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read marks of a {@link Progress}, resolved against the notes as they are now. A mark
 * matches the topic with its id; failing that (the heading was edited, so its slug changed), the
 * topic in the same chapter whose title is closest, within a few typos. Marks that match nothing
 * (a deleted section) are kept in the file but ignored here.
 */
public final class Reading {
    private final TopicGraph graph;
    private final Map<Topic, SectionMark> read = new IdentityHashMap<>();
    private final List<SectionMark> unmatched = new ArrayList<>();
    private final SectionMark lastMark;
    private final Topic last;

    Reading(Progress progress, TopicGraph graph) {
        this.graph = graph;
        for (SectionMark mark : progress.readMarks()) {
            Optional<Topic> topic = match(graph, mark);
            if (topic.isPresent()) {
                read.put(topic.get(), mark);
            } else {
                unmatched.add(mark);
            }
        }
        this.lastMark = progress.lastPlace().orElse(null);
        this.last = lastMark == null ? null : match(graph, lastMark).orElse(null);
    }

    /** The current topic a recorded mark stands for, if any. */
    public static Optional<Topic> match(TopicGraph graph, SectionMark mark) {
        if (mark.topic() != null) {
            Optional<Topic> byId = graph.topic(mark.topic());
            if (byId.isPresent()) {
                return byId;
            }
        }
        if (mark.title() == null || mark.chapter() == null) {
            return Optional.empty();
        }
        Optional<Topic> chapter = graph.chapters().stream().filter(c -> mark.chapter().equals(c.chapterKey())).findFirst();
        if (chapter.isEmpty()) {
            return Optional.empty();
        }
        String title = normal(mark.title());
        int allowed = Math.max(2, title.length() / 5);
        Topic best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Topic t : chapter.get().subtree()) {
            int d = Similarity.distance(title, normal(t.title()));
            if (d <= allowed && d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String normal(String title) {
        return title.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public boolean isRead(Topic topic) {
        return read.containsKey(topic);
    }

    /** Topics read, in no particular order. */
    public Set<Topic> readTopics() {
        return Collections.unmodifiableSet(read.keySet());
    }

    /** The lesson sections of a chapter (its direct children) that have been read, in reading order. */
    public List<Topic> readSections(Topic chapter) {
        return graph.lessonSections(chapter).stream().filter(read::containsKey).toList();
    }

    /** The first lesson section of the chapter not read yet; empty when the chapter is finished. */
    public Optional<Topic> firstUnread(Topic chapter) {
        return graph.lessonSections(chapter).stream().filter(t -> !read.containsKey(t)).findFirst();
    }

    public boolean isFinished(Topic chapter) {
        return firstUnread(chapter).isEmpty();
    }

    /** The marks (as recorded) that resolve into this chapter's topics, for forgetting them. */
    public List<SectionMark> marksIn(Topic chapter) {
        List<SectionMark> marks = new ArrayList<>();
        read.forEach((topic, mark) -> {
            if (topic.chapter() == chapter) {
                marks.add(mark);
            }
        });
        return marks;
    }

    /** The topic of the last place, if it still exists. */
    public Optional<Topic> lastTopic() {
        return Optional.ofNullable(last);
    }

    /** The last place as recorded (its time, even when the topic is gone). */
    public Optional<SectionMark> lastMark() {
        return Optional.ofNullable(lastMark);
    }

    /** Marks that match no current topic: kept in the file, ignored for display. */
    public List<SectionMark> unmatched() {
        return Collections.unmodifiableList(unmatched);
    }
}
