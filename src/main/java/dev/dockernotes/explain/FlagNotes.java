package dev.dockernotes.explain;

import dev.dockernotes.docker.CommandNamer;
import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.docker.ParsedCommand;
import dev.dockernotes.docker.ShellWords;
import dev.dockernotes.docker.Token;
import dev.dockernotes.docker.ValueMeaning;
import dev.dockernotes.explain.Explanation.Note;
import dev.dockernotes.notes.BodyLines.Kind;
import dev.dockernotes.notes.BodyLines.Line;
import dev.dockernotes.notes.CommandUse;
import dev.dockernotes.notes.GlossaryItem;
import dev.dockernotes.notes.Search;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the notes say about one flag of one command: a sentence naming it in backticks that is about
 * this command, a code comment after a line of this command using it, and the section that explains
 * the concept behind it (volumes for {@code -v}, port mappings for {@code -p}).
 */
final class FlagNotes {
    /**
     * Flags whose meaning a section of the notes explains: the words to look for in the notes, and
     * the commands whose flag it is (docker service create --publish or -d means something else).
     */
    private record FlagConcept(String query, Set<String> commands) {}

    private static final Set<String> CONTAINER_CREATORS = Set.of("docker container run", "docker container create");

    private static final Map<String, FlagConcept> FLAG_CONCEPTS = Map.of(
            "--volume", new FlagConcept("volumes", CONTAINER_CREATORS),
            "--mount", new FlagConcept("volumes", CONTAINER_CREATORS),
            "--publish", new FlagConcept("port mappings", CONTAINER_CREATORS),
            "--detach", new FlagConcept("daemon mode", Set.of("docker container run")));

    /** Words too common in flag descriptions and notes to show that a sentence is about a flag. */
    private static final Set<String> COMMON = Set.of("container", "containers", "docker", "image", "images", "flag",
            "flags", "with", "that", "this", "will", "from", "into", "your", "they", "them", "when", "tell", "also",
            "show", "shows", "default", "more", "than", "only", "give", "given", "value", "command", "commands");

    private static final Pattern DOCKER_IN_CODE = Pattern.compile("`((?:sudo )?docker [^`]+)`");

    private final TopicGraph graph;
    private final CommandNamer namer;

    FlagNotes(TopicGraph graph, CommandNamer namer) {
        this.graph = graph;
        this.namer = namer;
    }

    /** What the notes say about this token of this command (for a flag: its sentences and concept). */
    List<Note> of(ParsedCommand p, Token t, String value) {
        List<Note> notes = new ArrayList<>();
        if (t.kind() == Token.Kind.FLAG && p.isDocker() && p.command().isPresent()) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(t.text());
            for (String longName : t.flags()) {
                forms.add(longName);
                p.command().flatMap(c -> c.flag(longName)).map(DockerCli.Flag::shortName)
                        .filter(s -> !s.isEmpty() && t.flags().size() == 1).ifPresent(forms::add);
            }
            String descriptions = String.join(" ", t.flags().stream()
                    .map(f -> p.command().flatMap(c -> c.flag(f)).map(DockerCli.Flag::description).orElse("")).toList());
            notes.addAll(sentences(p, forms, descriptions));
            for (String longName : t.flags()) {
                FlagConcept concept = FLAG_CONCEPTS.get(longName);
                boolean fits = concept != null && concept.commands().contains(p.name())
                        && !(value != null && t.flags().size() == 1 && ValueMeaning.isBindOrTmpfs(longName, value));
                if (fits) {
                    conceptNote(concept.query()).filter(n -> notes.stream().noneMatch(x -> x.topic().equals(n.topic())))
                            .ifPresent(notes::add);
                }
            }
        }
        return notes;
    }

    /**
     * Sentences of the notes that name one of these flag forms in backticks and are about this
     * command, or a code comment after a line of this command using it. A sentence is about the
     * commands it names; naming none, about the command its glossary item or paragraph names, or
     * the section's commands; with no command anywhere near, it must share a word with docker's
     * description of the flag ("run in the background" and "Run container in background").
     */
    private List<Note> sentences(ParsedCommand p, Set<String> forms, String descriptions) {
        List<Note> notes = new ArrayList<>();
        for (Topic topic : graph.topics()) {
            List<Line> lines = topic.bodyLines().lines();
            for (int k = 0; k < lines.size(); k++) {
                Line line = lines.get(k);
                if (line.kind() == Kind.CORRECTION || line.kind() == Kind.FENCE) {
                    continue;
                }
                String raw = line.text();
                for (String form : forms) {
                    String text = null;
                    if (line.isCode()) {
                        int hash = raw.indexOf(" # ");
                        if (hash > 0 && containsWord(raw.substring(0, hash), form) && sameCommand(p, raw.substring(0, hash))) {
                            text = "`" + raw.substring(0, hash).trim() + "`: " + raw.substring(hash + 3).trim();
                        }
                    } else if (raw.contains("`" + form + "`")) {
                        String sentence = NotesText.sentenceWith(NotesText.plainLine(raw), "`" + form + "`");
                        if (aboutThisCommand(p, topic, lines, k, sentence, descriptions)) {
                            text = sentence;
                        }
                    }
                    if (text != null) {
                        String found = text;
                        if (notes.stream().noneMatch(n -> n.text().equals(found))) {
                            notes.add(new Note(topic.id(), topic.title(), found));
                        }
                        break;
                    }
                }
            }
        }
        return notes;
    }

    private boolean aboutThisCommand(ParsedCommand p, Topic topic, List<Line> lines, int at, String sentence, String descriptions) {
        List<String> scope = dockerCommandsIn(sentence);
        if (scope.isEmpty()) {
            int number = lines.get(at).number();
            scope = topic.glossary().stream().filter(g -> g.line() == number && g.isBoldCode() && g.term().startsWith("docker"))
                    .map(GlossaryItem::term).toList();
        }
        if (scope.isEmpty()) {
            int start = at;
            while (start > 0 && !lines.get(start - 1).text().isBlank()) {
                start--;
            }
            int end = at;
            while (end + 1 < lines.size() && !lines.get(end + 1).text().isBlank()) {
                end++;
            }
            scope = dockerCommandsIn(String.join("\n", lines.subList(start, end + 1).stream().map(Line::text).toList()));
        }
        if (scope.isEmpty()) {
            scope = graph.commandUses(topic).stream().filter(u -> u.program().equals("docker")).map(CommandUse::text).toList();
        }
        if (!scope.isEmpty()) {
            return scope.stream().anyMatch(c -> sameCommand(p, c));
        }
        Set<String> words = contentWords(descriptions);
        return contentWords(sentence).stream().anyMatch(words::contains);
    }

    private static List<String> dockerCommandsIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DOCKER_IN_CODE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Search.tokens(text.replaceAll("`[^`]*`", " "))) {
            if (w.length() >= 4 && !COMMON.contains(w)) {
                out.add(Search.stem(w));
            }
        }
        return out;
    }

    private boolean sameCommand(ParsedCommand p, String line) {
        return namer.name(line).map(n -> n.equals(p.name())).orElse(false);
    }

    private static boolean containsWord(String line, String word) {
        for (String w : ShellWords.words(line)) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The first paragraph of the section titled by the concept ("Volumes"), if one is found for it. */
    private Optional<Note> conceptNote(String query) {
        List<Search.Hit> hits = graph.search().search(query, 3);
        for (Search.Hit hit : hits) {
            String title = hit.topic().title().toLowerCase(Locale.ROOT);
            boolean titled = Search.tokens(query).stream().map(Search::stem)
                    .anyMatch(w -> Search.tokens(title).stream().map(Search::stem).anyMatch(w::equals));
            if (titled) {
                return Optional.of(new Note(hit.topic().id(), hit.topic().title(), NotesText.firstParagraph(hit.topic())));
            }
        }
        return Optional.empty();
    }
}
