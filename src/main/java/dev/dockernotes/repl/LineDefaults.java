package dev.dockernotes.repl;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What a shell line leaves out: global options given to {@code dockernotes ... shell} hold for every
 * line, and a chapter left out of {@code learn} or {@code quiz} is the one in the prompt.
 */
final class LineDefaults implements CommandLine.IDefaultValueProvider {
    /** Commands that, in the shell, take the prompt's chapter when none is given. */
    private static final Set<String> CHAPTER_DEFAULT = Set.of("learn", "quiz");

    private final Map<String, String> globalDefaults;
    private final Session session;

    /** @param globalDefaults long option name to value */
    LineDefaults(Map<String, String> globalDefaults, Session session) {
        this.globalDefaults = Map.copyOf(globalDefaults);
        this.session = session;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return globalDefaults.get(o.longestName());
        }
        if (arg instanceof PositionalParamSpec p && p.index().min() == 0
                && session.chapter() != null && CHAPTER_DEFAULT.contains(p.command().name())) {
            return session.chapter();
        }
        return null;
    }

    boolean debug() {
        return globalDefaults.containsKey("--debug");
    }

    /**
     * The colour the shell was opened with ({@code --no-color}, {@code --color WHEN}); empty: auto.
     * Read from the options themselves, as no line has been parsed when the welcome is printed.
     */
    Optional<Boolean> colorChosen() {
        if (globalDefaults.containsKey("--no-color")) {
            return Optional.of(false);
        }
        String when = globalDefaults.get("--color");
        if (when == null || when.equalsIgnoreCase("auto")) {
            return Optional.empty();
        }
        return Optional.of(when.equalsIgnoreCase("always"));
    }
}
