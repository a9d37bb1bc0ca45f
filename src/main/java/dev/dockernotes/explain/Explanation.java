package dev.dockernotes.explain;

import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.docker.Token;
import dev.dockernotes.notes.Correction;
import java.util.List;

/**
 * What {@code explain} found for some words: a docker command, a command line token by token, a
 * concept or key sequence from the notes, or nothing (with the nearest matches). Plain data; the
 * CLI prints it as text or JSON.
 *
 * @param input         the words as given
 * @param kind          {@link Kind}
 * @param canonical     the canonical docker command ("docker container stop"), or the program; null for a concept
 * @param aliases       other names of that command
 * @param usage         its usage line
 * @param description   one line on what it does (docker's own words)
 * @param notes         what the notes say about it, each with the topic to show
 * @param uses          where the notes use it
 * @param commands      for a command line: each command of it (split at pipes and lists)
 * @param flags         for a docker command: its flags
 * @param related       related commands ("docker container start" for stop)
 * @param relatedTopics related topics (for a concept or command)
 * @param problems      what is wrong in the input: unknown flags, misspelt commands
 * @param suggestion    the command the user probably meant, when misspelt
 * @param nearest       the nearest known things, when nothing was found
 */
public record Explanation(String input, Kind kind, String canonical, List<String> aliases, String usage,
                          String description, List<Note> notes, List<Use> uses, List<Part> commands,
                          List<DockerCli.Flag> flags, List<String> related, List<TopicRef> relatedTopics,
                          List<String> problems, String suggestion, List<String> nearest) {

    public enum Kind { COMMAND, LINE, CONCEPT, KEYS, NOT_FOUND }

    /**
     * Something the notes say, from topic {@code topic} (an id for show), in the user's words; with
     * the corrections beside the notes that mark (part of) it wrong, which are shown with it.
     */
    public record Note(String topic, String title, String text, List<Correction> corrections) {
        public Note {
            corrections = List.copyOf(corrections);
        }

        public Note(String topic, String title, String text) {
            this(topic, title, text, List.of());
        }
    }

    /** A line of the notes that uses the command. */
    public record Use(String topic, String title, int line, String text) {}

    public record TopicRef(String id, String title) {
        // Written out, with the values the generated ones give: those bootstrap method handles on
        // first use (ObjectMethods), about 20 ms of a cold explain.
        @Override
        public boolean equals(Object o) {
            return o instanceof TopicRef r && java.util.Objects.equals(id, r.id) && java.util.Objects.equals(title, r.title);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(id) + java.util.Objects.hashCode(title);
        }
    }

    /** One token with what the notes say about it (if anything). */
    public record ExplainedToken(Token token, List<Note> notes, String installed) {}

    /** One command of a line. */
    public record Part(String source, String canonical, String description, List<ExplainedToken> tokens,
                       List<String> problems, String operator) {}

    // --- named factories: what each kind of explanation holds --------------------------------

    /** A docker command (or management command): its model entry, what the notes say, where they use it. */
    public static Explanation command(String input, DockerCli.Command c, List<Note> notes, List<Use> uses,
                                      List<String> related, List<TopicRef> relatedTopics) {
        return new Explanation(input, Kind.COMMAND, c.name(), c.aliases(), c.usageLine(), c.description(), notes, uses,
                List.of(), c.flags(), related, relatedTopics, List.of(), null, List.of());
    }

    /** {@code docker} itself: its global options and management commands. */
    public static Explanation docker(String input, List<Note> notes, List<DockerCli.Flag> globalFlags, List<String> groups) {
        return new Explanation(input, Kind.COMMAND, "docker", List.of(), "docker [OPTIONS] COMMAND",
                "The Docker command-line client: each command is sent to the Docker daemon's API",
                notes, List.of(), List.of(), globalFlags, groups, List.of(), List.of(), null, List.of());
    }

    /** A command line, one part per command of it (split at pipes and lists), token by token. */
    public static Explanation line(String input, String canonical, DockerCli.Command first, List<Note> notes, List<Use> uses,
                                   List<Part> parts, List<String> problems) {
        return new Explanation(input, Kind.LINE, canonical, first == null ? List.of() : first.aliases(),
                first == null ? "" : first.usageLine(), parts.get(0).description(), notes, uses, parts, List.of(), List.of(),
                List.of(), problems, null, List.of());
    }

    /** A concept: a topic of the notes, what it says, the topics around it and the commands taught there. */
    public static Explanation concept(String input, String title, Note note, List<String> commandsTaught, List<TopicRef> related) {
        return new Explanation(input, Kind.CONCEPT, null, List.of(), "", title, List.of(note), List.of(), List.of(),
                List.of(), commandsTaught, related, List.of(), null, List.of());
    }

    /** A term of the notes' glossary: a key sequence (Ctrl-PQ) or another term, from its item. */
    public static Explanation term(String input, boolean keys, String term, Note note, TopicRef topic) {
        return new Explanation(input, keys ? Kind.KEYS : Kind.CONCEPT, term, List.of(), "", note.text(), List.of(note),
                List.of(), List.of(), List.of(), List.of(), List.of(topic), List.of(), null, List.of());
    }

    /** Nothing found: what is wrong, the command probably meant (or null) and the nearest known things. */
    public static Explanation notFound(String input, List<String> problems, String suggestion, List<String> nearest) {
        return new Explanation(input, Kind.NOT_FOUND, null, List.of(), "", "", List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), problems, suggestion, nearest);
    }

    /** The same explanation for other words as input, with these problems first. */
    public Explanation withInput(String words, List<String> before) {
        List<String> all = new java.util.ArrayList<>(before);
        all.addAll(problems);
        return new Explanation(words, kind, canonical, aliases, usage, description, notes, uses, commands, flags, related,
                relatedTopics, List.copyOf(all), suggestion, nearest);
    }

    /** The same explanation as one command line's part too (a bare command, as typed). */
    public Explanation withParts(List<Part> parts) {
        return new Explanation(input, kind, canonical, aliases, usage, description, notes, uses, parts, flags, related,
                relatedTopics, problems, suggestion, nearest);
    }

    /** The same explanation quoting these notes (and parts), with this description. */
    public Explanation withNotes(String newDescription, List<Note> newNotes, List<Part> parts) {
        return new Explanation(input, kind, canonical, aliases, usage, newDescription, newNotes, uses, parts, flags, related,
                relatedTopics, problems, suggestion, nearest);
    }

    /** Every topic id this explanation cites, in order, once. */
    public List<String> sources() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        notes.forEach(n -> ids.add(n.topic()));
        commands.forEach(p -> p.tokens().forEach(t -> t.notes().forEach(n -> ids.add(n.topic()))));
        uses.forEach(u -> ids.add(u.topic()));
        return List.copyOf(ids);
    }

    public boolean found() {
        return kind != Kind.NOT_FOUND && problems.isEmpty();
    }
}
