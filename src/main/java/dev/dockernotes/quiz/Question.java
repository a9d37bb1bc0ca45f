package dev.dockernotes.quiz;

import java.util.List;

/**
 * One quiz question, as loaded from a quiz file or generated from the notes. Which fields matter
 * depends on the type: {@code choices} (single, multiple), {@code truth} (true-false),
 * {@code answers} (command, fill-in: accepted alternatives), {@code steps} (order: the right order),
 * {@code rejects} (fill-in: near-misses that are a different thing, e.g. "container" for "containerd").
 *
 * @param source where it was written, "quizzes/chapter1.json:12:5", or "generated from notes/x.md:40"
 */
public record Question(String id, QuestionType type, String prompt, List<Choice> choices, Boolean truth,
                       List<String> answers, List<String> steps, List<String> rejects, String explanation,
                       List<String> topics, boolean generated, String source) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
        answers = answers == null ? List.of() : List.copyOf(answers);
        steps = steps == null ? List.of() : List.copyOf(steps);
        rejects = rejects == null ? List.of() : List.copyOf(rejects);
        topics = topics == null ? List.of() : List.copyOf(topics);
        explanation = explanation == null ? "" : explanation;
    }

    public boolean hasChoices() {
        return type == QuestionType.SINGLE || type == QuestionType.MULTIPLE;
    }
}
