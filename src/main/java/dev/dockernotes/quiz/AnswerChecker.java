package dev.dockernotes.quiz;

import dev.dockernotes.text.Similarity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an answer as the user typed it against a shown question: choices by letter ("b", "a,c"),
 * true/false as t/f/true/false/yes/no, order as the shown numbers in the right order ("3,1,2"),
 * fill-in forgiving case and small typos, commands compared as commands by the {@link CommandChecker}.
 */
public final class AnswerChecker {
    private final CommandChecker commands;

    public AnswerChecker(CommandChecker commands) {
        this.commands = commands;
    }

    public Verdict check(Presented shown, String answer) {
        String given = answer == null ? "" : answer.strip();
        Question q = shown.question();
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> choices(shown, given);
            case TRUE_FALSE -> trueFalse(q, given);
            case ORDER -> order(shown, given);
            case FILL_IN -> fillIn(q, given);
            case COMMAND -> command(q, given);
        };
    }

    /** Whether this is a well-formed answer for the question (so a prompt can ask again instead of marking it wrong). */
    public Optional<String> problemWith(Presented shown, String answer) {
        String given = answer == null ? "" : answer.strip();
        Question q = shown.question();
        int n = shown.order().size();
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> letters(given, n).isPresent() && (q.type() == QuestionType.MULTIPLE
                    || letters(given, n).get().size() == 1) ? Optional.empty()
                    : Optional.of(q.type() == QuestionType.SINGLE ? "answer with one letter, a to " + Presented.letter(n - 1)
                            : "answer with letters, e.g. a,c");
            case TRUE_FALSE -> truth(given).isPresent() ? Optional.empty() : Optional.of("answer t (true) or f (false)");
            case ORDER -> numbers(given, n).isPresent() ? Optional.empty()
                    : Optional.of("give all " + n + " numbers in the right order, e.g. " + example(n));
            case FILL_IN, COMMAND -> given.isEmpty() ? Optional.of("type your answer") : Optional.empty();
        };
    }

    private Verdict choices(Presented shown, String given) {
        Question q = shown.question();
        int n = shown.order().size();
        Set<Integer> right = new TreeSet<>();
        for (int pos = 0; pos < n; pos++) {
            if (q.choices().get(shown.order().get(pos)).correct()) {
                right.add(pos);
            }
        }
        String expected = String.join(",", right.stream().map(Presented::letter).toList());
        String rightAnswer = String.join("; ", right.stream().map(p -> Presented.letter(p) + ") " + shown.items().get(p)).toList());
        Optional<Set<Integer>> picked = letters(given, n);
        if (picked.isEmpty() || q.type() == QuestionType.SINGLE && picked.get().size() != 1) {
            return new Verdict(false, given, expected, rightAnswer, List.of(problemWith(shown, given).orElse("not an answer")));
        }
        Set<Integer> chosen = picked.get();
        if (chosen.equals(right)) {
            return new Verdict(true, given, expected, rightAnswer, List.of());
        }
        List<String> notes = new ArrayList<>();
        if (q.type() == QuestionType.SINGLE) {
            int p = chosen.iterator().next();
            notes.add(Presented.letter(p) + ") is not right");
        } else {
            for (int p : right) {
                if (!chosen.contains(p)) {
                    notes.add("missing " + Presented.letter(p) + ") " + shown.items().get(p));
                }
            }
            for (int p : chosen) {
                if (!right.contains(p)) {
                    notes.add(Presented.letter(p) + ") " + shown.items().get(p) + " is not right");
                }
            }
        }
        return new Verdict(false, given, expected, rightAnswer, notes);
    }

    private Verdict trueFalse(Question q, String given) {
        String expected = q.truth() ? "true" : "false";
        Optional<Boolean> t = truth(given);
        if (t.isEmpty()) {
            return new Verdict(false, given, expected, expected, List.of("answer t (true) or f (false)"));
        }
        boolean ok = t.get().equals(q.truth());
        return new Verdict(ok, given, expected, expected, ok ? List.of() : List.of("the statement is " + expected));
    }

    private Verdict order(Presented shown, String given) {
        Question q = shown.question();
        int n = shown.order().size();
        List<Integer> right = new ArrayList<>();
        for (int step = 0; step < n; step++) {
            right.add(shown.positionOf(step) + 1);
        }
        String expected = String.join(",", right.stream().map(String::valueOf).toList());
        String spelled = spelledOrder(q);
        Optional<List<Integer>> numbers = numbers(given, n);
        if (numbers.isEmpty()) {
            return new Verdict(false, given, expected, spelled,
                    List.of("give all " + n + " numbers in the right order, e.g. " + example(n)));
        }
        // The step put at each place; right when it belongs there, or to a group that may swap there.
        List<Integer> got = numbers.get();
        int inPlace = 0;
        String firstWrong = null;
        for (int i = 0; i < n; i++) {
            int step = shown.order().get(got.get(i) - 1);
            if (q.placeOf(step) == q.placeOf(i)) {
                inPlace++;
            } else if (firstWrong == null) {
                List<Integer> group = q.groupOf(i);
                firstWrong = group.size() == 1
                        ? "step " + (i + 1) + " is \"" + q.steps().get(i) + "\" (" + right.get(i) + "), not " + got.get(i)
                        : "step " + (i + 1) + " is one of " + String.join(" or ", group.stream()
                                .map(k -> "\"" + q.steps().get(k) + "\" (" + right.get(k) + ")").toList()) + ", not " + got.get(i);
            }
        }
        if (inPlace == n) {
            return new Verdict(true, given, expected, spelled, List.of());
        }
        return new Verdict(false, given, expected, spelled, List.of(firstWrong, inPlace + " of " + n + " in the right place"));
    }

    /** "A -> B -> C", with a group that may swap as "(B and C, in either order)". */
    static String spelledOrder(Question q) {
        StringBuilder spelled = new StringBuilder();
        for (int i = 0; i < q.steps().size(); i++) {
            List<Integer> group = q.groupOf(i);
            if (group.get(0) != i) {
                continue;
            }
            spelled.append(spelled.length() == 0 ? "" : " -> ");
            if (group.size() == 1) {
                spelled.append(q.steps().get(i));
            } else {
                List<String> texts = group.stream().map(q.steps()::get).toList();
                spelled.append("(").append(String.join(group.size() == 2 ? " and " : ", ", texts))
                        .append(group.size() == 2 ? ", in either order)" : ", in any order)");
            }
        }
        return spelled.toString();
    }

    private Verdict fillIn(Question q, String given) {
        String expected = q.answers().get(0);
        if (normalize(given).isEmpty()) {
            return new Verdict(false, given, expected, expected, List.of("no answer given"));
        }
        for (String a : q.answers()) {
            if (FillInAnswer.same(a, given)) {
                return new Verdict(true, given, expected, expected, List.of());
            }
        }
        for (String r : q.rejects()) {
            if (FillInAnswer.same(r, given)) {
                return new Verdict(false, given, expected, expected, List.of("\"" + given + "\" is something else"));
            }
        }
        String g = FillInAnswer.words(given);
        for (String a : q.answers()) {
            // Numbers, ports, flags, paths and keys must be exact: "2376" is not a typo of "2375".
            String want = FillInAnswer.words(a);
            int tolerance = Similarity.tolerance(want.length());
            // lengths further apart than the tolerance cannot be a typo (and a huge paste costs nothing)
            if (FillInAnswer.forgiving(a) && Math.abs(want.length() - g.length()) <= tolerance
                    && Similarity.distance(want, g) <= tolerance) {
                return new Verdict(true, given, expected, expected, List.of("accepted; it is spelled \"" + a + "\""));
            }
        }
        for (String a : q.answers()) {
            Optional<List<Character>> want = FillInAnswer.keys(a);
            Optional<List<Character>> got = FillInAnswer.keys(given);
            if (want.isPresent() && got.isPresent() && !want.equals(got)
                    && new TreeSet<>(want.get()).equals(new TreeSet<>(got.get()))) {
                return new Verdict(false, given, expected, expected, List.of("the right keys in the wrong order"));
            }
        }
        return new Verdict(false, given, expected, expected, List.of());
    }

    private Verdict command(Question q, String given) {
        String expected = q.answers().get(0);
        if (given.isEmpty()) {
            return new Verdict(false, given, expected, expected, List.of("no command given"));
        }
        CommandChecker.Comparison closest = null;
        String closestAnswer = expected;
        for (String a : q.answers()) {
            CommandChecker.Comparison c = commands.compare(a, given);
            if (c.matches()) {
                return new Verdict(true, given, a, a, List.of());
            }
            if (closest == null || c.differences().size() < closest.differences().size()) {
                closest = c;
                closestAnswer = a;
            }
        }
        return new Verdict(false, given, closestAnswer, closestAnswer, closest.differences());
    }

    /** Lowercase, single spaces, no surrounding quotes or backticks, no final full stop. */
    static String normalize(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        t = t.replaceAll("^[\"'`]+|[\"'`]+$", "");
        t = t.replaceAll("[.!]+$", "");
        return t.strip();
    }

    /** "a,c", "a c", "ac", "A, C": positions picked, if all are letters in range. */
    static Optional<Set<Integer>> letters(String given, int n) {
        String g = given.toLowerCase(Locale.ROOT).replaceAll("[\\s,;]+", "");
        if (g.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> picked = new LinkedHashSet<>();
        for (char c : g.toCharArray()) {
            int p = c - 'a';
            if (p < 0 || p >= n) {
                return Optional.empty();
            }
            picked.add(p);
        }
        return Optional.of(new TreeSet<>(picked));
    }

    static Optional<Boolean> truth(String given) {
        return switch (given.toLowerCase(Locale.ROOT)) {
            case "t", "true", "y", "yes" -> Optional.of(true);
            case "f", "false", "n", "no" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** "3,1,2" or "3 1 2" (or "312" when all numbers are single digits): each of 1..n once. */
    static Optional<List<Integer>> numbers(String given, int n) {
        String g = given.strip();
        String[] parts = g.contains(",") || g.contains(" ") ? g.split("[\\s,]+") : g.split("");
        List<Integer> out = new ArrayList<>();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (out.size() != n || new TreeSet<>(out).size() != n || out.stream().anyMatch(i -> i < 1 || i > n)) {
            return Optional.empty();
        }
        return Optional.of(out);
    }

    private static String example(int n) {
        List<String> s = new ArrayList<>();
        for (int i = n; i >= 1; i--) {
            s.add(String.valueOf(i));
        }
        return String.join(",", s);
    }
}
