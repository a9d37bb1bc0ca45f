package dev.dockernotes.quiz;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of question, by the name quiz files use for them. */
public enum QuestionType {
    SINGLE("single", "single choice"),
    MULTIPLE("multiple", "multiple select"),
    TRUE_FALSE("true-false", "true or false"),
    COMMAND("command", "type the command"),
    ORDER("order", "put in order"),
    FILL_IN("fill-in", "fill in");

    private final String key;
    private final String label;

    QuestionType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name in quiz files: "single", "true-false", "fill-in"... */
    public String key() {
        return key;
    }

    /** How the question is introduced to the user: "multiple select". */
    public String label() {
        return label;
    }

    public static Optional<QuestionType> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(QuestionType::key).toList();
    }
}
