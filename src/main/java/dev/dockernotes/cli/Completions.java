package dev.dockernotes.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The one source of completion candidates, used by the shell's Tab and (through the same
 * {@code completionCandidates} classes on the parameters) by the generated bash/zsh script.
 * It walks the words typed so far down the picocli command tree of the very CommandLine that runs
 * them, then offers: subcommands, options, an option's values, the candidates of the positional
 * parameter at the cursor, and after {@code explain docker} the docker command tree and flags.
 */
public final class Completions {

    /** One candidate: the full word, a one-line description (may be empty), and a group name. */
    public record Suggestion(String value, String description, String group) {}

    private final CommandLine root;
    private final Map<String, String> extraCommands;
    private final BiFunction<List<String>, String, List<Suggestion>> docker;

    /**
     * @param root          the command line the words will run on
     * @param extraCommands words the shell understands itself (exit, quit) with their descriptions
     * @param docker        candidates after {@code explain docker}: the docker words typed so far
     *                      (without "docker") and the partial word at the cursor
     */
    public Completions(CommandLine root, Map<String, String> extraCommands,
                       BiFunction<List<String>, String, List<Suggestion>> docker) {
        this.root = root;
        this.extraCommands = new LinkedHashMap<>(extraCommands);
        this.docker = docker;
    }

    public Completions(CommandLine root) {
        this(root, Map.of());
    }

    public Completions(CommandLine root, Map<String, String> extraCommands) {
        this(root, extraCommands, DockerCompletion::candidates);
    }

    /** Every docker word (command names at any depth) the docker model knows, for highlighting. */
    public static java.util.Set<String> dockerWords() {
        return DockerCompletion.words();
    }

    /**
     * Candidates for the word at the cursor, those starting with {@code current}.
     *
     * @param before  the complete words before the cursor's word (not including the program name)
     * @param current the part of the cursor's word before the cursor ("" after a space)
     */
    public List<Suggestion> complete(List<String> before, String current) {
        CommandSpec spec = root.getCommandSpec();
        List<String> positionals = new ArrayList<>();
        OptionSpec pending = null;
        boolean endOfOptions = false;
        for (int i = 0; i < before.size(); i++) {
            String word = before.get(i);
            if (isExplain(spec) && !positionals.isEmpty() && positionals.get(0).equals("docker")) {
                positionals.add(word); // docker's own flags are not ours
                continue;
            }
            if (pending != null) {
                pending = null;
                continue;
            }
            if (!endOfOptions && word.equals("--")) {
                endOfOptions = true;
                continue;
            }
            if (!endOfOptions && word.startsWith("-") && word.length() > 1) {
                int eq = word.indexOf('=');
                OptionSpec option = spec.findOption(eq < 0 ? word : word.substring(0, eq));
                if (option != null && eq < 0 && option.arity().min() > 0) {
                    pending = option;
                }
                continue;
            }
            CommandLine sub = positionals.isEmpty() ? spec.subcommands().get(word) : null;
            if (sub != null) {
                spec = sub.getCommandSpec();
                continue;
            }
            positionals.add(word);
        }

        List<Suggestion> out = new ArrayList<>();
        if (isExplain(spec) && !positionals.isEmpty() && positionals.get(0).equals("docker")) {
            out.addAll(docker.apply(positionals.subList(1, positionals.size()), current));
            return filter(out, current);
        }
        if (pending != null) {
            values(pending, "", out);
            return filter(out, current);
        }
        if (!endOfOptions && current.startsWith("-")) {
            int eq = current.indexOf('=');
            if (eq > 0) {
                OptionSpec option = spec.findOption(current.substring(0, eq));
                if (option != null) {
                    values(option, current.substring(0, eq + 1), out);
                }
                return filter(out, current);
            }
            for (OptionSpec option : spec.options()) {
                if (!option.hidden()) {
                    String description = HelpLayout.firstSentence(option.description());
                    for (String name : option.names()) {
                        out.add(new Suggestion(name, description, "options"));
                    }
                }
            }
            return filter(out, current);
        }
        if (positionals.isEmpty()) {
            for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
                CommandSpec sub = e.getValue().getCommandSpec();
                if (!sub.usageMessage().hidden()) {
                    String[] d = sub.usageMessage().header().length > 0 ? sub.usageMessage().header() : sub.usageMessage().description();
                    out.add(new Suggestion(e.getKey(), HelpLayout.firstSentence(d), "commands"));
                }
            }
            if (spec == root.getCommandSpec()) {
                extraCommands.forEach((name, d) -> out.add(new Suggestion(name, d, "commands")));
            }
        }
        if (spec.userObject() instanceof CommandLine.HelpCommand && positionals.isEmpty() && spec.parent() != null) {
            spec.parent().subcommands().forEach((name, sub) -> {
                if (!sub.getCommandSpec().usageMessage().hidden() && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                    out.add(new Suggestion(name, "", "commands"));
                }
            });
        }
        int index = positionals.size();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden() && p.index().contains(index) && p.completionCandidates() != null) {
                for (String c : p.completionCandidates()) {
                    out.add(new Suggestion(c, "", p.paramLabel().toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
        if (isExplain(spec) && positionals.isEmpty()) {
            out.add(new Suggestion("docker", "a docker command line to explain", "docker"));
        }
        return filter(out, current);
    }

    /** The word list of a candidate set, for tests and scripts. */
    public List<String> words(List<String> before, String current) {
        return complete(before, current).stream().map(Suggestion::value).distinct().toList();
    }

    private static boolean isExplain(CommandSpec spec) {
        return spec.name().equals("explain") && spec.parent() != null && spec.parent().parent() == null;
    }

    private static void values(OptionSpec option, String prefix, List<Suggestion> out) {
        if (option.completionCandidates() != null) {
            for (String c : option.completionCandidates()) {
                out.add(new Suggestion(prefix + c, "", option.paramLabel().toLowerCase(java.util.Locale.ROOT)));
            }
        }
    }

    private static List<Suggestion> filter(List<Suggestion> all, String current) {
        Map<String, Suggestion> unique = new LinkedHashMap<>();
        for (Suggestion s : all) {
            if (s.value().startsWith(current)) {
                unique.putIfAbsent(s.value(), s);
            }
        }
        return List.copyOf(unique.values());
    }
}
