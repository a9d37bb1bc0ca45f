package dev.dockernotes.explain;

import dev.dockernotes.explain.Explanation.ExplainedToken;
import dev.dockernotes.explain.Explanation.Kind;
import dev.dockernotes.explain.Explanation.Note;
import dev.dockernotes.explain.Explanation.Part;
import dev.dockernotes.notes.BodyLines;
import dev.dockernotes.notes.Correction;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Corrections beside the notes, with every note an explanation quotes: each note carries the
 * corrections that mark it wrong, and nothing stated from the notes contradicts one (a key
 * sequence's description is the corrected fact, not the user's wrong words).
 */
final class CorrectedNotes {
    /** The shortest statement a whole excerpt is checked to contain (a word or two says nothing). */
    static final int SHORTEST_STATEMENT = 12;
    /** The fewest words of an excerpt's sentence that, found in a corrected statement, mark it. */
    private static final int FEWEST_WORDS = 4;
    /** So many words in a row of an excerpt, found in a corrected statement, mark it. */
    private static final int RUN = 8;
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*([-*+]|\\d+[.)])\\s+");
    // compiled once: every quoted note is compared with every correction of its topic
    private static final Pattern LONE_MARKER = Pattern.compile("(?<=\\s)[-*+](?=\\s)");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([.,;:!?)])");
    private static final Pattern COMMENT = Pattern.compile("\\s+#.*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\n");

    private final TopicGraph graph;

    CorrectedNotes(TopicGraph graph) {
        this.graph = graph;
    }

    Explanation of(Explanation e) {
        List<Note> notes = e.notes().stream().map(this::corrected).toList();
        List<Part> parts = e.commands().stream().map(p -> new Part(p.source(), p.canonical(), p.description(),
                p.tokens().stream().map(t -> new ExplainedToken(t.token(), t.notes().stream().map(this::corrected).toList(),
                        t.installed())).toList(), p.problems(), p.operator())).toList();
        String description = e.description();
        if ((e.kind() == Kind.KEYS || e.kind() == Kind.CONCEPT) && !notes.isEmpty() && description.equals(notes.get(0).text())
                && !notes.get(0).corrections().isEmpty()) {
            description = notes.get(0).corrections().get(0).text();
        }
        return e.withNotes(description, notes, parts);
    }

    private Note corrected(Note n) {
        List<Correction> all = graph.topic(n.topic()).map(graph::corrections).orElse(List.of());
        LinkedHashSet<Correction> found = new LinkedHashSet<>(n.corrections());
        all.stream().filter(c -> correctsExcerpt(c, n.text()) && aboutTheQuotedLines(c, n)).forEach(found::add);
        return new Note(n.topic(), n.title(), n.text(), List.copyOf(found));
    }

    /**
     * A correction of a whole code block is about some of its commands: a note that quotes one line
     * of the block carries it only when the correction names that line's command. (`docker container
     * run -it ...` is not corrected by what is said about `docker image build` below it.) Other lines
     * (a unit file's, a shell's) are corrected when quoted.
     */
    private boolean aboutTheQuotedLines(Correction c, Note n) {
        Optional<Topic> topic = graph.topic(n.topic());
        if (topic.isEmpty()) {
            return true;
        }
        List<BodyLines.Line> block = topic.get().bodyLines().lines().stream()
                .filter(l -> l.kind() == BodyLines.Kind.CODE && l.number() > c.statementLine() && l.number() < c.line())
                .toList();
        if (block.isEmpty()) {
            return true; // prose: the statement is the paragraph
        }
        String excerpt = comparable(n.text());
        String said = comparable(c.text());
        boolean quotesALine = false;
        for (BodyLines.Line line : block) {
            String command = comparable(COMMENT.matcher(line.text()).replaceFirst(""));
            if (command.isEmpty() || !excerpt.contains(command)) {
                continue;
            }
            if (!command.startsWith("docker ")) {
                return true; // not a docker command line (a unit file, a shell line): quoted is enough
            }
            quotesALine = true;
            String[] words = command.split(" ");
            String name = String.join(" ", Arrays.asList(words).subList(0, Math.min(3, words.length)));
            if (said.contains(name)) {
                return true;
            }
        }
        return !quotesALine;
    }

    /**
     * True when an excerpt of the notes quotes a statement this correction marks wrong: the
     * excerpt holds the whole statement (a section with the paragraph in it), or one of its
     * sentences (of a few words at least; a search snippet's cut ends without their "…") is part of it.
     */
    static boolean correctsExcerpt(Correction c, String excerpt) {
        String statement = comparable(c.statement());
        if (statement.isEmpty()) {
            return false;
        }
        String whole = comparable(excerpt);
        if (statement.length() >= SHORTEST_STATEMENT && whole.contains(statement) || c.corrects(plainWords(excerpt))) {
            return true;
        }
        for (String sentence : SENTENCE_END.split(excerpt)) {
            String words = comparable(sentence);
            if (words.split(" ").length >= FEWEST_WORDS && statement.contains(words)) {
                return true;
            }
        }
        String[] words = whole.split(" ");
        for (int k = 0; k + RUN <= words.length; k++) {
            if (statement.contains(String.join(" ", Arrays.asList(words).subList(k, k + RUN)))) {
                return true; // a snippet cut in mid-sentence, or joined to a heading
            }
        }
        return false;
    }

    /** The words as a correction's statement holds them: no backticks, no "…" of a snippet. */
    private static String plainWords(String text) {
        return text.replace("`", "").replace("…", " ").strip();
    }

    private static String comparable(String text) {
        String s = LIST_MARKER.matcher(plainWords(text)).replaceAll("");
        s = SPACE.matcher(LONE_MARKER.matcher(s).replaceAll(" ")).replaceAll(" ");
        return SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("$1").strip().toLowerCase(Locale.ROOT);
    }
}
