package dev.dockernotes.quiz;

import java.util.List;

/**
 * The outcome of one answer.
 *
 * @param given    what the user typed (trimmed)
 * @param expected the right answer in the notation the user types ("b", "a,c", "3,1,2", "true", a command)
 * @param rightAnswer the right answer spelled out for people ("b) runc")
 * @param notes    what differs, when wrong ("missing -d"); or a remark when right ("accepted despite a typo")
 */
public record Verdict(boolean correct, String given, String expected, String rightAnswer, List<String> notes) {
    public Verdict {
        notes = List.copyOf(notes);
    }
}
