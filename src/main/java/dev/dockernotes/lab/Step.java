package dev.dockernotes.lab;

import java.util.List;

/**
 * One step of a lab: the task in words, hints that escalate (a nudge, then the command), the full
 * solution as command lines, and the checks that must all hold for the step to be done.
 * {@code scripted} is the solution without a terminal (tests run it), when the real one needs
 * keys typed (Ctrl-P Ctrl-Q); empty means the solution itself.
 */
public record Step(String id, String task, List<String> hints, List<String> solution, List<String> scripted,
                   List<Check> checks, int line) {

    /** The hints in the order {@code lab hint} gives them: the nudges, then the full solution. */
    public int hintLevels() {
        return hints.size() + 1;
    }

    public List<String> runnableSolution() {
        return scripted.isEmpty() ? solution : scripted;
    }

    public boolean wantsAnswer() {
        return checks.stream().anyMatch(c -> c instanceof Check.Answer);
    }
}
