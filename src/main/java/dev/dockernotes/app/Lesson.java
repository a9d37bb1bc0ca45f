package dev.dockernotes.app;

import java.util.List;

/**
 * What a lesson pages through: a chapter's sections as Markdown, each with the links that end it
 * (related topics, commands taught), and what to say when the chapter is finished.
 *
 * @param chapterTitle shown in the header of every page
 * @param sections     the lesson sections, in reading order (at least one)
 * @param finished     Markdown shown after the last section (next chapter, its quiz)
 */
public record Lesson(String chapterTitle, List<Section> sections, String finished) {
    public Lesson {
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one section");
        }
    }

    /**
     * How the reader left the lesson: quit, finished (reached the end with every section read),
     * reached the end with sections still not read, or interrupted (Ctrl-C).
     */
    public enum Outcome { QUIT, FINISHED, REACHED_END, INTERRUPTED }

    /** One page of a lesson: the topic id (for progress), its title and its Markdown. */
    public record Section(String id, String title, String markdown) {}

    public int size() {
        return sections.size();
    }
}
