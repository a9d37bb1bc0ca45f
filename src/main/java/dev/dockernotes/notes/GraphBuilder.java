package dev.dockernotes.notes;

import dev.dockernotes.content.Problem;
import dev.dockernotes.docker.Programs;
import dev.dockernotes.text.Controls;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;

/**
 * Builds the topic graph from Markdown files, from the commonmark AST alone: nothing here knows
 * these particular notes. Each file is a chapter; a folder with a single file may instead hold
 * several chapters as its top headings.
 */
public final class GraphBuilder {
    private static final Set<String> SHELL_INFO = Set.of(
            "", "bash", "sh", "shell", "console", "zsh", "shell-session", "terminal", "shellsession");

    // Compiled once: loading 100x notes calls these per heading and per block.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TITLE_PREFIX = Pattern.compile(
            "^(chapter\\s*\\d+\\s*[:.-]\\s*)?(\\d+[).:]\\s*)?((the|a|an)\\s+)?");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[?!.]+$");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern EMPHASIS_MARKS = Pattern.compile("[`*]");
    private static final Pattern URL_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    /** commonmark's table extension gives up past this many cells (its default limit). */
    private static final int MAX_TABLE_CELLS = 1_000_000;

    private final List<NoteFile> files;
    private final List<Topic> chapters = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<CommandUse> commandUses = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Slugger globalSlugs = new Slugger();
    private final Map<NoteFile, Map<String, Topic>> anchorsByFile = new HashMap<>();
    private final Map<Topic, List<Node>> blocks = new LinkedHashMap<>();
    private final List<PendingLink> links = new ArrayList<>();
    private final Map<Topic, Set<String>> terms = new LinkedHashMap<>();

    private record PendingLink(Topic from, NoteFile file, String destination, int line) {}

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
        for (NoteFile file : files) {
            addFile(file, single);
        }
        for (int i = 0; i < chapters.size(); i++) {
            Topic chapter = chapters.get(i);
            for (Topic t : chapter.subtree()) {
                t.chapter = chapter;
                t.chapterNumber = i + 1;
            }
        }
        resolveLinks();
        addMentions();
        return new TopicGraph(files, chapters, topics, edges, commandUses, problems);
    }

    private void addFile(NoteFile file, boolean singleFile) {
        String content = withoutFrontMatter(Controls.unixLineEndings(file.content()));
        Node document;
        try {
            document = Markdown.parse(content);
        } catch (RuntimeException | StackOverflowError e) {
            // e.g. commonmark's "maximum number of cells reached" for a table of 20,000 columns
            String why = String.valueOf(e.getMessage()).contains("maxCells")
                    ? "a table of more than " + MAX_TABLE_CELLS + " cells" : Controls.visible(String.valueOf(e.getMessage()));
            Problem skipped = new Problem(file.path(), lineThatFails(content), "cannot be parsed as Markdown ("
                    + why + "); skipped");
            problems.add(skipped);
            loadProblems.add(skipped);
            return;
        }
        SourceLines lines = new SourceLines(content);
        List<HeadingAt> headings = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                headings.add(new HeadingAt(h, h.getLevel(), Markdown.text(h), startLine(n), endLine(n)));
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
        List<Topic> inFile = topics.stream().filter(t -> t.noteFile() == file).toList();
        for (int i = 0; i < inFile.size(); i++) {
            Topic t = inFile.get(i);
            int end = lines.count();
            for (int j = i + 1; j < inFile.size(); j++) {
                if (!isAncestor(t, inFile.get(j))) {
                    end = inFile.get(j).line() - 1;
                    break;
                }
            }
            t.source = lines;
            t.markdownFrom = t.level() == 0 ? 1 : t.line();
            t.markdownTo = end;
            t.markdownNeedsHeading = t.isChapter() && t.level() == 0;
            if (t.body().isBlank() && t.children.isEmpty()) {
                problems.add(new Problem(file.path(), t.line(), "empty section '" + t.title() + "'"));
            }
        }
        // Scan this file's blocks now, so that only one file's syntax tree is held at a time.
        for (Topic t : inFile) {
            scanBlocks(t, blocks.remove(t));
        }
    }

    /**
     * The first line at which the file stops parsing: the end of the shortest prefix that fails
     * (found by halving, a few parses of a file that is already known to be bad).
     */
    private static int lineThatFails(String content) {
        SourceLines lines = new SourceLines(content);
        // The usual cause, a huge table: the line where its cells (about one per '|') pass the limit.
        long cells = 0;
        for (int n = 1; n <= lines.count(); n++) {
            String line = lines.line(n);
            long bars = line.chars().filter(c -> c == '|').count();
            cells = bars == 0 || line.isBlank() ? 0 : cells + bars;
            if (cells >= MAX_TABLE_CELLS) {
                return n;
            }
        }
        int good = 0;
        int bad = lines.count();
        while (bad - good > 1) {
            int mid = (good + bad) >>> 1;
            try {
                Markdown.parse(lines.slice(1, mid));
                good = mid;
            } catch (RuntimeException | StackOverflowError e) {
                bad = mid;
            }
        }
        return bad;
    }

    /**
     * YAML front matter ("---" ... "---" at the very top, as Jekyll and Hugo write it) is metadata,
     * not a heading: blank it out, keeping the line count so line numbers stay right.
     */
    static String withoutFrontMatter(String content) {
        if (!content.startsWith("---\n") && !content.startsWith("---\r\n")) {
            return content;
        }
        String[] lines = content.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                StringBuilder sb = new StringBuilder();
                sb.append("\n".repeat(i + 1));
                for (int j = i + 1; j < lines.length; j++) {
                    sb.append(lines[j]);
                    if (j < lines.length - 1) {
                        sb.append('\n');
                    }
                }
                return sb.toString();
            }
        }
        return content;
    }

    private void addTopic(Topic topic, Topic parent) {
        topic.parent = parent;
        if (parent != null) {
            parent.children.add(topic);
        }
        topics.add(topic);
        blocks.put(topic, new ArrayList<>());
    }

    private static boolean isAncestor(Topic ancestor, Topic t) {
        for (Topic p = t.parent; p != null; p = p.parent) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
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

    static int startLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    static int endLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** Text, key terms, links and commands of one topic's own blocks. */
    private void scanBlocks(Topic topic, List<Node> nodes) {
        StringBuilder text = new StringBuilder(topic.title());
        Set<String> keyTerms = new LinkedHashSet<>(titleTerms(topic));
        List<Correction> corrections = new ArrayList<>();
        for (Node block : nodes) {
            if (!(block instanceof Alert a && a.isCorrection())) {
                text.append(' ').append(block instanceof Alert a ? Alerts.textWithoutSource(a) : Markdown.text(block));
            }
            alert(topic, block, corrections);
            block.accept(new AbstractVisitor() {
                @Override
                public void visit(StrongEmphasis strong) {
                    String term = Markdown.text(strong).trim();
                    if (isTerm(term)) {
                        keyTerms.add(normalizeTerm(term));
                    }
                    visitChildren(strong);
                }

                @Override
                public void visit(Link link) {
                    links.add(new PendingLink(topic, topic.noteFile(), link.getDestination(), startLine(link)));
                    visitChildren(link);
                }

                @Override
                public void visit(Code code) {
                    String literal = code.getLiteral().trim();
                    String[] words = literal.split("\\s+");
                    int i = words.length > 1 && words[0].equals("sudo") ? 1 : 0;
                    if (words.length > i + 1 && Programs.taught(words[i])) {
                        commandUses.add(new CommandUse(topic, literal, startLine(code), false));
                    }
                }

                @Override
                public void visit(FencedCodeBlock block) {
                    String info = block.getInfo() == null ? "" : block.getInfo().trim().split("\\s+")[0];
                    if (SHELL_INFO.contains(info.toLowerCase(Locale.ROOT))) {
                        addCodeCommands(topic, block.getLiteral(), startLine(block) + 1);
                    }
                }

                @Override
                public void visit(IndentedCodeBlock block) {
                    addCodeCommands(topic, block.getLiteral(), startLine(block));
                }
            });
        }
        topic.bodyLines = BodyLines.read(topic, nodes); // lines by kind and glossary items, once for everyone
        for (GlossaryItem g : topic.glossary()) {
            if (g.term().length() <= 60) {
                keyTerms.add(normalizeTerm(g.term()));
            }
        }
        topic.text = WHITESPACE.matcher(text).replaceAll(" ").trim();
        topic.corrections = List.copyOf(corrections);
        keyTerms.removeIf(t -> t.length() < 3);
        topic.keyTerms = Set.copyOf(keyTerms);
        terms.put(topic, keyTerms);
    }

    /** A correction is kept with its topic, and must name its source; a quote that only looks like an alert is pointed out. */
    private void alert(Topic topic, Node block, List<Correction> corrections) {
        if (block instanceof Alert alert) {
            Correction c = Correction.of(alert, topic.file());
            if (c != null) {
                corrections.add(c);
                if (c.source().isEmpty()) {
                    problems.add(new Problem(topic.file(), c.line(), "correction without a source: end it with a line"
                            + " 'Source: ...' (a 'docker ... --help' line or a page of Docker's docs)"));
                }
            }
        } else if (block instanceof org.commonmark.node.BlockQuote quote) {
            Alerts.markerWord(quote).filter(w -> Alert.Kind.named(w).isEmpty()).ifPresent(w -> problems.add(
                    new Problem(topic.file(), startLine(quote), "unknown alert kind '[!" + w + "]' (GitHub knows NOTE,"
                            + " TIP, IMPORTANT, WARNING, CAUTION): it shows as a plain quote")));
        }
    }

    private void addCodeCommands(Topic topic, String literal, int firstLine) {
        String[] lines = literal.split("\n", -1);
        StringBuilder continued = new StringBuilder();
        int startOfCommand = firstLine;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (continued.isEmpty()) {
                startOfCommand = firstLine + i;
            }
            if (line.startsWith("$ ")) {
                line = line.substring(2);
            }
            if (line.endsWith("\\")) {
                continued.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            String command = stripComment(continued + line).strip();
            continued.setLength(0);
            if (command.isEmpty()) {
                continue;
            }
            String[] words = command.split("\\s+");
            int w = words.length > 1 && words[0].equals("sudo") ? 1 : 0;
            if (Programs.taught(words[w])) {
                commandUses.add(new CommandUse(topic, command, startOfCommand, true));
            }
        }
    }

    /** The command without a trailing shell comment ("# ..." after whitespace, outside quotes). */
    static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static boolean isTerm(String bold) {
        // "Note:", "Warning!", "Example:" are labels, not terms.
        return !bold.isEmpty() && bold.length() <= 60 && !bold.endsWith(":") && !bold.endsWith("!");
    }

    static String normalizeTerm(String term) {
        String plain = EMPHASIS_MARKS.matcher(term.toLowerCase(Locale.ROOT)).replaceAll("");
        return WHITESPACE.matcher(plain).replaceAll(" ").trim();
    }

    /** "Docker Daemon (dockerd)" -> "docker daemon", "dockerd"; "1) The Runtime" -> "runtime". */
    private static List<String> titleTerms(Topic topic) {
        String title = TITLE_PREFIX.matcher(topic.title().toLowerCase(Locale.ROOT)).replaceFirst("");
        title = TRAILING_PUNCTUATION.matcher(title).replaceAll("");
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher paren = PARENTHESES.matcher(title);
        while (paren.find()) {
            out.add(normalizeTerm(paren.group(1)));
        }
        String main = normalizeTerm(PARENTHESES.matcher(title).replaceAll(" "));
        if (main.split(" ").length <= 4) {
            out.add(0, main);
        }
        return out;
    }

    private void resolveLinks() {
        Map<String, NoteFile> byName = new HashMap<>();
        for (NoteFile f : files) {
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            byName.put(name, f);
            byName.put(f.stem(), f);
        }
        for (PendingLink link : links) {
            String dest = link.destination();
            if (dest == null || dest.isEmpty() || URL_SCHEME.matcher(dest).matches()) {
                continue; // external: http:, mailto: ...
            }
            String filePart = dest.contains("#") ? dest.substring(0, dest.indexOf('#')) : dest;
            String anchor = dest.contains("#") ? dest.substring(dest.indexOf('#') + 1) : "";
            NoteFile target = link.file();
            if (!filePart.isEmpty()) {
                String name = filePart.substring(filePart.lastIndexOf('/') + 1);
                if (!name.endsWith(".md") && !name.endsWith(".markdown")) {
                    continue; // a picture or another kind of file: not ours to check
                }
                target = byName.get(name);
                if (target == null) {
                    problems.add(new Problem(link.file().path(), link.line(), "broken link to '" + dest
                            + "': no such notes file"));
                    continue;
                }
            }
            Topic to;
            if (anchor.isEmpty()) {
                NoteFile t = target;
                to = topics.stream().filter(x -> x.noteFile() == t).findFirst().orElse(null);
            } else {
                to = anchorsByFile.get(target).get(anchor);
                if (to == null && filePart.isEmpty()) {
                    to = topics.stream().filter(x -> x.id().equals(anchor)).findFirst().orElse(null);
                }
            }
            if (to == null) {
                problems.add(new Problem(link.file().path(), link.line(), "broken link to '" + dest
                        + "': no heading with anchor '#" + anchor + "'"));
            } else if (to != link.from()) {
                edges.add(new Edge(link.from(), to, Edge.Kind.LINK, link.line()));
            }
        }
    }

    /** A topic that names another topic's key term is related to it. Linear in the text's words. */
    private void addMentions() {
        Map<String, Topic> owner = new LinkedHashMap<>();
        // Titles first: the section called "containerd" owns the term, not a passing bold word.
        terms.forEach((topic, ts) -> titleTerms(topic).forEach(t -> owner.putIfAbsent(stemmed(t), topic)));
        terms.forEach((topic, ts) -> ts.forEach(t -> owner.putIfAbsent(stemmed(t), topic)));
        owner.keySet().removeIf(t -> t.length() < 3 || t.isBlank());
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        for (String term : owner.keySet()) {
            String[] words = term.split(" ");
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        Map<String, Set<Topic>> mentionedIn = new HashMap<>();
        Map<Topic, Map<Topic, String>> found = new LinkedHashMap<>();
        for (Topic topic : topics) {
            String[] words = Search.tokens(topic.text().substring(Math.min(topic.text().length(), topic.title().length())))
                    .stream().map(Search::stem).toArray(String[]::new);
            for (int i = 0; i < words.length; i++) {
                List<String[]> candidates = byFirstWord.get(words[i]);
                if (candidates == null) {
                    continue;
                }
                for (String[] term : candidates) {
                    if (matchesAt(words, i, term)) {
                        String key = String.join(" ", term);
                        mentionedIn.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(topic);
                        Topic to = owner.get(key);
                        if (to != topic && !isAncestor(to, topic) && !isAncestor(topic, to)) {
                            found.computeIfAbsent(topic, k -> new LinkedHashMap<>()).putIfAbsent(to, key);
                        }
                    }
                }
            }
        }
        // A term named nearly everywhere ("container" in Docker notes) relates nothing in particular.
        int tooCommon = Math.max(5, topics.size() / 2);
        found.forEach((from, targets) -> targets.forEach((to, term) -> {
            if (mentionedIn.get(term).size() <= tooCommon) {
                edges.add(new Edge(from, to, Edge.Kind.MENTION, from.line()));
            }
        }));
    }

    private static String stemmed(String term) {
        return String.join(" ", Search.tokens(term).stream().map(Search::stem).toList());
    }

    private static boolean matchesAt(String[] words, int i, String[] term) {
        if (i + term.length > words.length) {
            return false;
        }
        for (int k = 0; k < term.length; k++) {
            if (!words[i + k].equals(term[k])) {
                return false;
            }
        }
        return true;
    }
}
