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

    public record TopicRef(String id, String title) {}

    /** One token with what the notes say about it (if anything). */
    public record ExplainedToken(Token token, List<Note> notes, String installed) {}

    /** One command of a line. */
    public record Part(String source, String canonical, String description, List<ExplainedToken> tokens,
                       List<String> problems, String operator) {}

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
