package dev.dockernotes.notes;

import dev.dockernotes.content.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Builds the topic graph from Markdown files, from the commonmark AST alone: nothing here knows
 * these particular notes. Each file is a chapter; a folder with a single file may instead hold
 * several chapters as its top headings.
 */
public final class GraphBuilder {
    private final List<NoteFile> files;
    private final List<Topic> chapters = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<CommandUse> commandUses = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Slugger globalSlugs = new Slugger();
    private final Map<NoteFile, Map<String, Topic>> anchorsByFile = new HashMap<>();
    private final Map<Topic, List<Node>> blocks = new HashMap<>();
    private final List<TopicScanner.PendingLink> links = new ArrayList<>();
    private final TopicScanner scanner = new TopicScanner(commandUses, links, problems);
    private final Map<Topic, Set<String>> terms = new LinkedHashMap<>();
    private final Map<Topic, List<String>> titleTerms = new HashMap<>();

    private record HeadingAt(Heading node, int level, String title, int line, int endLine) {}

    private final List<Problem> loadProblems;

    private GraphBuilder(List<NoteFile> files, List<Problem> loadProblems) {
        this.files = files;
        this.loadProblems = loadProblems;
        this.problems.addAll(loadProblems);
    }

    public static TopicGraph build(List<NoteFile> files) {
        return build(files, new ArrayList<>());
    }

    /**
     * Builds the graph; problems met while loading the files are kept with the graph's own. A file
     * that cannot be parsed is skipped, and said so in {@code loadProblems} (the caller's warnings,
     * so a modifiable list) as well as in the graph's problems.
     */
    public static TopicGraph build(List<NoteFile> files, List<Problem> loadProblems) {
        return new GraphBuilder(files, loadProblems).build();
    }

    private TopicGraph build() {
        boolean single = files.size() == 1;
        try (NoteParser parser = new NoteParser(files)) {
            for (NoteFile file : files) {
                addFile(file, parser.next(), single);
            }
        }
        for (int i = 0; i < chapters.size(); i++) {
            Topic chapter = chapters.get(i);
            for (Topic t : chapter.subtree()) {
                t.chapter = chapter;
                t.chapterNumber = i + 1;
            }
        }
        edges.addAll(new LinkResolver(files, topics, anchorsByFile).resolve(links, problems));
        edges.addAll(Mentions.find(topics, terms, titleTerms));
        return new TopicGraph(files, chapters, topics, edges, commandUses, problems);
    }

    private void addFile(NoteFile file, NoteParser.Parsed parsed, boolean singleFile) {
        String content = parsed.content();
        Node document = parsed.document();
        if (document == null) {
            Problem skipped = new Problem(file.path(), NoteParser.lineThatFails(content), "cannot be parsed as Markdown ("
                    + parsed.failure() + "); skipped");
            problems.add(skipped);
            loadProblems.add(skipped);
            return;
        }
        SourceLines lines = new SourceLines(content);
        List<HeadingAt> headings = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                headings.add(new HeadingAt(h, h.getLevel(), Markdown.text(h), TopicScanner.startLine(n), TopicScanner.endLine(n)));
            }
        }
        TreeMap<Integer, Integer> countByLevel = new TreeMap<>();
        headings.forEach(h -> countByLevel.merge(h.level(), 1, Integer::sum));

        // Which headings start chapters, and which heading (if any) is only the book's title.
        int chapterLevel = 0;
        HeadingAt bookTitle = null;
        if (!countByLevel.isEmpty()) {
            int top = countByLevel.firstKey();
            if (singleFile && countByLevel.get(top) == 1) {
                Integer deeper = countByLevel.tailMap(top, false).entrySet().stream()
                        .filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).findFirst().orElse(null);
                if (deeper != null && headings.get(0).level() == top) {
                    bookTitle = headings.get(0);
                    chapterLevel = deeper;
                }
            } else if (singleFile && countByLevel.get(top) >= 2) {
                chapterLevel = top;
            }
        }
        Map<String, Topic> anchors = new LinkedHashMap<>();
        anchorsByFile.put(file, anchors);
        Slugger fileSlugs = new Slugger();
        Map<String, Integer> firstLineOfSlug = new HashMap<>();

        int firstOfFile = topics.size();
        Topic current = null;
        Deque<Topic> stack = new ArrayDeque<>();
        boolean fileIsChapter = chapterLevel == 0;
        if (fileIsChapter) {
            boolean ownHeading = !headings.isEmpty() && countByLevel.firstEntry().getValue() == 1
                    && headings.get(0).level() == countByLevel.firstKey();
            if (!ownHeading) {
                // No single top heading: the file itself is the chapter, titled after its name.
                String title = titleFromStem(file.stem());
                Topic chapter = new Topic(globalSlugs.slug(title), title, 0, file, 1);
                addTopic(chapter, null);
                chapters.add(chapter);
                stack.push(chapter);
                current = chapter;
            }
        }
        int headingIndex = 0;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading) {
                HeadingAt h = headings.get(headingIndex++);
                String fileSlug = fileSlugs.slug(h.title());
                String plain = Slugger.plain(h.title());
                Integer earlier = firstLineOfSlug.putIfAbsent(plain, h.line());
                if (earlier != null) {
                    problems.add(new Problem(file.path(), h.line(), "duplicate heading '" + h.title()
                            + "' (also at line " + earlier + "): links to #" + plain + " reach only the first"));
                }
                if (h == bookTitle || (!fileIsChapter && h.level() < chapterLevel)) {
                    globalSlugs.slug(h.title()); // keep numbering of repeats as in the whole file
                    current = null;
                    stack.clear();
                    continue;
                }
                Topic topic = new Topic(globalSlugs.slug(h.title()), h.title(), h.level(), file, h.line());
                anchors.put(fileSlug, topic);
                boolean startsChapter = fileIsChapter ? stack.isEmpty() : h.level() == chapterLevel;
                if (startsChapter) {
                    stack.clear();
                    addTopic(topic, null);
                    chapters.add(topic);
                } else {
                    while (stack.size() > 1 && stack.peek().level() >= h.level()) {
                        stack.pop();
                    }
                    if (stack.isEmpty()) {
                        current = null;
                        continue;
                    }
                    addTopic(topic, stack.peek());
                }
                stack.push(topic);
                current = topic;
                setBody(topic, lines, h.endLine() + 1, nextHeadingLine(headings, headingIndex, lines.count()) - 1);
            } else if (current != null) {
                blocks.get(current).add(n);
                if (!current.hasBody() && current.level() == 0) {
                    setBody(current, lines, 1, nextHeadingLine(headings, headingIndex, lines.count()) - 1);
                }
            }
        }
        // A topic's full Markdown runs from its heading to the next topic outside its subtree.
        List<Topic> inFile = topics.subList(firstOfFile, topics.size());
        for (int i = 0; i < inFile.size(); i++) {
            Topic t = inFile.get(i);
            int end = lines.count();
            for (int j = i + 1; j < inFile.size(); j++) {
                if (!Mentions.isAncestor(t, inFile.get(j))) {
                    end = inFile.get(j).line() - 1;
                    break;
                }
            }
            t.source = lines;
            t.markdownFrom = t.level() == 0 ? 1 : t.line();
            t.markdownTo = end;
            t.markdownNeedsHeading = t.isChapter() && t.level() == 0;
            if (t.bodyIsBlank() && t.children.isEmpty()) {
                problems.add(new Problem(file.path(), t.line(), "empty section '" + t.title() + "'"));
            }
        }
        // Scan this file's blocks now, so that only one file's syntax tree is held at a time.
        for (Topic t : inFile) {
            terms.put(t, scanner.scan(t, blocks.remove(t)));
            titleTerms.put(t, TopicScanner.titleTerms(t));
        }
    }

    private void addTopic(Topic topic, Topic parent) {
        topic.parent = parent;
        if (parent != null) {
            parent.children.add(topic);
        }
        topics.add(topic);
        blocks.put(topic, new ArrayList<>());
    }

    private static int nextHeadingLine(List<HeadingAt> headings, int index, int lineCount) {
        return index < headings.size() ? headings.get(index).line() : lineCount + 1;
    }

    private static void setBody(Topic topic, SourceLines lines, int from, int to) {
        topic.source = lines;
        topic.bodyFrom = from;
        topic.bodyTo = to;
        topic.lastLine = to;
    }

    private static String titleFromStem(String stem) {
        String words = stem.replaceAll("[-_]+", " ").trim();
        if (words.isEmpty()) {
            return "Notes";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

}
