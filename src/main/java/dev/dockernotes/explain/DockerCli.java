package dev.dockernotes.explain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The model of docker's command-line interface: the command tree (management commands, their
 * subcommands, the top-level shortcuts), every command's aliases, flags and positional arguments.
 * Read from {@code explain/docker-cli.txt}, which scripts/gen-docker-model.py writes from the docker
 * CLI's own help. One model, shared by explain, answer checking, the command namer and completion.
 */
public final class DockerCli {
    public static final String RESOURCE = "/explain/docker-cli.txt";

    /** One flag: "-t"/"--timeout", the type of its value ("" for a switch), and docker's one-line meaning. */
    public record Flag(String shortName, String longName, String type, String description) {
        public boolean takesValue() {
            return !type.isEmpty();
        }

        /** "-t, --timeout" or "--rm". */
        public String display() {
            return shortName.isEmpty() ? longName : shortName + ", " + longName;
        }

        /** The shortest form: "-t", or "--rm" when there is no short one. */
        public String shortest() {
            return shortName.isEmpty() ? longName : shortName;
        }

        public boolean hasName(String name) {
            return name.equals(longName) || !shortName.isEmpty() && name.equals(shortName);
        }
    }

    /** One positional slot of a usage line: "IMAGE", "[COMMAND]", "[ARG...]". */
    public record Slot(String name, boolean optional, boolean repeats) {}

    /** A docker command, or a management command (a group such as "docker container"). */
    public static final class Command {
        private final String name;
        private final List<String> aliases;
        private final String usage;
        private final String description;
        private final boolean group;
        private final List<Flag> flags = new ArrayList<>();
        private List<Slot> slots;

        Command(String name, List<String> aliases, String usage, String description, boolean group) {
            this.name = name;
            this.aliases = aliases;
            this.usage = usage;
            this.description = description;
            this.group = group;
        }

        /** The canonical name: "docker container stop". */
        public String name() {
            return name;
        }

        /** Other names for it: "docker stop". */
        public List<String> aliases() {
            return aliases;
        }

        /** The part of the usage after [OPTIONS]: "CONTAINER [CONTAINER...]"; extra forms after " || ". */
        public String usage() {
            return usage;
        }

        /** The whole usage line: "docker container stop [OPTIONS] CONTAINER [CONTAINER...]". */
        public String usageLine() {
            if (group) {
                return name + " COMMAND";
            }
            String first = usage.split(" \\|\\| ")[0];
            return name + (flags.isEmpty() ? "" : " [OPTIONS]") + (first.isEmpty() ? "" : " " + first);
        }

        public String description() {
            return description;
        }

        public boolean isGroup() {
            return group;
        }

        public List<Flag> flags() {
            return Collections.unmodifiableList(flags);
        }

        /** The flag with this short or long name ("-t", "--timeout"). */
        public Optional<Flag> flag(String flagName) {
            for (Flag f : flags) {
                if (f.hasName(flagName)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        /** The last word of the name: "stop". */
        public String verb() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }

        /** The positional slots of the first usage form. */
        public synchronized List<Slot> slots() {
            if (slots == null) {
                List<Slot> list = new ArrayList<>();
                String first = usage.split(" \\|\\| ")[0].replaceAll("\\s*\\|\\s*", "|");
                for (String word : first.split("\\s+")) {
                    if (word.isEmpty() || word.equals("OPTIONS") || word.equals("[OPTIONS]")) {
                        continue;
                    }
                    boolean optional = word.startsWith("[");
                    boolean repeats = word.contains("...");
                    String bare = word.replace("...", "");
                    if (optional && bare.endsWith("]")) {
                        bare = bare.substring(1, bare.length() - 1);
                    }
                    list.add(new Slot(bare, optional, repeats));
                }
                slots = List.copyOf(list);
            }
            return slots;
        }

        /**
         * True when docker stops reading its own flags at the first positional argument, because
         * what follows is a command for the container ("docker run IMAGE [COMMAND] [ARG...]").
         */
        public boolean takesCommand() {
            return slots().stream().anyMatch(s -> s.name().equals("COMMAND"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final String version;
    private final List<Flag> globalFlags;
    private final List<Command> commands;
    private final Map<String, Command> byName;
    private Map<String, List<String>> children;

    private DockerCli(String version, List<Flag> globalFlags, List<Command> commands) {
        this.version = version;
        this.globalFlags = List.copyOf(globalFlags);
        this.commands = List.copyOf(commands);
        Map<String, Command> names = new LinkedHashMap<>();
        for (Command c : commands) {
            names.put(c.name(), c);
        }
        for (Command c : commands) {
            for (String alias : c.aliases()) {
                names.putIfAbsent(alias, c);
            }
        }
        this.byName = Collections.unmodifiableMap(names);
    }

    private static final class Holder {
        static final DockerCli BUILT_IN = load();

        private static DockerCli load() {
            try (InputStream in = DockerCli.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The model shipped with dockernotes, loaded on first use. */
    public static DockerCli builtIn() {
        return Holder.BUILT_IN;
    }

    /** Reads the model's text format (see scripts/gen-docker-model.py). */
    public static DockerCli parse(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String version = "";
        List<Flag> globals = new ArrayList<>();
        List<Command> commands = new ArrayList<>();
        Command current = null;
        String line;
        int lineNumber = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "V" -> version = f[1];
                case "G" -> globals.add(new Flag(f[1], f[2], f[3], f[4]));
                case "M" -> {
                    current = new Command(f[1], List.of(), "COMMAND", f[2], true);
                    commands.add(current);
                }
                case "C" -> {
                    List<String> aliases = f[2].isEmpty() ? List.of() : List.of(f[2].split(","));
                    current = new Command(f[1], aliases, f[3], f[4], false);
                    commands.add(current);
                }
                case "F" -> {
                    if (current == null) {
                        throw new IOException("line " + lineNumber + ": a flag before any command");
                    }
                    current.flags.add(new Flag(f[1], f[2], f[3], f[4]));
                }
                default -> throw new IOException("line " + lineNumber + ": unknown record '" + f[0] + "'");
            }
        }
        return new DockerCli(version, globals, commands);
    }

    /** The docker version the model was written from. */
    public String version() {
        return version;
    }

    /** Options docker itself takes before the command: -H, --context, -D, --tls... */
    public List<Flag> globalFlags() {
        return globalFlags;
    }

    public Optional<Flag> globalFlag(String name) {
        return globalFlags.stream().filter(f -> f.hasName(name)).findFirst();
    }

    /** Every command and management command, in the order docker lists them. */
    public List<Command> all() {
        return commands;
    }

    /** Every runnable command (not the management groups). */
    public List<Command> commands() {
        return commands.stream().filter(c -> !c.isGroup()).toList();
    }

    /** Every name docker answers to: canonical names and aliases ("docker ps"). */
    public Set<String> names() {
        return byName.keySet();
    }

    /** A command by canonical name or alias: "docker stop" and "docker container stop" give the same. */
    public Optional<Command> command(String name) {
        Command c = byName.get(name);
        return c != null ? Optional.of(c) : Optional.ofNullable(byName.get(squeeze(name)));
    }

    private static String squeeze(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }

    /**
     * The words that may follow the ones typed so far: after "docker", the management commands and
     * shortcuts; after "docker container", its subcommands (aliases included). Sorted.
     */
    public List<String> children(String prefix) {
        String p = squeeze(prefix);
        if (p.isEmpty()) {
            return List.of("docker");
        }
        return childIndex().getOrDefault(p, List.of());
    }

    /** Name prefix -> the sorted words that may follow it; built on first use. */
    private synchronized Map<String, List<String>> childIndex() {
        if (children == null) {
            Map<String, Set<String>> index = new java.util.HashMap<>();
            for (String name : byName.keySet()) {
                int space = name.lastIndexOf(' ');
                if (space > 0) {
                    index.computeIfAbsent(name.substring(0, space), k -> new java.util.TreeSet<>()).add(name.substring(space + 1));
                }
            }
            Map<String, List<String>> sorted = new java.util.HashMap<>();
            index.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
            children = sorted;
        }
        return children;
    }

    /** Completion: the subcommand words that may follow {@code words} (which start with "docker"). */
    public List<String> completeSubcommands(List<String> words) {
        return children(String.join(" ", words));
    }

    /**
     * Completion: the flags (long and short forms) of the command typed so far, e.g. for
     * ["docker", "stop", "web"] the flags of docker container stop; docker's global options
     * when no command is typed yet.
     */
    public List<String> completeFlags(List<String> words) {
        ParsedCommand parsed = CommandParser.parse(this, String.join(" ", words.stream().map(ShellWords::quote).toList()));
        List<Flag> flags = parsed.command().map(Command::flags).orElse(parsed.group().isEmpty() ? globalFlags : List.of());
        List<String> out = new ArrayList<>();
        for (Flag f : flags) {
            out.add(f.longName());
            if (!f.shortName().isEmpty()) {
                out.add(f.shortName());
            }
        }
        if (parsed.command().isPresent() || parsed.group().isPresent()) {
            out.add("--help");
        }
        return out;
    }

    /** The name with its first word(s) in lower case, for lookups by what a user typed. */
    static String normalize(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
