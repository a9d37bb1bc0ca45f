package dev.dockernotes.explain;

import dev.dockernotes.explain.ParsedCommand.Argument;
import dev.dockernotes.explain.ParsedCommand.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares two command lines as commands, not as text: aliases are one command ({@code docker stop}
 * = {@code docker container stop}), flag order does not matter, {@code -it} = {@code -i -t},
 * {@code --name=web} = {@code --name web}, long and short forms are equal, quoting does not matter,
 * and {@code ubuntu} = {@code ubuntu:latest}. A placeholder in the expected line ({@code <container>})
 * accepts any value there. Differences are user-facing sentences ("missing -d").
 *
 * <pre>
 *   CommandComparison.Result r = CommandComparison.compare("docker container stop &lt;container&gt;", "docker stop web");
 *   r.matches();      // true
 *   r.differences();  // []
 * </pre>
 */
public final class CommandComparison {
    private CommandComparison() {}

    /** The outcome: whether the given line does what the expected one does, and if not, why. */
    public record Result(boolean matches, List<String> differences) {
        public Result {
            differences = List.copyOf(differences);
        }
    }

    /** Compares with the built-in docker model. */
    public static Result compare(String expected, String given) {
        return compare(DockerCli.builtIn(), expected, given);
    }

    public static Result compare(DockerCli cli, String expected, String given) {
        List<ParsedCommand> e = CommandParser.parseLine(cli, expected);
        List<ParsedCommand> g = CommandParser.parseLine(cli, given);
        List<String> diffs = new ArrayList<>();
        if (g.isEmpty()) {
            diffs.add(e.isEmpty() ? "no command given" : "no command given; expected `" + e.get(0).name() + "`");
            return new Result(false, diffs);
        }
        if (e.size() != g.size()) {
            diffs.add("expected " + count(e.size()) + ", got " + count(g.size()));
        }
        for (int k = 0; k < Math.min(e.size(), g.size()); k++) {
            comparePair(e.get(k), g.get(k), diffs);
            if (k + 1 < Math.min(e.size(), g.size()) && !e.get(k).operator().equals(g.get(k).operator())) {
                diffs.add("`" + g.get(k).operator() + "` joins the commands here, expected `" + e.get(k).operator() + "`");
            }
        }
        return new Result(diffs.isEmpty(), diffs);
    }

    private static String count(int n) {
        return n == 1 ? "1 command" : n + " commands";
    }

    private static void comparePair(ParsedCommand e, ParsedCommand g, List<String> diffs) {
        if (!e.program().equals(g.program())) {
            diffs.add(g.program().equals(CommandParser.LEGACY_COMPOSE)
                    ? "`docker-compose` is Compose v1, which Docker retired; write `docker compose` (the plugin)"
                    : "`" + g.name() + "` is a different program; the question asks for `" + e.name() + "`");
            return;
        }
        if (g.isDocker() && g.command().isEmpty() && g.group().isEmpty() && !g.problems().isEmpty()) {
            diffs.addAll(g.problems());
            return;
        }
        if (g.suggestion().isPresent()) {
            diffs.add(g.problems().get(0));
            return;
        }
        if (!e.name().equals(g.name()) && !sameCommand(e, g)) {
            if (g.command().isPresent() && e.command().isPresent()) {
                diffs.add("`" + g.name() + "` " + thirdPerson(g.command().get().description())
                        + "; the question asks for `" + e.name() + "` (" + lowerFirst(e.command().get().description()) + ")");
            } else {
                diffs.add("`" + g.name() + "` is not `" + e.name() + "`");
            }
            return;
        }
        compareOptions(e, g, diffs);
        compareArguments(e, g, diffs);
    }

    /** One is an alias of the other: {@code docker buildx build} is {@code docker build}. */
    private static boolean sameCommand(ParsedCommand e, ParsedCommand g) {
        return e.command().isPresent() && g.command().isPresent() && e.command().get().sameAs(g.command().get());
    }

    private static void compareOptions(ParsedCommand e, ParsedCommand g, List<String> diffs) {
        Map<String, List<Option>> expected = byName(e.options());
        Map<String, List<Option>> given = byName(g.options());
        for (Map.Entry<String, List<Option>> entry : expected.entrySet()) {
            List<Option> want = new ArrayList<>(entry.getValue());
            List<Option> have = new ArrayList<>(given.getOrDefault(entry.getKey(), List.of()));
            Option first = want.get(0);
            if (have.isEmpty()) {
                for (Option o : want) {
                    diffs.add("missing " + show(o));
                }
                continue;
            }
            if (first.value() == null) {
                continue; // a switch: present is enough
            }
            // Exact values first, then placeholders take whatever is left.
            want.removeIf(o -> !isPlaceholder(o) && removeEqual(have, o));
            List<Option> placeholders = want.stream().filter(CommandComparison::isPlaceholder).toList();
            want.removeAll(placeholders);
            for (Option p : placeholders) {
                if (!have.isEmpty()) {
                    have.remove(0);
                } else {
                    diffs.add("missing another " + show(p));
                }
            }
            while (!want.isEmpty() && !have.isEmpty()) {
                Option w = want.remove(0);
                Option h = have.remove(0);
                diffs.add(h.written() + " is " + h.value() + " here, expected " + w.value());
            }
            want.forEach(o -> diffs.add("missing " + show(o)));
            have.forEach(o -> diffs.add("unexpected " + show(o)));
        }
        for (Map.Entry<String, List<Option>> entry : given.entrySet()) {
            if (!expected.containsKey(entry.getKey())) {
                for (Option o : entry.getValue()) {
                    if (!o.known()) {
                        String problem = g.problems().stream().filter(p -> p.startsWith("`" + o.name() + "`")).findFirst()
                                .orElse("unexpected " + show(o));
                        diffs.add(problem);
                    } else {
                        diffs.add("unexpected " + show(o));
                    }
                }
            }
        }
    }

    private static boolean removeEqual(List<Option> have, Option want) {
        for (int k = 0; k < have.size(); k++) {
            if (sameValue(want.name(), want.value(), have.get(k).value())) {
                have.remove(k);
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(String flag, String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (flag.equals("--publish")) {
            return a.replaceFirst("/tcp$", "").equals(b.replaceFirst("/tcp$", ""));
        }
        if (flag.equals("--tag")) {
            return ValueMeaning.normalizeImage(a).equals(ValueMeaning.normalizeImage(b));
        }
        return a.equals(b);
    }

    private static boolean isPlaceholder(Option o) {
        return o.valuePlaceholder() || o.value() != null && o.value().matches("<[^<>]+>");
    }

    /** Options by name (global options apart), in the order first given. */
    private static Map<String, List<Option>> byName(List<Option> options) {
        Map<String, List<Option>> map = new LinkedHashMap<>();
        for (Option o : options) {
            map.computeIfAbsent((o.global() ? "global " : "") + o.name(), k -> new ArrayList<>()).add(o);
        }
        return map;
    }

    private static String show(Option o) {
        return o.value() == null ? o.written() : o.written() + " " + o.value();
    }

    private static void compareArguments(ParsedCommand e, ParsedCommand g, List<String> diffs) {
        List<Argument> want = e.arguments();
        List<Argument> have = g.arguments();
        for (int k = 0; k < Math.max(want.size(), have.size()); k++) {
            if (k >= have.size()) {
                Argument w = want.get(k);
                diffs.add("missing the " + w.role() + (w.placeholder() ? "" : " " + w.text()));
                continue;
            }
            Argument h = have.get(k);
            if (k >= want.size()) {
                diffs.add("unexpected " + h.role() + " " + h.text());
                continue;
            }
            Argument w = want.get(k);
            if (w.placeholder()) {
                continue;
            }
            boolean same = w.role().equals("image")
                    ? ValueMeaning.normalizeImage(w.text()).equals(ValueMeaning.normalizeImage(h.text()))
                    : w.text().equals(h.text());
            if (!same) {
                diffs.add("the " + w.role() + " is " + h.text() + " here, expected " + w.text());
            }
        }
    }

    /** "Remove one or more containers" -> "removes one or more containers". */
    static String thirdPerson(String description) {
        String[] words = description.split(" ", -1);
        if (words.length == 0 || words[0].isEmpty()) {
            return description;
        }
        words[0] = conjugate(words[0].toLowerCase(Locale.ROOT));
        if (words.length > 2 && words[1].equals("and")) {
            words[2] = conjugate(words[2]);
        }
        return String.join(" ", words);
    }

    private static String conjugate(String verb) {
        if (verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x")) {
            return verb + "es";
        }
        if (verb.endsWith("y") && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
