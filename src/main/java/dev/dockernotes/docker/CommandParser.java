package dev.dockernotes.docker;

import dev.dockernotes.docker.ParsedCommand.Argument;
import dev.dockernotes.docker.ParsedCommand.Option;
import dev.dockernotes.docker.Token.Kind;
import dev.dockernotes.text.Similarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads command lines with the docker model: global options, the command path (through aliases,
 * forgiving typos with a suggestion), bundled short flags ({@code -it}), {@code --opt=value},
 * attached values ({@code -p8080:80}), {@code --}, and the end of docker's own options where the
 * container's command begins ({@code docker run -it ubuntu bash -c "ls -l"}: -c is bash's).
 */
public final class CommandParser {
    private final DockerCli cli;
    private final String source;
    private final List<ShellWords.Word> words;
    private final String operator;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Option> options = new ArrayList<>();
    private final List<Argument> arguments = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int i;
    /** The command whose flags are being read; null for docker's global options. */
    private DockerCli.Command scope;

    private CommandParser(DockerCli cli, String source, ShellWords.Segment segment) {
        this.cli = cli;
        this.source = source;
        this.words = segment.words();
        this.operator = segment.operator();
    }

    /** Every command of a line (split at |, &&, ||, ;), each read on its own. */
    public static List<ParsedCommand> parseLine(DockerCli cli, String line) {
        List<ParsedCommand> out = new ArrayList<>();
        for (ShellWords.Segment segment : ShellWords.split(line)) {
            ShellWords.Word first = segment.words().get(0);
            ShellWords.Word last = segment.words().get(segment.words().size() - 1);
            String text = line.substring(first.start(), last.end());
            out.add(new CommandParser(cli, text, segment).parse());
        }
        return out;
    }

    /** The first command of a line; an empty command when the line has none. */
    public static ParsedCommand parse(DockerCli cli, String line) {
        List<ParsedCommand> all = parseLine(cli, line);
        if (all.isEmpty()) {
            return new ParsedCommand("", "", List.of(), Optional.empty(), Optional.empty(), "", Optional.empty(),
                    List.of(), List.of(), List.of(), "");
        }
        return all.get(0);
    }

    private String word(int k) {
        return words.get(k).text();
    }

    private ParsedCommand parse() {
        if (word(0).equals("sudo") && words.size() > 1) {
            tokens.add(Token.of("sudo", Kind.COMMAND, "sudo", "runs the rest of the line as root"));
            i = 1;
        }
        String program = word(i);
        StringBuilder typed = new StringBuilder("docker");
        StringBuilder corrected = new StringBuilder("docker");
        DockerCli.Command current = null;
        if (program.equals(LEGACY_COMPOSE) && cli.command("docker compose").isPresent()) {
            // Compose v1, the standalone program: read its line as the plugin's (their commands and flags agree)
            current = cli.command("docker compose").orElseThrow();
            tokens.add(Token.of(program, Kind.COMMAND, "program", LEGACY_COMPOSE_MEANING));
            typed = new StringBuilder(program);
            corrected = new StringBuilder("docker compose");
            i++;
        } else if (!program.equals("docker")) {
            return OtherCommands.parse(this, program);
        } else {
            tokens.add(Token.of(program, Kind.COMMAND, "program", "the Docker command-line client; it sends the command to the Docker daemon's API"));
            i++;
            while (i < words.size() && isFlagWord(i)) {
                flag(cli.globalFlags(), true, "docker");
            }
        }
        boolean misspelt = false;
        while (i < words.size() && (current == null || current.isGroup() || hasChild(corrected, word(i)))) {
            if (isFlagWord(i)) {
                if (current == null || current.flags().isEmpty()) {
                    break;
                }
                scope = current;
                flag(current.flags(), false, current.name()); // docker compose -f compose.yaml up
                continue;
            }
            String w = word(i);
            String path = corrected.toString();
            Optional<DockerCli.Command> exact = cli.command(path + " " + w);
            DockerCli.Command next;
            if (exact.isPresent()) {
                next = exact.get();
                corrected.append(' ').append(w);
            } else {
                Optional<String> close = closest(w, cli.children(path));
                String where = current == null ? "docker" : current.name();
                if (close.isEmpty()) {
                    problems.add("`" + shown(w) + "` is not a " + (current == null ? "docker command" : "subcommand of " + where)
                            + nearest(w, cli.children(path)));
                    tokens.add(Token.of(w, Kind.SUBCOMMAND, "unknown", "not a " + (current == null ? "docker command" : "subcommand of " + where)));
                    typed.append(' ').append(w);
                    i++;
                    break;
                }
                misspelt = true;
                next = cli.command(path + " " + close.get()).orElseThrow();
                corrected.append(' ').append(close.get());
            }
            typed.append(' ').append(w);
            String meaning = next.name().equals(corrected.toString()) ? next.description()
                    : corrected + " = " + next.name() + ": " + next.description();
            tokens.add(Token.of(w, Kind.SUBCOMMAND, next.isGroup() ? "management command" : "command",
                    exact.isPresent() ? meaning : "misspelt; " + meaning));
            current = next;
            i++;
        }
        Optional<String> suggestion = Optional.empty();
        if (misspelt) {
            suggestion = Optional.of(current.name());
            problems.add(0, "`" + shown(typed.toString()) + "` is not a docker command; did you mean `" + corrected + "`?");
        }
        if (current != null && !current.isGroup()) {
            rest(current);
        } else {
            while (i < words.size()) {
                if (isFlagWord(i)) {
                    flag(cli.globalFlags(), current == null, current == null ? "docker" : current.name());
                } else {
                    if (current != null && !misspelt) {
                        problems.add("`" + current.name() + "` needs a subcommand: " + String.join(", ", cli.children(current.name())));
                    }
                    tokens.add(Token.of(word(i), Kind.ARGUMENT, "argument", ""));
                    arguments.add(new Argument(word(i), "", "argument", words.get(i).placeholder()));
                    i++;
                }
            }
        }
        Optional<DockerCli.Command> command = current != null && !current.isGroup() ? Optional.of(current) : Optional.empty();
        Optional<DockerCli.Command> group = current != null && current.isGroup() ? Optional.of(current) : Optional.empty();
        return result(program.equals(LEGACY_COMPOSE) ? LEGACY_COMPOSE : "docker", command, group, typed.toString(), suggestion);
    }

    /** Compose v1's program: {@code docker-compose up -d}, now {@code docker compose up -d}. */
    public static final String LEGACY_COMPOSE = "docker-compose";
    static final String LEGACY_COMPOSE_MEANING = "Compose v1, the standalone program Docker retired in 2023;"
            + " Compose v2 is the docker CLI plugin: write `docker compose` (a space, not a hyphen)";

    /** Whether {@code word} names a subcommand of the command named so far (a command can have both). */
    private boolean hasChild(CharSequence path, String word) {
        return !word.startsWith("-") && cli.children(path.toString()).contains(word);
    }

    /** A word as problems quote it: at most 60 characters, so a pasted megabyte is not echoed back. */
    public static String shown(String word) {
        return word.length() <= 60 ? word : word.substring(0, 57) + "...";
    }

    ParsedCommand result(String program, Optional<DockerCli.Command> command, Optional<DockerCli.Command> group,
                         String typed, Optional<String> suggestion) {
        return new ParsedCommand(source, program, List.copyOf(tokens), command, group, typed, suggestion,
                List.copyOf(options), List.copyOf(arguments), List.copyOf(problems), operator);
    }

    /** Flags and positional arguments of a command, up to the container's own command. */
    private void rest(DockerCli.Command command) {
        scope = command;
        boolean endOfOptions = false;
        int argIndex = 0;
        boolean containerCommand = false;
        while (i < words.size()) {
            String w = word(i);
            if (!endOfOptions && w.equals("--")) {
                tokens.add(Token.of(w, Kind.FLAG, "end of options", "everything after it is an argument, not a flag"));
                endOfOptions = true;
                i++;
                continue;
            }
            if (!endOfOptions && isFlagWord(i)) {
                flag(command.flags(), false, command.name());
                continue;
            }
            DockerCli.Slot slot = slot(command, argIndex);
            String role;
            if (containerCommand) {
                role = "container command argument";
            } else if (slot != null && slot.name().equals("COMMAND")) {
                role = "container command";
                containerCommand = true;
            } else {
                role = role(command, slot);
            }
            if (command.takesCommand()) {
                endOfOptions = true; // docker stops reading its own flags at the first argument
            }
            String meaning = PluginValues.argument(role, w, command).orElseGet(() -> ValueMeaning.argument(role, w, command));
            tokens.add(Token.of(w, Kind.ARGUMENT, role, meaning));
            arguments.add(new Argument(w, slot == null ? "" : slot.name(), role, words.get(i).placeholder()));
            argIndex++;
            i++;
        }
    }

    private static DockerCli.Slot slot(DockerCli.Command command, int index) {
        List<DockerCli.Slot> slots = command.slots();
        if (index < slots.size()) {
            return slots.get(index);
        }
        if (!slots.isEmpty() && slots.get(slots.size() - 1).repeats()) {
            return slots.get(slots.size() - 1);
        }
        return null;
    }

    /** "image", "container", "network", "source image"... from a usage slot. */
    static String role(DockerCli.Command command, DockerCli.Slot slot) {
        if (slot == null) {
            return "argument";
        }
        String name = slot.name();
        if (name.startsWith("NAME[:TAG") || name.startsWith("IMAGE")) {
            return "image";
        }
        if (name.equals("ARG") || name.equals("ARGS")) {
            return "container command argument";
        }
        if (name.startsWith("SERVICE")) {
            return "service"; // SERVICE, SERVICES, SERVICE:SRC_PATH, SERVICE=REPLICAS
        }
        String base = name.replaceAll("\\[.*", "").replaceAll("[|:].*", "").replace('_', ' ').replace('-', ' ').trim()
                .toLowerCase(Locale.ROOT);
        return base.isEmpty() ? "argument" : base;
    }

    private boolean isFlagWord(int k) {
        String w = word(k);
        return w.startsWith("-") && w.length() > 1 && !words.get(k).placeholder();
    }

    /** Reads one flag word (and its value) against the given flags. */
    private void flag(List<DockerCli.Flag> flags, boolean global, String owner) {
        String w = word(i);
        i++;
        String role = global ? "global option" : "flag";
        if (w.startsWith("--")) {
            int eq = w.indexOf('=');
            String name = eq < 0 ? w : w.substring(0, eq);
            String attached = eq < 0 ? null : w.substring(eq + 1);
            Optional<DockerCli.Flag> flag = flags.stream().filter(f -> f.hasName(name)).findFirst();
            if (flag.isEmpty() && name.equals("--help")) {
                tokens.add(new Token(name, Kind.FLAG, role, List.of("--help"), "", "show docker's help for " + owner));
                options.add(new Option("--help", name, null, global, true, false));
                return;
            }
            if (flag.isEmpty()) {
                unknownFlag(name, w, flags, global, owner, attached);
                return;
            }
            DockerCli.Flag f = flag.get();
            tokens.add(new Token(name, Kind.FLAG, role, List.of(f.longName()), "", f.display() + ": " + f.description()));
            String value = attached;
            if (f.takesValue() && value == null) {
                value = valueWord(f);
                if (value == null) {
                    problems.add("`" + name + "` needs a value (" + f.type() + ")");
                }
            } else if (value != null) {
                tokens.add(new Token(value, Kind.VALUE, "value", List.of(), f.longName(), valueMeaning(f, value)));
            }
            if (!f.takesValue() && value != null) {
                // --rm=true is --rm; --rm=false is as if not given
                if (!value.equalsIgnoreCase("false")) {
                    options.add(new Option(f.longName(), name, null, global, true, false));
                }
                return;
            }
            options.add(new Option(f.longName(), name, value, global, true, attached == null ? placeholderAt(i - 1) : attached.startsWith("<")));
            return;
        }
        // short flags, maybe bundled: -it, -dit, -p8080:80, -p 8080:80
        List<String> longNames = new ArrayList<>();
        List<String> meanings = new ArrayList<>();
        java.util.Map<Character, Optional<DockerCli.Flag>> seen = new java.util.HashMap<>(); // -iiii...: look up once
        for (int j = 1; j < w.length(); j++) {
            String name = "-" + w.charAt(j);
            Optional<DockerCli.Flag> flag = seen.computeIfAbsent(w.charAt(j),
                    c -> flags.stream().filter(f -> f.hasName(name)).findFirst());
            if (flag.isEmpty() && name.equals("-h")) {
                longNames.add("--help");
                meanings.add("-h, --help: show docker's help for " + owner);
                options.add(new Option("--help", name, null, global, true, false));
                continue;
            }
            if (flag.isEmpty()) {
                if (!longNames.isEmpty()) {
                    tokens.add(new Token(w.substring(0, j), Kind.FLAG, role, longNames, "", String.join("; ", meanings)));
                }
                unknownFlag(name, w.length() > 2 ? w.substring(j) : w, flags, global, owner, null);
                return;
            }
            DockerCli.Flag f = flag.get();
            if (!longNames.contains(f.longName())) { // -iii says -i once
                longNames.add(f.longName());
                meanings.add(f.display() + ": " + f.description());
            }
            if (f.takesValue()) {
                String attached = w.substring(j + 1);
                if (attached.startsWith("=")) {
                    attached = attached.substring(1);
                }
                tokens.add(new Token(w.substring(0, j + 1), Kind.FLAG, role, longNames, "", String.join("; ", meanings)));
                String value;
                boolean placeholder;
                if (!attached.isEmpty()) {
                    value = attached;
                    placeholder = attached.startsWith("<");
                    tokens.add(new Token(value, Kind.VALUE, "value", List.of(), f.longName(), valueMeaning(f, value)));
                } else {
                    value = valueWord(f);
                    placeholder = placeholderAt(i - 1);
                    if (value == null) {
                        problems.add("`" + name + "` needs a value (" + f.type() + ")");
                    }
                }
                options.add(new Option(f.longName(), name, value, global, true, placeholder));
                return;
            }
            options.add(new Option(f.longName(), name, null, global, true, false));
        }
        tokens.add(new Token(w, Kind.FLAG, role, longNames, "", String.join("; ", meanings)));
    }

    /** What a flag's value means: the plugins' own flags first ({@code --profile}), then docker's. */
    private String valueMeaning(DockerCli.Flag f, String value) {
        return PluginValues.of(scope, f, value).orElseGet(() -> ValueMeaning.of(f, value));
    }

    private boolean placeholderAt(int k) {
        return k >= 0 && k < words.size() && words.get(k).placeholder();
    }

    /** The next word as the value of a flag; null at the end of the line. */
    private String valueWord(DockerCli.Flag f) {
        if (i >= words.size()) {
            return null;
        }
        String value = word(i);
        tokens.add(new Token(value, Kind.VALUE, "value", List.of(), f.longName(), valueMeaning(f, value)));
        i++;
        return value;
    }

    private void unknownFlag(String name, String text, List<DockerCli.Flag> flags, boolean global, String owner, String value) {
        List<String> names = new ArrayList<>();
        flags.forEach(f -> {
            names.add(f.longName());
            if (!f.shortName().isEmpty()) {
                names.add(f.shortName());
            }
        });
        String where = global ? "docker's global options" : owner;
        problems.add("`" + shown(name) + "` is not a flag of " + where + nearest(name, names));
        tokens.add(new Token(text, Kind.FLAG, "unknown flag", List.of(), "", "not a flag of " + where));
        options.add(new Option(name, name, value, global, false, false));
    }

    private static String nearest(String word, List<String> candidates) {
        Optional<String> close = closest(word, candidates);
        return close.map(c -> "; did you mean `" + c + "`?").orElse("");
    }

    /** The one candidate a typo most likely meant: fewest edits, then same first letter, then length. */
    static Optional<String> closest(String word, List<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        int length = w.replaceFirst("^-+", "").length();
        if (length < 3) {
            return Optional.empty(); // "-z" is one edit from every other short flag: no real suggestion
        }
        int allowed = length <= 4 ? 1 : 2;
        for (String c : candidates) {
            if (Math.abs(c.length() - w.length()) > allowed) {
                continue; // too far apart to be a typo, and no quadratic distance over a huge word
            }
            int d = Similarity.distance(w, c.toLowerCase(Locale.ROOT));
            if (d > allowed || d >= c.length()) {
                continue;
            }
            int score = d * 100 + (c.isEmpty() || w.isEmpty() || c.charAt(0) != w.charAt(0) ? 10 : 0)
                    + Math.abs(c.length() - w.length());
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    // --- for OtherCommands -------------------------------------------------------------------

    int position() {
        return i;
    }

    void advance() {
        i++;
    }

    int size() {
        return words.size();
    }

    String wordAt(int k) {
        return word(k);
    }

    boolean placeholder(int k) {
        return words.get(k).placeholder();
    }

    void add(Token token) {
        tokens.add(token);
    }

    void addOption(Option option) {
        options.add(option);
    }

    void addArgument(Argument argument) {
        arguments.add(argument);
    }
}
