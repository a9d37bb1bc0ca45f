package dev.dockernotes.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * One quiz question, as loaded from a quiz file or generated from the notes. Which fields matter
 * depends on the type: {@code choices} (single, multiple), {@code truth} (true-false),
 * {@code answers} (command, fill-in: accepted alternatives), {@code steps} (order: the right order),
 * {@code rejects} (fill-in: near-misses that are a different thing, e.g. "container" for "containerd"),
 * {@code swappable} (order: groups of neighbouring steps, as 0-based indexes into {@code steps}, that
 * may come in any order among themselves, because the facts do not order them).
 *
 * @param source where it was written, "quizzes/chapter1.json:12:5", or "generated from notes/x.md:40"
 */
public record Question(String id, QuestionType type, String prompt, List<Choice> choices, Boolean truth,
                       List<String> answers, List<String> steps, List<String> rejects, List<List<Integer>> swappable,
                       String explanation, List<String> topics, boolean generated, String source) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
        answers = answers == null ? List.of() : List.copyOf(answers);
        steps = steps == null ? List.of() : List.copyOf(steps);
        rejects = rejects == null ? List.of() : List.copyOf(rejects);
        List<List<Integer>> groups = new ArrayList<>();
        if (swappable != null) {
            swappable.forEach(g -> groups.add(List.copyOf(g)));
        }
        swappable = List.copyOf(groups);
        topics = topics == null ? List.of() : List.copyOf(topics);
        explanation = explanation == null ? "" : explanation;
    }

    /** A question whose order steps, if any, all have one right place. */
    public Question(String id, QuestionType type, String prompt, List<Choice> choices, Boolean truth,
                    List<String> answers, List<String> steps, List<String> rejects, String explanation,
                    List<String> topics, boolean generated, String source) {
        this(id, type, prompt, choices, truth, answers, steps, rejects, null, explanation, topics, generated, source);
    }

    public boolean hasChoices() {
        return type == QuestionType.SINGLE || type == QuestionType.MULTIPLE;
    }

    /** For an order question: the first step of the swappable group holding this step, or the step itself. */
    public int placeOf(int step) {
        for (List<Integer> group : swappable) {
            if (group.contains(step)) {
                return group.get(0);
            }
        }
        return step;
    }

    /** The swappable group holding this step (just the step when it has one right place). */
    public List<Integer> groupOf(int step) {
        for (List<Integer> group : swappable) {
            if (group.contains(step)) {
                return group;
            }
        }
        return List.of(step);
    }
}
