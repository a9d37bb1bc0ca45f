package dev.dockernotes.quiz;

import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    public static QuizBank of(TopicGraph graph, QuizLoader.Result files) {
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
        java.util.Optional<Question> written = written().stream().filter(q -> q.id().equals(id)).findFirst();
        if (written.isPresent() || !id.startsWith("gen-")) {
            return written;
        }
        return generated().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The questions that test this topic or anything under it. */
    public static List<Question> about(List<Question> questions, Topic scope) {
        Set<String> ids = scope.subtree().stream().map(Topic::id).collect(Collectors.toSet());
        return questions.stream().filter(q -> q.topics().stream().anyMatch(ids::contains)).toList();
    }
}
