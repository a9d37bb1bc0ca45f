package dev.dockernotes.quiz;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dockernotes.notes.NotesLoader;
import dev.dockernotes.text.Similarity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads and validates quiz files: one JSON file per chapter with a format {@code version} and its
 * {@code questions}. Every problem found becomes one {@link QuizProblem} with file:line:column; a
 * question with a problem is left out, the others still load.
 *
 * <pre>
 * {"version": 1, "questions": [
 *   {"id": "runc-job", "type": "single", "prompt": "...", "choices": [{"text": "...", "correct": true}, ...],
 *    "explanation": "...", "topics": ["runc"]}]}
 * </pre>
 */
public final class QuizLoader {
    /** The newest quiz format this code reads. */
    public static final int FORMAT_VERSION = 1;
    public static final String RESOURCE_DIR = "quizzes/";

    private static final Set<String> COMMON = Set.of("id", "type", "prompt", "explanation", "topics");
    private static final Map<QuestionType, Set<String>> OWN = Map.of(
            QuestionType.SINGLE, Set.of("choices"),
            QuestionType.MULTIPLE, Set.of("choices"),
            QuestionType.TRUE_FALSE, Set.of("answer"),
            QuestionType.COMMAND, Set.of("answers"),
            QuestionType.ORDER, Set.of("steps", "swappable"),
            QuestionType.FILL_IN, Set.of("answers", "rejects"));
    private static final Set<String> ALL_FIELDS = Set.of("id", "type", "prompt", "explanation", "topics",
            "choices", "answer", "answers", "steps", "rejects", "swappable");

    /** One quiz file: the path shown in messages ("quizzes/chapter1.json") and its text. */
    public record Source(String path, String text) {}

    public record Result(List<Question> questions, List<QuizProblem> problems) {}

    private final Set<String> topicIds;
    private final List<Question> questions = new ArrayList<>();
    private final List<QuizProblem> problems = new ArrayList<>();
    private final Map<String, String> firstSeen = new HashMap<>();

    private QuizLoader(Set<String> topicIds) {
        this.topicIds = topicIds;
    }

    /** The quiz files shipped in the jar. */
    public static Result loadBuiltIn(Set<String> topicIds) {
        List<Source> sources = new ArrayList<>();
        for (String name : NotesLoader.resourceNames(RESOURCE_DIR, ".json")) {
            try (InputStream in = QuizLoader.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
                if (in != null) {
                    sources.add(new Source(RESOURCE_DIR + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                return new Result(List.of(), List.of(new QuizProblem(RESOURCE_DIR + name, 0, 0, "cannot read: " + e.getMessage())));
            }
        }
        return load(sources, topicIds);
    }

    /** The quiz files of a notes folder (DIR/quizzes/*.json); none at all is fine (then quizzes are generated). */
    public static Result loadFolder(Path notesDir, Set<String> topicIds) {
        Path dir = notesDir.resolve("quizzes");
        if (!Files.isDirectory(dir)) {
            return new Result(List.of(), List.of());
        }
        List<Source> sources = new ArrayList<>();
        List<QuizProblem> unreadable = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    sources.add(new Source(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    unreadable.add(new QuizProblem(p.toString(), 0, 0, "cannot read (" + e.getClass().getSimpleName() + "); skipped"));
                }
            }
        } catch (IOException e) {
            return new Result(List.of(), List.of(new QuizProblem(dir.toString(), 0, 0, "cannot list quiz files: " + e.getMessage())));
        }
        Result result = load(sources, topicIds);
        unreadable.addAll(result.problems());
        return new Result(result.questions(), unreadable);
    }

    public static Result load(List<Source> sources, Set<String> topicIds) {
        QuizLoader loader = new QuizLoader(topicIds);
        sources.forEach(loader::file);
        return new Result(List.copyOf(loader.questions), List.copyOf(loader.problems));
    }

    private void file(Source source) {
        LocatedJson json;
        try {
            json = LocatedJson.parse(source.text());
        } catch (LocatedJson.TrailingException e) {
            problems.add(new QuizProblem(source.path(), e.position.line(), e.position.column(), e.getMessage()));
            return;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            problems.add(new QuizProblem(source.path(), l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "malformed JSON: " + dev.dockernotes.text.JsonErrors.clean(e.getOriginalMessage())));
            return;
        } catch (IOException e) {
            problems.add(new QuizProblem(source.path(), 0, 0, e.getMessage()));
            return;
        }
        new FileReader(source.path(), json).read();
    }

    /** Jackson's message without its "[Source: ...]" location (we print ours at the front). */

    /** Validates one parsed file. */
    private final class FileReader {
        private final String path;
        private final LocatedJson json;

        FileReader(String path, LocatedJson json) {
            this.path = path;
            this.json = json;
        }

        void read() {
            JsonNode root = json.root();
            if (!root.isObject()) {
                problem(root, "a quiz file is a JSON object with \"version\" and \"questions\"");
                return;
            }
            JsonNode version = root.get("version");
            if (version == null) {
                problem(root, "missing field 'version' (the quiz format version; this dockernotes reads " + FORMAT_VERSION + ")");
                return;
            }
            if (!version.isIntegralNumber()) {
                problem(root, "version", "'version' must be a whole number, not " + describe(version));
                return;
            }
            if (version.asLong() > FORMAT_VERSION) {
                problem(root, "version", "quiz format version " + version.asLong() + " is newer than this dockernotes reads ("
                        + FORMAT_VERSION + "); update dockernotes to use this file");
                return;
            }
            if (version.asLong() < 1) {
                problem(root, "version", "unknown quiz format version " + version.asLong() + " (this dockernotes reads 1 to " + FORMAT_VERSION + ")");
                return;
            }
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!name.equals("version") && !name.equals("questions")) {
                    problem(root, name, "unknown field '" + name + "'" + didYouMean(name, List.of("version", "questions")));
                }
            }
            JsonNode list = root.get("questions");
            if (list == null) {
                problem(root, "missing field 'questions'");
                return;
            }
            if (!list.isArray()) {
                problem(root, "questions", "'questions' must be a list, not " + describe(list));
                return;
            }
            for (JsonNode q : list) {
                question(q).ifPresent(questions::add);
            }
        }

        private java.util.Optional<Question> question(JsonNode q) {
            if (!q.isObject()) {
                problem(q, "a question is a JSON object, not " + describe(q));
                return java.util.Optional.empty();
            }
            int before = problems.size();
            String id = text(q, "id", "question");
            String label = id == null ? "question" : "question '" + id + "'";
            if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                problem(q, "id", label + ": an id is letters, digits, '.', '_' and '-' only");
            }
            if (id != null) {
                LocatedJson.Position at = json.at(q, "id");
                String here = path + ":" + at.line() + ":" + at.column();
                String earlier = firstSeen.putIfAbsent(id, here);
                if (earlier != null) {
                    problem(q, "id", "duplicate question id '" + id + "' (first at " + earlier + ")");
                }
            }
            QuestionType type = null;
            String typeName = text(q, "type", label);
            if (typeName != null) {
                type = QuestionType.of(typeName).orElse(null);
                if (type == null) {
                    problem(q, "type", label + ": unknown type '" + typeName + "'" + didYouMean(typeName, QuestionType.keys())
                            + " (types: " + String.join(", ", QuestionType.keys()) + ")");
                }
            }
            String prompt = text(q, "prompt", label);
            String explanation = text(q, "explanation", label);
            List<String> topics = strings(q, "topics", label, true);
            if (topics != null) {
                if (topics.isEmpty()) {
                    problem(q, "topics", label + ": 'topics' lists no topic; name the sections it tests");
                }
                for (String topic : topics) {
                    if (!topicIds.contains(topic)) {
                        problem(q, "topics", label + ": unknown topic '" + topic + "'" + didYouMean(topic, topicIds)
                                + " (see 'dockernotes topics')");
                    }
                }
            }
            for (Iterator<String> it = q.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                boolean known = COMMON.contains(name) || (type == null ? ALL_FIELDS.contains(name) : OWN.get(type).contains(name));
                if (!known) {
                    String why = ALL_FIELDS.contains(name) ? " for a " + type.key() + " question"
                            : didYouMean(name, ALL_FIELDS);
                    problem(q, name, label + ": unknown field '" + name + "'" + why);
                }
            }
            List<Choice> choices = null;
            Boolean truth = null;
            List<String> answers = null;
            List<String> steps = null;
            List<String> rejects = null;
            List<List<Integer>> swappable = null;
            if (type != null) {
                switch (type) {
                    case SINGLE, MULTIPLE -> choices = choices(q, label, type);
                    case TRUE_FALSE -> {
                        JsonNode a = q.get("answer");
                        if (a == null) {
                            problem(q, label + ": missing field 'answer' (true or false)");
                        } else if (!a.isBoolean()) {
                            problem(q, "answer", label + ": 'answer' must be true or false, not " + describe(a));
                        } else {
                            truth = a.asBoolean();
                        }
                    }
                    case COMMAND, FILL_IN -> {
                        answers = strings(q, "answers", label, true);
                        if (answers != null && answers.isEmpty()) {
                            problem(q, "answers", label + ": 'answers' is empty; list at least one accepted answer");
                        }
                        if (type == QuestionType.FILL_IN) {
                            rejects = strings(q, "rejects", label, false);
                        }
                    }
                    case ORDER -> {
                        steps = strings(q, "steps", label, true);
                        if (steps != null && steps.size() < 2) {
                            problem(q, "steps", label + ": an order question needs at least 2 steps");
                        } else if (steps != null) {
                            swappable = swappable(q, label, steps.size());
                        }
                    }
                    default -> { }
                }
            }
            if (problems.size() > before || type == null) {
                return java.util.Optional.empty();
            }
            LocatedJson.Position at = json.at(q);
            return java.util.Optional.of(new Question(id, type, prompt, choices, truth, answers, steps, rejects,
                    swappable, explanation, topics, false, path + ":" + at.line() + ":" + at.column()));
        }

        /**
         * "swappable": [[2, 3]]: groups of neighbouring step numbers (1-based, as the steps are listed)
         * that may come in any order among themselves. Read as 0-based indexes.
         */
        private List<List<Integer>> swappable(JsonNode q, String label, int n) {
            JsonNode list = q.get("swappable");
            if (list == null) {
                return List.of();
            }
            String form = label + ": 'swappable' is a list of groups of neighbouring step numbers (1 to " + n
                    + ") that may come in any order, such as [[2, 3]]";
            if (!list.isArray() || list.isEmpty()) {
                problem(q, "swappable", form);
                return null;
            }
            List<List<Integer>> groups = new ArrayList<>();
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (JsonNode g : list) {
                if (!g.isArray() || g.size() < 2) {
                    problem(g.isContainerNode() ? g : list, form + "; a group names at least 2 steps");
                    return null;
                }
                List<Integer> group = new ArrayList<>();
                for (JsonNode k : g) {
                    if (!k.isIntegralNumber() || k.asInt() < 1 || k.asInt() > n) {
                        problem(g, form + "; " + (k.isIntegralNumber() ? k.asText() : describe(k)) + " is not a step number");
                        return null;
                    }
                    if (!seen.add(k.asInt())) {
                        problem(g, label + ": step " + k.asInt() + " is in more than one 'swappable' group (or twice in one)");
                        return null;
                    }
                    group.add(k.asInt() - 1);
                }
                java.util.Collections.sort(group);
                if (group.get(group.size() - 1) - group.get(0) != group.size() - 1) {
                    problem(g, label + ": the steps of a 'swappable' group must be neighbours (such as 2, 3, 4); "
                            + "steps between them would have to move too");
                    return null;
                }
                if (group.size() == n) {
                    problem(g, label + ": a 'swappable' group holds every step, so any order would be right; "
                            + "make it a multiple-select or true-false question instead");
                    return null;
                }
                groups.add(group);
            }
            return groups;
        }

        private List<Choice> choices(JsonNode q, String label, QuestionType type) {
            JsonNode list = q.get("choices");
            if (list == null) {
                problem(q, label + ": missing field 'choices'");
                return null;
            }
            if (!list.isArray()) {
                problem(q, "choices", label + ": 'choices' must be a list, not " + describe(list));
                return null;
            }
            List<Choice> choices = new ArrayList<>();
            int before = problems.size();
            for (JsonNode c : list) {
                if (!c.isObject() || !c.path("text").isTextual() || c.path("text").asText().isBlank()) {
                    problem(c.isContainerNode() ? c : list, label + ": a choice is {\"text\": \"...\", \"correct\": true|false}");
                    continue;
                }
                JsonNode correct = c.get("correct");
                if (correct != null && !correct.isBoolean()) {
                    problem(c, "correct", label + ": 'correct' must be true or false, not " + describe(correct));
                    continue;
                }
                for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
                    String name = it.next();
                    if (!name.equals("text") && !name.equals("correct")) {
                        problem(c, name, label + ": unknown field '" + name + "' in a choice"
                                + didYouMean(name, List.of("text", "correct")));
                    }
                }
                choices.add(new Choice(dev.dockernotes.text.Controls.visible(c.get("text").asText()), correct != null && correct.asBoolean()));
            }
            if (problems.size() > before) {
                return null;
            }
            if (choices.size() < 2) {
                problem(q, "choices", label + ": needs at least 2 choices");
                return null;
            }
            long right = choices.stream().filter(Choice::correct).count();
            if (right == 0) {
                problem(q, "choices", label + ": no choice is marked correct");
            } else if (type == QuestionType.SINGLE && right > 1) {
                problem(q, "choices", label + ": " + right + " choices are marked correct; a single-choice question has"
                        + " exactly one (use type 'multiple')");
            }
            return choices;
        }

        /** A required non-blank string field, or null (with a problem). */
        private String text(JsonNode q, String field, String label) {
            JsonNode v = q.get(field);
            if (v == null) {
                problem(q, label + ": missing field '" + field + "'");
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                problem(q, field, label + ": '" + field + "' must be a non-empty string, not " + describe(v));
                return null;
            }
            return dev.dockernotes.text.Controls.visible(v.asText()); // shown, never obeyed
        }

        private List<String> strings(JsonNode q, String field, String label, boolean required) {
            JsonNode v = q.get(field);
            if (v == null) {
                if (required) {
                    problem(q, label + ": missing field '" + field + "'");
                    return null;
                }
                return List.of();
            }
            if (!v.isArray()) {
                problem(q, field, label + ": '" + field + "' must be a list of strings, not " + describe(v));
                return null;
            }
            List<String> out = new ArrayList<>();
            for (JsonNode s : v) {
                if (!s.isTextual() || s.asText().isBlank()) {
                    problem(q, field, label + ": '" + field + "' must hold non-empty strings, not " + describe(s));
                    return null;
                }
                out.add(dev.dockernotes.text.Controls.visible(s.asText()));
            }
            return out;
        }

        private void problem(JsonNode node, String message) {
            LocatedJson.Position p = json.at(node);
            problems.add(new QuizProblem(path, p.line(), p.column(), message));
        }

        private void problem(JsonNode object, String field, String message) {
            LocatedJson.Position p = json.at(object, field);
            problems.add(new QuizProblem(path, p.line(), p.column(), message));
        }
    }

    private static String didYouMean(String given, Collection<String> known) {
        List<String> close = Similarity.suggestions(given, known, 1);
        return close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?";
    }

    private static String describe(JsonNode v) {
        if (v.isTextual()) {
            return v.asText().isBlank() ? "an empty string" : "a string";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "an object";
        }
        return "null";
    }
}
