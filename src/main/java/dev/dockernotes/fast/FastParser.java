package dev.dockernotes.fast;

import dev.dockernotes.cli.GlobalOptions;
import dev.dockernotes.fast.HotCommands.Kind;
import dev.dockernotes.fast.HotCommands.Option;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the command lines of the hot commands that are plainly well formed, by hand, from the
 * table in {@link HotCommands}. Anything else is left to picocli (empty): help and version, any
 * word it does not know, a missing or odd value, a repeated option, {@code --}, {@code @file}, a
 * clustered or attached short option, a value out of the command's range, the wrong number of
 * words. Then picocli parses the whole line again and says what is wrong exactly as it always did.
 */
final class FastParser {
    /** A command line read: the command, its options' values by field, its words, the global options by field. */
    record Parsed(HotCommands.Command command, Map<String, Object> options, List<String> words,
                  Map<String, Object> globals) {}

    private FastParser() {}

    /**
     * A value picocli's Integer.valueOf / Long.valueOf read the same: digits only, no sign, no leading
     * zero, at most 18 of them (no overflow). By hand, not a regex: compiling one costs a cold start.
     */
    static boolean plainNumber(String value) {
        int n = value.length();
        if (n == 0 || n > 18 || n > 1 && value.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static Optional<Parsed> parse(String[] args, boolean stdinIsTerminal) {
        Map<String, Object> globals = new LinkedHashMap<>();
        int i = 0;
        HotCommands.Command command = null;
        while (i < args.length && command == null) {
            String a = args[i];
            if (a.startsWith("@")) {
                return Optional.empty(); // picocli reads @file arguments from the file
            }
            Optional<Option> global = match(HotCommands.GLOBAL, a);
            if (global.isPresent()) {
                i = take(global.get(), args, i, globals);
                if (i < 0) {
                    return Optional.empty();
                }
            } else if (a.startsWith("-")) {
                return Optional.empty(); // help, version, --, or a root option picocli must judge
            } else {
                command = HotCommands.COMMANDS.get(a);
                if (command == null || !command.onTerminal() && stdinIsTerminal) {
                    return Optional.empty();
                }
                i++;
            }
        }
        if (command == null) {
            return Optional.empty();
        }
        Map<String, Object> options = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        boolean stopped = false;
        while (i < args.length) {
            String a = args[i];
            if (a.startsWith("@") || a.equals("--")) {
                return Optional.empty();
            }
            if (stopped) {
                words.add(a);
                i++;
                continue;
            }
            Optional<Option> own = match(command.options(), a);
            Optional<Option> global = own.isPresent() ? Optional.empty() : match(HotCommands.GLOBAL, a);
            if (own.isPresent() || global.isPresent()) {
                i = own.isPresent() ? take(own.get(), args, i, options) : take(global.get(), args, i, globals);
                if (i < 0) {
                    return Optional.empty();
                }
            } else if (a.startsWith("-") && !(command.dashWords() && isDashWord(command, a))) {
                return Optional.empty(); // an option this command lacks (or explain's unknown one before its first word)
            } else {
                words.add(a);
                stopped = command.stopAtPositional();
                i++;
            }
        }
        if (words.size() < command.minWords() || words.size() > command.maxWords()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(command, options, words, globals));
    }

    /**
     * Whether picocli, reading unmatched options as words, surely reads this dash word as a word: it
     * names none of the command's options nor the global ones nor help and version, not even as the
     * start of an attached value ({@code --limit=3}) or of a cluster of short options ({@code -n5}).
     * Anything close to an option is left to picocli.
     */
    private static boolean isDashWord(HotCommands.Command command, String arg) {
        if (arg.length() < 2) {
            return false; // "-" alone
        }
        List<String> names = new ArrayList<>(HotCommands.LEFT_TO_PICOCLI);
        for (List<Option> options : List.of(command.options(), HotCommands.GLOBAL)) {
            for (Option o : options) {
                names.addAll(o.names());
            }
        }
        for (String name : names) {
            boolean isLong = name.startsWith("--");
            if (isLong ? arg.startsWith(name) : !arg.startsWith("--") && arg.charAt(1) == name.charAt(1)) {
                return false;
            }
        }
        return true;
    }

    /** The option this argument names: {@code --name}, or {@code --name=value} for one that takes a value. */
    private static Optional<Option> match(List<Option> options, String arg) {
        for (Option o : options) {
            for (String name : o.names()) {
                if (arg.equals(name) || o.kind() != Kind.FLAG && name.startsWith("--") && arg.startsWith(name + "=")) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** Reads the option at {@code i} (and its value) into {@code into}; the next index, or -1 to leave it to picocli. */
    private static int take(Option option, String[] args, int i, Map<String, Object> into) {
        if (into.containsKey(option.field())) {
            return -1; // given twice: picocli says so
        }
        String arg = args[i];
        if (option.kind() == Kind.FLAG) {
            into.put(option.field(), Boolean.TRUE);
            return i + 1;
        }
        int eq = arg.indexOf('=');
        String value;
        int next;
        if (eq > 0 && arg.startsWith("--")) {
            value = arg.substring(eq + 1);
            next = i + 1;
        } else if (i + 1 < args.length) {
            value = args[i + 1];
            next = i + 2;
        } else {
            return -1; // the value is missing
        }
        if (value.startsWith("-") || value.startsWith("@")) {
            return -1; // an option where a value should be, a negative number, a file of arguments
        }
        Object converted = convert(option, value);
        if (converted == null) {
            return -1;
        }
        into.put(option.field(), converted);
        return next;
    }

    /** The value as picocli converts it, or null when picocli would refuse it (or might read it otherwise). */
    static Object convert(Option option, String value) {
        switch (option.kind()) {
            case STRING:
                return value;
            case INT:
            case LONG: {
                if (!plainNumber(value)) {
                    return null;
                }
                long n = Long.parseLong(value);
                if (n < option.min() || option.kind() == Kind.INT && n > Integer.MAX_VALUE) {
                    return null;
                }
                return option.kind() == Kind.INT ? (Object) (int) n : (Object) n;
            }
            case PATH:
                if (value.isBlank()) {
                    return null;
                }
                try {
                    return Path.of(value);
                } catch (InvalidPathException e) {
                    return null;
                }
            case COLOR:
                for (GlobalOptions.ColorWhen when : GlobalOptions.ColorWhen.values()) {
                    if (when.name().equalsIgnoreCase(value)) {
                        return when;
                    }
                }
                return null;
            default:
                return null;
        }
    }
}
