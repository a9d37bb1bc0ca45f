package dev.dockernotes.notes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A chapter, section or subsection of the notes: one heading and the text under it. Its id is the
 * GitHub-style slug of its heading, as links to it use.
 */
public final class Topic {
    private final String id;
    private final String title;
    private final int level;
    private final NoteFile file;
    private final int line;
    final List<Topic> children = new ArrayList<>();
    Topic parent;
    Topic chapter;
    int chapterNumber;
    int lastLine;
    /** Where body and Markdown are cut from when asked (kept as line ranges, not copies). */
    SourceLines source;
    int bodyFrom;
    int bodyTo = -1;
    int markdownFrom;
    int markdownTo = -1;
    boolean markdownNeedsHeading;
    String text = "";
    Set<String> keyTerms = Set.of();
    List<Correction> corrections = List.of();
    BodyLines bodyLines = BodyLines.EMPTY;

    Topic(String id, String title, int level, NoteFile file, int line) {
        this.id = id;
        this.title = title;
        this.level = level;
        this.file = file;
        this.line = line;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Heading level as written (1-6). */
    public int level() {
        return level;
    }

    /** 0 for a chapter, 1 for its sections, 2 for their subsections... */
    public int depth() {
        return parent == null ? 0 : parent.depth() + 1;
    }

    public boolean isChapter() {
        return parent == null;
    }

    public Topic chapter() {
        return chapter;
    }

    /** The chapter's number, counted from 1 in reading order. */
    public int chapterNumber() {
        return chapterNumber;
    }

    /** The short name of this topic's chapter: "chapter2". */
    public String chapterKey() {
        return "chapter" + chapterNumber;
    }

    public Topic parent() {
        return parent;
    }

    public List<Topic> children() {
        return Collections.unmodifiableList(children);
    }

    /** The file as shown in messages, e.g. "notes/chapter2.md". */
    public String file() {
        return file.path();
    }

    NoteFile noteFile() {
        return file;
    }

    /** 1-based line of the heading. */
    public int line() {
        return line;
    }

    /** 1-based last line of this topic's own text (before its first subsection or the next heading). */
    public int lastLine() {
        return lastLine;
    }

    /** The Markdown under the heading, up to the next heading of any level. */
    public String body() {
        return source == null || bodyTo < 0 ? "" : source.slice(bodyFrom, bodyTo);
    }

    /** Whether {@link #body()} is blank, without cutting it out (a chapter's body may be the whole file). */
    boolean bodyIsBlank() {
        return source == null || bodyTo < 0 || source.isBlank(bodyFrom, bodyTo);
    }

    boolean hasBody() {
        return bodyTo >= 0;
    }

    /** The heading and everything under it, subsections included: what a lesson shows. */
    public String markdown() {
        if (source == null || markdownTo < 0) {
            return "";
        }
        String md = source.slice(markdownFrom, markdownTo);
        return markdownNeedsHeading ? "# " + title + "\n\n" + md : md;
    }

    /** The plain words of the heading and the body (the user's own, without corrections), for search and term matching. */
    public String text() {
        return text;
    }

    /** Terms this topic defines: its heading, its bold terms, the terms of its glossary-like items. */
    public Set<String> keyTerms() {
        return keyTerms;
    }

    /** The lines of {@link #body()} with their numbers and kinds (prose, code, fence, correction), as the graph read them. */
    public BodyLines bodyLines() {
        return bodyLines;
    }

    /** The glossary-like items of this topic's own text ("**`docker container stop`** - Will stop ..."). */
    public List<GlossaryItem> glossary() {
        return bodyLines.glossary();
    }

    /** The corrections beside this topic's own text (not its subsections'), in reading order. */
    public List<Correction> corrections() {
        return corrections;
    }

    /** "Chapter 2: Docker Engine Architecture > The Shim". */
    public String path() {
        return parent == null ? title : parent.path() + " > " + title;
    }

    /** This topic and all below it, in reading order. */
    public List<Topic> subtree() {
        List<Topic> all = new ArrayList<>();
        collect(this, all);
        return all;
    }

    private static void collect(Topic topic, List<Topic> into) {
        into.add(topic);
        topic.children.forEach(c -> collect(c, into));
    }

    @Override
    public String toString() {
        return id;
    }
}
