package dev.dockernotes.notes;

/** A relation between two topics that the notes state: a Markdown link, or one naming the other's term. */
public record Edge(Topic from, Topic to, Kind kind, int line) {
    public enum Kind {
        /** A Markdown link to the other topic's anchor. */
        LINK,
        /** The text names a key term of the other topic. */
        MENTION
    }
}
