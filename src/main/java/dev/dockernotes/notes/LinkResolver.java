package dev.dockernotes.notes;

import dev.dockernotes.content.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the links the notes write ("#the-shim", "chapter3.md#volumes") into LINK edges between
 * topics once every file is read, and reports the ones that lead nowhere: no such file, or no
 * heading with that anchor.
 */
final class LinkResolver {
    private final Map<String, NoteFile> filesByName = new HashMap<>();
    private final Map<NoteFile, Topic> firstTopicOfFile = new HashMap<>();
    private final Map<String, Topic> topicsById = new HashMap<>();
    private final Map<NoteFile, Map<String, Topic>> anchorsByFile;

    /**
     * @param anchorsByFile each file's topics by the anchor a link within that file uses (a repeated
     *     heading's anchor numbered as GitHub numbers it)
     */
    LinkResolver(List<NoteFile> files, List<Topic> topics, Map<NoteFile, Map<String, Topic>> anchorsByFile) {
        this.anchorsByFile = anchorsByFile;
        for (NoteFile f : files) {
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            filesByName.put(name, f);
            filesByName.put(f.stem(), f);
        }
        for (Topic t : topics) {
            firstTopicOfFile.putIfAbsent(t.noteFile(), t);
            topicsById.putIfAbsent(t.id(), t);
        }
    }

    /** The edges of the links that reach a topic; a problem for each that does not. */
    List<Edge> resolve(List<TopicScanner.PendingLink> links, List<Problem> problems) {
        List<Edge> edges = new ArrayList<>();
        for (TopicScanner.PendingLink link : links) {
            String dest = link.destination();
            if (dest == null || dest.isEmpty() || hasScheme(dest)) {
                continue; // external: http:, mailto: ...
            }
            int hash = dest.indexOf('#');
            String filePart = hash >= 0 ? dest.substring(0, hash) : dest;
            String anchor = hash >= 0 ? dest.substring(hash + 1) : "";
            NoteFile target = link.file();
            if (!filePart.isEmpty()) {
                String name = filePart.substring(filePart.lastIndexOf('/') + 1);
                if (!name.endsWith(".md") && !name.endsWith(".markdown")) {
                    continue; // a picture or another kind of file: not ours to check
                }
                target = filesByName.get(name);
                if (target == null) {
                    problems.add(new Problem(link.file().path(), link.line(), "broken link to '" + dest
                            + "': no such notes file"));
                    continue;
                }
            }
            Topic to;
            if (anchor.isEmpty()) {
                to = firstTopicOfFile.get(target);
            } else {
                to = anchorsByFile.get(target).get(anchor);
                if (to == null && filePart.isEmpty()) {
                    to = topicsById.get(anchor);
                }
            }
            if (to == null) {
                problems.add(new Problem(link.file().path(), link.line(), "broken link to '" + dest
                        + "': no heading with anchor '#" + anchor + "'"));
            } else if (to != link.from()) {
                edges.add(new Edge(link.from(), to, Edge.Kind.LINK, link.line()));
            }
        }
        return edges;
    }

    /** "https:...", "mailto:...": a URL scheme (a letter, then letters, digits, '+', '.', '-'), then ':'. */
    static boolean hasScheme(String dest) {
        char first = dest.charAt(0);
        if (!isAsciiLetter(first)) {
            return false;
        }
        for (int i = 1; i < dest.length(); i++) {
            char c = dest.charAt(i);
            if (c == ':') {
                return noLineEnd(dest, i + 1);
            }
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        return false;
    }

    /** As a regular expression's '.' sees it: no line terminator from {@code from} on. */
    private static boolean noLineEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
