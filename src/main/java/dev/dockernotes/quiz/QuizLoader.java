package dev.dockernotes.quiz;

import static dev.dockernotes.content.ContentFile.describe;
import static dev.dockernotes.content.ContentFile.didYouMean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockernotes.content.ContentFile;
import dev.dockernotes.content.ContentFiles;
import dev.dockernotes.content.LocatedJson;
import dev.dockernotes.content.Problem;
import dev.dockernotes.content.Source;
import dev.dockernotes.notes.NotesLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates quiz files: one JSON file per chapter with a format {@code version} and its
 * {@code questions} (the versioned-file rule of {@link ContentFile}). Every problem found becomes one
 * {@link Problem} with file:line:column; a question with a problem is left out, the others still load.
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

    private static final ContentFile.Format FORMAT = new ContentFile.Format("quiz", FORMAT_VERSION, "questions");

    public record Result(List<Question> questions, List<Problem> problems) {}

    private final Set<String> topicIds;
    private final List<Question> questions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> firstSeen = new HashMap<>();

    private QuizLoader(Set<String> topicIds) {
        this.topicIds = topicIds;
    }

    /** The quiz files shipped in the jar (named by the build's quizzes/INDEX). */
    public static Result loadBuiltIn(Set<String> topicIds) {
        List<Problem> unreadable = new ArrayList<>();
        List<Source> sources = builtInSources(unreadable);
        // read and checked at build time, when these are the files and topics that was done for
        return PrebuiltQuizzes.read(PrebuiltQuizzes.resource(), sources, unreadable, topicIds)
                .orElseGet(() -> load(sources, topicIds, unreadable));
    }

    static List<Source> builtInSources(List<Problem> unreadable) {
        return ContentFiles.builtIn(QuizLoader.class.getClassLoader(), RESOURCE_DIR,
                NotesLoader.resourceNames(RESOURCE_DIR, ".json"), unreadable);
    }

    /** The quiz files of a notes folder (DIR/quizzes/*.json); none at all is fine (then quizzes are generated). */
    public static Result loadFolder(Path notesDir, Set<String> topicIds) {
        Path dir = notesDir.resolve("quizzes");
        if (!Files.isDirectory(dir)) {
            return new Result(List.of(), List.of());
        }
        List<Problem> unreadable = new ArrayList<>();
        try {
            return load(ContentFiles.folder(dir, ".json", unreadable), topicIds, unreadable);
        } catch (IOException e) {
            return new Result(List.of(), List.of(Problem.ofFile(dir.toString(),
                    "cannot list quiz files (" + e.getClass().getSimpleName() + ")")));
        }
    }

    public static Result load(List<Source> sources, Set<String> topicIds) {
        return load(sources, topicIds, List.of());
    }

    static Result load(List<Source> sources, Set<String> topicIds, List<Problem> unreadable) {
        QuizLoader loader = new QuizLoader(topicIds);
        loader.problems.addAll(unreadable);
        for (Source source : sources) {
            ContentFile.read(source, FORMAT, loader.problems).ifPresent(file -> loader.new QuizFileValidator(file).read());
        }
        return new Result(List.copyOf(loader.questions), List.copyOf(loader.problems));
    }

    /** Validates the questions of one file that passed the versioned-file rule. */
    private final class QuizFileValidator {
        private final ContentFile file;
        private final String path;
        private final LocatedJson json;

        QuizFileValidator(ContentFile file) {
            this.file = file;
            this.path = file.path();
            this.json = file.json();
        }

        void read() {
            for (JsonNode q : file.items()) {
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

        private String text(JsonNode q, String field, String label) {
            return file.text(q, field, label, true);
        }

        private List<String> strings(JsonNode q, String field, String label, boolean required) {
            return file.strings(q, field, label, required);
        }

        private void problem(JsonNode node, String message) {
            file.problem(node, message);
        }

        private void problem(JsonNode object, String field, String message) {
            file.problem(object, field, message);
        }
    }
}
