package dev.dockernotes.fast;

import java.util.List;
import java.util.Map;

/**
 * The options of the hot one-shot commands, as the fast path reads them: the same names, fields,
 * types and defaults as their picocli annotations (HotCommandsModelTest checks every entry against
 * picocli's model, both ways), so help, completion and man pages stay generated from the annotations.
 */
final class HotCommands {

    /** How an option's value is read. FLAG takes none. */
    enum Kind { FLAG, STRING, INT, LONG, PATH, COLOR }

    /**
     * One option. {@code field} is the annotated field, {@code mixin.field} for a mixin's;
     * {@code min} is the smallest value the command accepts (a smaller one goes to picocli, whose
     * usage error the command raises); {@code defaultValue} is picocli's {@code defaultValue}, or null.
     */
    record Option(List<String> names, String field, Kind kind, String defaultValue, long min) {
        static Option flag(String field, String... names) {
            return new Option(List.of(names), field, Kind.FLAG, null, 0);
        }

        static Option of(Kind kind, String field, String... names) {
            return new Option(List.of(names), field, kind, null, Long.MIN_VALUE);
        }

        Option withDefault(String value) {
            return new Option(names, field, kind, value, min);
        }

        Option atLeast(long value) {
            return new Option(names, field, kind, defaultValue, value);
        }
    }

    /**
     * A command: its options, its one positional parameter (a field, {@code minWords..maxWords}
     * words; a list when maxWords is more than one), whether the first word ends its options
     * (explain: the rest is the line to explain), whether it may run fast with standard input
     * on a terminal (an interactive quiz builds a terminal anyway: nothing to win), and whether a
     * dash word that names none of its options is a word (search: picocli's
     * unmatchedOptionsArePositionalParams, so {@code search docker run -d} looks for "-d").
     */
    record Command(String name, List<Option> options, String positional, int minWords, int maxWords,
                   boolean stopAtPositional, boolean onTerminal, boolean dashWords) {
        Command(String name, List<Option> options, String positional, int minWords, int maxWords,
                boolean stopAtPositional, boolean onTerminal) {
            this(name, options, positional, minWords, maxWords, stopAtPositional, onTerminal, false);
        }
    }

    /** --json, a mixin field of every command that prints JSON. */
    private static Option json(String mixinField) {
        return Option.flag(mixinField + ".json", "--json");
    }

    /** The global options (GlobalOptions), accepted before and after the command's name. */
    static final List<Option> GLOBAL = List.of(
            Option.of(Kind.PATH, "notes", "--notes"),
            Option.flag("noColor", "--no-color"),
            Option.of(Kind.COLOR, "color", "--color"),
            Option.flag("debug", "--debug"));

    /** Options the fast path leaves to picocli wherever they are: help and version. */
    static final List<String> LEFT_TO_PICOCLI = List.of("-h", "--help", "-V", "--version");

    static final Map<String, Command> COMMANDS = Map.of(
            "chapters", new Command("chapters", List.of(json("json")), null, 0, 0, false, true),
            "show", new Command("show", List.of(json("json")), "topicName", 1, 1, false, true),
            "search", new Command("search", List.of(
                    Option.of(Kind.INT, "limit", "-n", "--limit").withDefault("10").atLeast(1),
                    json("json")), "words", 1, Integer.MAX_VALUE, false, true, true),
            "explain", new Command("explain", List.of(json("jsonOption")), "words", 1, Integer.MAX_VALUE, true, true),
            "learn", new Command("learn", List.of(Option.of(Kind.STRING, "sectionName", "--section")),
                    "chapterName", 0, 1, false, true),
            "quiz", new Command("quiz", List.of(
                    Option.of(Kind.INT, "count", "--count").atLeast(1),
                    Option.of(Kind.LONG, "seed", "--seed"),
                    Option.flag("review", "--review"),
                    Option.flag("generated", "--generated"),
                    json("json")), "scope", 0, 1, false, false),
            // the shell: picocli's model of the root command cost ~90 ms before the prompt (the
            // shell builds its own model of every command on a second thread anyway)
            "shell", new Command("shell", List.of(), null, 0, 0, false, true));

    private HotCommands() {}
}
