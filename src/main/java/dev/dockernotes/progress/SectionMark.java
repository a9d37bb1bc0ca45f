package dev.dockernotes.progress;

import java.time.Instant;

/**
 * A section of the notes as progress remembers it: the chapter key, the topic id and the title
 * at the time. The title lets a mark survive an edit that changes the id (a typo fixed in a
 * heading changes its slug); see {@link Reading}.
 */
public final class SectionMark extends KeepsUnknownFields {
    String chapter;
    String topic;
    String title;
    Instant at;

    SectionMark() {}

    public SectionMark(String chapter, String topic, String title, Instant at) {
        this.chapter = chapter;
        this.topic = topic;
        this.title = title;
        this.at = at;
    }

    /** The chapter key when it was recorded, e.g. "chapter2". */
    public String chapter() {
        return chapter;
    }

    /** The topic id (heading slug) when it was recorded, e.g. "the-shim". */
    public String topic() {
        return topic;
    }

    public String title() {
        return title;
    }

    /** When it was recorded; may be null in a hand-edited file. */
    public Instant at() {
        return at;
    }


    @Override
    public String toString() {
        return chapter + "/" + topic + " \"" + title + "\"";
    }
}
