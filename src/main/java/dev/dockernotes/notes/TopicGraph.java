package dev.dockernotes.notes;

import dev.dockernotes.content.Problem;
import dev.dockernotes.docker.CommandNamer;
import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.text.Similarity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The notes as a graph: chapters, sections and subsections (parent/child, reading order), the links
 * and mentions between them, and the commands they teach. Built by {@link GraphBuilder}; read-only.
 */
public final class TopicGraph {
    private final List<NoteFile> files;
    private final List<Topic> chapters;
    private final List<Topic> topics;
    private final Map<String, Topic> byId;
    private final List<Edge> edges;
    private final List<CommandUse> commandUses;
    private final List<Problem> problems;
    private final Map<Topic, Integer> order = new IdentityHashMap<>();
    private Search search;
    private RelatedTopics relatedTopics;
    private final Map<CommandNamer, Map<String, List<CommandUse>>> commandIndexes = new IdentityHashMap<>();
    private final Map<CommandNamer, Map<Topic, List<String>>> taughtIndexes = new IdentityHashMap<>();
    /** The names the namer with this {@link CommandNamer#storedId} gives each command use (null: none): made by the build. */
    String storedNamesId;
    List<String> storedNames;
    /**
     * Each topic's related topics (in reading order of the topics) as {@link RelatedTopics} found them
     * when the names were stored, with that namer's commands as evidence and with none (null: none
     * stored): a lesson's footers and {@code show} would otherwise compare texts on every cold start.
     */
    List<List<Topic>> storedRelated;
    List<List<Topic>> storedRelatedWithoutNamer;

    TopicGraph(List<NoteFile> files, List<Topic> chapters, List<Topic> topics, List<Edge> edges,
               List<CommandUse> commandUses, List<Problem> problems) {
        this.files = List.copyOf(files);
        this.chapters = List.copyOf(chapters);
        this.topics = List.copyOf(topics);
        this.edges = List.copyOf(edges);
        this.commandUses = List.copyOf(commandUses);
        this.problems = List.copyOf(problems);
        Map<String, Topic> ids = new LinkedHashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            ids.put(topics.get(i).id(), topics.get(i));
            order.put(topics.get(i), i);
        }
        this.byId = Collections.unmodifiableMap(ids);
    }

    public List<NoteFile> files() {
        return files;
    }

    public List<Topic> chapters() {
        return chapters;
    }

    /** Every topic in reading order. */
    public List<Topic> topics() {
        return topics;
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    public Optional<Topic> next(Topic topic) {
        int i = order.get(topic);
        return i + 1 < topics.size() ? Optional.of(topics.get(i + 1)) : Optional.empty();
    }

    public Optional<Topic> previous(Topic topic) {
        int i = order.get(topic);
        return i > 0 ? Optional.of(topics.get(i - 1)) : Optional.empty();
    }

    /** The sections a lesson pages through: the chapter's direct children, or the chapter itself when it has none. */
    public List<Topic> lessonSections(Topic chapter) {
        return chapter.children().isEmpty() ? List.of(chapter) : chapter.children();
    }

    public List<Edge> edges() {
        return edges;
    }

    public List<Edge> edgesFrom(Topic topic) {
        return edges.stream().filter(e -> e.from() == topic).toList();
    }

    /**
     * The topics related to this one, strongest evidence first, at most five (see {@link RelatedTopics}).
     * Not its own parent or children (those are shown as the tree).
     */
    public List<Topic> related(Topic topic) {
        return related(topic, null);
    }

    /** As {@link #related(Topic)}, with shared commands (named by {@code namer}) as evidence too. */
    public List<Topic> related(Topic topic, CommandNamer namer) {
        List<List<Topic>> stored = namer == null ? storedRelatedWithoutNamer
                : storedNamesId != null && storedNamesId.equals(namer.storedId()) ? storedRelated : null;
        Integer i = order.get(topic);
        if (stored != null && i != null) {
            return stored.get(i);
        }
        return relatedTopics().of(topic, namer).stream().map(RelatedTopics.Related::topic).toList();
    }

    private synchronized RelatedTopics relatedTopics() {
        if (relatedTopics == null) {
            relatedTopics = new RelatedTopics(this);
        }
        return relatedTopics;
    }

    public List<CommandUse> commandUses() {
        return commandUses;
    }

    /** Command lines shown in this topic's own text (not its subsections). */
    public List<CommandUse> commandUses(Topic topic) {
        return commandUses.stream().filter(c -> c.topic() == topic).toList();
    }

    /** Commands by canonical name, in order of first use, as the given namer names them. */
    public synchronized Map<String, List<CommandUse>> commands(CommandNamer namer) {
        return commandIndexes.computeIfAbsent(namer, n -> {
            Map<String, List<CommandUse>> index = new LinkedHashMap<>();
            boolean stored = storedNamesId != null && storedNamesId.equals(n.storedId());
            for (int i = 0; i < commandUses.size(); i++) {
                CommandUse use = commandUses.get(i);
                Optional<String> name = stored ? Optional.ofNullable(storedNames.get(i)) : n.name(use.text());
                name.ifPresent(k -> index.computeIfAbsent(k, x -> new ArrayList<>()).add(use));
            }
            index.replaceAll((k, v) -> List.copyOf(v));
            return Collections.unmodifiableMap(index);
        });
    }

    /**
     * Names every command use with {@code namer} now, and finds each topic's related topics with that
     * namer and without one, to be stored with the graph (at build time).
     */
    void storeNames(CommandNamer namer) {
        List<String> names = new ArrayList<>();
        commandUses.forEach(use -> names.add(namer.name(use.text()).orElse(null)));
        storedNames = Collections.unmodifiableList(names);
        storedNamesId = namer.storedId();
        List<List<Topic>> related = new ArrayList<>();
        List<List<Topic>> withoutNamer = new ArrayList<>();
        for (Topic t : topics) {
            related.add(List.copyOf(related(t, namer)));
            withoutNamer.add(List.copyOf(related(t, null)));
        }
        storedRelated = Collections.unmodifiableList(related);
        storedRelatedWithoutNamer = Collections.unmodifiableList(withoutNamer);
        // what finding them cached, as a graph read from the stored file has it: nothing
        relatedTopics = null;
        commandIndexes.clear();
        taughtIndexes.clear();
    }

    /** The distinct commands one topic teaches, by canonical name. */
    public List<String> commandsTaught(Topic topic, CommandNamer namer) {
        return taught(namer).getOrDefault(topic, List.of());
    }

    /**
     * The commands each topic teaches, in the order of {@link #commands}, made in one pass: related
     * topics ask it for every pair of topics a lesson's footers compare.
     */
    private synchronized Map<Topic, List<String>> taught(CommandNamer namer) {
        return taughtIndexes.computeIfAbsent(namer, n -> {
            Map<Topic, Set<String>> names = new HashMap<>();
            commands(n).forEach((name, uses) -> uses.forEach(u -> names.computeIfAbsent(u.topic(), t -> new LinkedHashSet<>()).add(name)));
            Map<Topic, List<String>> index = new HashMap<>();
            names.forEach((t, set) -> index.put(t, List.copyOf(set)));
            return index;
        });
    }

    /** Every glossary-like item of the notes, in reading order. */
    public List<GlossaryItem> glossary() {
        return topics.stream().flatMap(t -> t.glossary().stream()).toList();
    }

    /** Every correction beside the notes, in reading order. */
    public List<Correction> corrections() {
        return topics.stream().flatMap(t -> t.corrections().stream()).toList();
    }

    /** The corrections in a topic and the topics below it: what a lesson or 'show' of it displays. */
    public List<Correction> corrections(Topic topic) {
        return topic.subtree().stream().flatMap(t -> t.corrections().stream()).toList();
    }

    /**
     * True when a correction in this topic marks these words of the notes wrong: what a question or
     * an explanation must not quote as a fact.
     */
    public boolean isCorrected(Topic topic, String words) {
        return topic.corrections().stream().anyMatch(c -> c.corrects(words));
    }

    /** Problems found while loading: broken links, duplicate anchors, empty sections. */
    public List<Problem> problems() {
        return problems;
    }

    public synchronized Search search() {
        if (search == null) {
            search = new Search(topics);
        }
        return search;
    }

    /**
     * A chapter from what a user types: "chapter2", "2", "ch2", its id, its file name, or a word of
     * its title ("engine"). Unknown: exit 1 with the closest chapters.
     */
    public Topic resolveChapter(String arg) {
        return findChapter(arg).orElseThrow(() -> notFound("chapter", arg, chapterNames()));
    }

    public Optional<Topic> findChapter(String arg) {
        String a = arg.trim().toLowerCase(Locale.ROOT);
        String number = a.replaceFirst("^(chapter|chap|ch)[-_ ]?", "");
        if (number.matches("\\d+")) {
            int n = Integer.parseInt(number);
            return n >= 1 && n <= chapters.size() ? Optional.of(chapters.get(n - 1)) : Optional.empty();
        }
        for (Topic chapter : chapters) {
            if (chapter.id().equals(a) || chapter.noteFile().stem().equalsIgnoreCase(a)
                    || chapter.title().equalsIgnoreCase(arg.trim())) {
                return Optional.of(chapter);
            }
        }
        List<Topic> byWord = chapters.stream().filter(c -> titleHasWord(c.title(), a)).toList();
        return byWord.size() == 1 ? Optional.of(byWord.get(0)) : Optional.empty();
    }

    /** A topic by id, or a chapter by any name {@link #resolveChapter} takes, or a topic by its exact title. */
    public Topic resolveTopic(String arg) {
        return findTopic(arg).orElseThrow(() -> notFound("topic", arg, ids()));
    }

    public Optional<Topic> findTopic(String arg) {
        String a = arg.trim();
        Topic exact = byId.get(a.toLowerCase(Locale.ROOT).replaceFirst("^#", ""));
        if (exact != null) {
            return Optional.of(exact);
        }
        Optional<Topic> chapter = findChapter(a);
        if (chapter.isPresent()) {
            return chapter;
        }
        String slug = Slugger.plain(a);
        return Optional.ofNullable(byId.get(slug)).or(() ->
                topics.stream().filter(t -> t.title().equalsIgnoreCase(a)).findFirst());
    }

    public List<String> chapterNames() {
        List<String> names = new ArrayList<>();
        chapters.forEach(c -> names.add(c.chapterKey()));
        chapters.forEach(c -> names.add(c.id()));
        return names;
    }

    private static boolean titleHasWord(String title, String word) {
        if (word.length() < 3) {
            return false;
        }
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.equals(word) || Search.stem(w).equals(Search.stem(word))) {
                return true;
            }
        }
        return false;
    }

    private DockernotesException notFound(String what, String arg, java.util.Collection<String> candidates) {
        List<String> close = Similarity.suggestions(arg, candidates, 3);
        String hint = close.isEmpty()
                ? " (see 'dockernotes " + (what.equals("chapter") ? "chapters" : "topics") + "')"
                : "; did you mean " + String.join(", ", close.stream().map(s -> "'" + s + "'").toList()) + "?";
        return new DockernotesException("unknown " + what + " '" + arg + "'" + hint);
    }
}
