package dev.dockernotes.explain;

import dev.dockernotes.docker.CommandNamer;
import dev.dockernotes.notes.GlossaryItem;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The notes' command glossary as explain reads it: the graph's items with a bold code term
 * ({@code - **`docker container stop`** - Will stop ...}, {@code - **`Ctrl-PQ`** - ...}), each
 * docker term named as the docker model names it, so {@code docker stop} finds its item too.
 */
final class Glossary {
    private static final Pattern KEYS = Pattern.compile("(?i)^(ctrl|control|\\^)[-+ ]?[a-z]([-+ ,]*(ctrl[-+ ]?)?[a-z])*$");

    /** One item: the term as written, the command it names (or the term), its topic, its words. */
    record Entry(String term, String name, Topic topic, String text) {
        Explanation.Note note() {
            return new Explanation.Note(topic.id(), topic.title(), text);
        }
    }

    private final TopicGraph graph;
    private final CommandNamer namer;
    private List<Entry> entries;

    Glossary(TopicGraph graph, CommandNamer namer) {
        this.graph = graph;
        this.namer = namer;
    }

    synchronized List<Entry> entries() {
        if (entries == null) {
            List<Entry> all = new ArrayList<>();
            for (GlossaryItem g : graph.glossary()) {
                if (g.isBoldCode()) {
                    String name = g.term().startsWith("docker") ? namer.name(g.term()).orElse(g.term()) : g.term();
                    all.add(new Entry(g.term(), name, g.topic(), NotesText.plainLine(g.markdown())));
                }
            }
            entries = List.copyOf(all);
        }
        return entries;
    }

    /** The item whose term this is ("Ctrl-PQ", "ctrl+p ctrl+q"), if any. */
    Optional<Entry> find(String input) {
        String in = normalizeKeys(input);
        return entries().stream().filter(g -> g.term().equalsIgnoreCase(input) || normalizeKeys(g.term()).equals(in)).findFirst();
    }

    /** The items about this command (by its canonical name), in reading order. */
    List<Explanation.Note> notesOn(String name) {
        return entries().stream().filter(g -> g.name().equals(name)).map(Entry::note).toList();
    }

    /** Whether the words are a key sequence: "Ctrl-PQ", "ctrl+p ctrl+q", "^P^Q". */
    static boolean isKeys(String words) {
        return KEYS.matcher(words).matches();
    }

    /** "Ctrl-P Ctrl-Q", "ctrl+p ctrl+q", "Ctrl-PQ" -> "ctrl-pq". */
    private static String normalizeKeys(String s) {
        String k = s.toLowerCase(Locale.ROOT).trim();
        if (!KEYS.matcher(k).matches()) {
            return k;
        }
        return "ctrl-" + k.replaceAll("(control|ctrl|\\^)", "").replaceAll("[-+ ,]", "");
    }
}
