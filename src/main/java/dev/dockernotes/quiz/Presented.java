package dev.dockernotes.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A question as shown: its number, and the order its choices or steps appear in (shuffled with the
 * quiz's seeded random, so a seed reproduces the whole quiz). Letters and numbers the user types
 * refer to these positions.
 *
 * @param order for choices or steps, the question's index shown at each position
 */
public record Presented(Question question, int number, int total, List<Integer> order) {

    public static Presented of(Question q, int number, int total, Random random) {
        int n = q.hasChoices() ? q.choices().size() : q.type() == QuestionType.ORDER ? q.steps().size() : 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        if (q.type() == QuestionType.ORDER && n > 1 && isRightOrder(q, order)) {
            // Already in a right order would give the answer away: rotate by one (never right again,
            // as no swappable group may hold every step).
            order.add(order.remove(0));
        }
        return new Presented(q, number, total, List.copyOf(order));
    }

    /** Whether steps shown in this order would be a right answer (steps that may swap, swapped or not). */
    private static boolean isRightOrder(Question q, List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (q.placeOf(order.get(i)) != q.placeOf(i)) {
                return false;
            }
        }
        return true;
    }

    /** The choices or steps in the order shown. */
    public List<String> items() {
        Question q = question;
        return order.stream().map(i -> q.hasChoices() ? q.choices().get(i).text() : q.steps().get(i)).toList();
    }

    /** "a", "b"...: the label of the position shown. */
    public static String letter(int position) {
        return String.valueOf((char) ('a' + position));
    }

    /** The shown position (0-based) of the question's item at index. */
    public int positionOf(int index) {
        return order.indexOf(index);
    }
}
