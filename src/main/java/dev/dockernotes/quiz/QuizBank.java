package dev.dockernotes.quiz;

import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The questions for one set of notes: the quiz files (built-in, or DIR/quizzes/*.json beside
 * {@code --notes DIR}), and the questions generated from the notes.
 */
public final class QuizBank {
    private final TopicGraph graph;
    private final QuizLoader.Result files;
    private List<Question> generated;

    private QuizBank(TopicGraph graph, QuizLoader.Result files) {
        this.graph = graph;
        this.files = files;
    }

    /** @param notesDir the --notes folder, or null for the built-in notes and quizzes */
    public static QuizBank load(TopicGraph graph, Path notesDir) {
        QuizLoader.Result files;
        if (notesDir == null) {
            files = QuizLoader.loadBuiltIn(graph.ids());
        } else if (Files.isDirectory(notesDir)) {
            files = QuizLoader.loadFolder(notesDir, graph.ids());
        } else {
            Path parent = notesDir.toAbsolutePath().getParent();
            files = parent == null ? new QuizLoader.Result(List.of(), List.of()) : QuizLoader.loadFolder(parent, graph.ids());
        }
        return new QuizBank(graph, files);
    }

    /** Questions from the quiz files (those without problems). */
    public List<Question> written() {
        return files.questions();
    }

    public List<dev.dockernotes.content.Problem> problems() {
        return files.problems();
    }

    public synchronized List<Question> generated() {
        if (generated == null) {
            generated = QuestionGenerator.generate(graph);
        }
        return generated;
    }

    /** The question with this id: a written one, or (for a "gen-" id) one generated from the notes. */
    public java.util.Optional<Question> question(String id) {
        java.util.Optional<Question> written = byId(written(), id);
        if (written.isPresent() || !id.startsWith("gen-")) {
            return written;
        }
        return byId(generated(), id);
    }

    // loops, not streams, on a quiz's start-up path: each stream pipeline links its lambdas on first use
    private static java.util.Optional<Question> byId(List<Question> questions, String id) {
        for (Question q : questions) {
            if (q.id().equals(id)) {
                return java.util.Optional.of(q);
            }
        }
        return java.util.Optional.empty();
    }

    /** The questions that test this topic or anything under it. */
    public static List<Question> about(List<Question> questions, Topic scope) {
        Set<String> ids = new HashSet<>();
        for (Topic t : scope.subtree()) {
            ids.add(t.id());
        }
        List<Question> about = new ArrayList<>();
        for (Question q : questions) {
            for (String topic : q.topics()) {
                if (ids.contains(topic)) {
                    about.add(q);
                    break;
                }
            }
        }
        return List.copyOf(about);
    }
}
