package dev.dockernotes.app;

import java.util.List;
import java.util.function.Supplier;

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

    /**
     * One page of a lesson: the topic id (for progress), its title and its Markdown. The Markdown may
     * be made when first asked for: a lesson on a terminal shows one section first, and the links
     * that end each section cost a few milliseconds apiece to find.
     */
    public static final class Section {
        private final String id;
        private final String title;
        private Supplier<String> make;
        private String markdown;

        public Section(String id, String title, String markdown) {
            this.id = id;
            this.title = title;
            this.markdown = java.util.Objects.requireNonNull(markdown);
        }

        private Section(String id, String title, Supplier<String> make) {
            this.id = id;
            this.title = title;
            this.make = make;
        }

        /** A section whose Markdown {@code make} makes the first time it is asked for (once). */
        public static Section madeWhenRead(String id, String title, Supplier<String> make) {
            return new Section(id, title, java.util.Objects.requireNonNull(make));
        }

        public String id() {
            return id;
        }

        public String title() {
            return title;
        }

        /** Made under the lock: the pager's resize handler may ask from its own thread. */
        public synchronized String markdown() {
            if (markdown == null) {
                markdown = java.util.Objects.requireNonNull(make.get());
                make = null;
            }
            return markdown;
        }

        @Override
        public String toString() {
            return "Section[" + id + ", " + title + "]";
        }
    }

    public int size() {
        return sections.size();
    }
}
