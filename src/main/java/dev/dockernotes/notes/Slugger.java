package dev.dockernotes.notes;

import org.commonmark.ext.heading.anchor.IdGenerator;

/**
 * GitHub-style heading slugs ("Chapter 2: Docker Engine Architecture" ->
 * "chapter-2-docker-engine-architecture"), numbered "-1", "-2" on repeats, as the heading-anchor
 * extension does. One instance is one namespace of anchors.
 */
final class Slugger {
    private final IdGenerator generator = IdGenerator.builder().defaultId("section").build();

    String slug(String headingText) {
        return generator.generateId(headingText);
    }

    /** The slug a heading text gets, with no numbering for repeats. */
    static String plain(String headingText) {
        return IdGenerator.builder().defaultId("section").build().generateId(headingText);
    }
}
