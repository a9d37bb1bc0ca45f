package dev.dockernotes.docker;

import java.io.IOException;
import java.io.Reader;
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
 * Read from {@code docker/docker-cli.txt}, which scripts/gen-docker-model.py writes from the docker
 * CLI's own help, and {@code docker/docker-plugins.txt}, which it writes from the reference docs of
 * the Compose and Buildx plugins ({@code docker compose}, {@code docker buildx}); each of their
 * commands knows its {@link Plugin}. One model, shared by explain, answer checking, the command
 * namer and completion.
 */
public final class DockerCli {
    public static final String RESOURCE = "/docker/docker-cli.txt";
    public static final String PLUGINS_RESOURCE = "/docker/docker-plugins.txt";

    /**
     * A CLI plugin the model knows: "compose", "Docker Compose", the version its reference was taken
     * from, and its project.
     */
    public record Plugin(String id, String title, String version, String source) {
        /** The docker word that runs it: "compose" for {@code docker compose}. */
        public String command() {
            return "docker " + id;
        }

        /** The executable docker looks for in its plugin folders: "docker-compose". */
        public String executable() {
            return "docker-" + id;
        }
    }

    /**
     * One flag: "-t"/"--timeout", the type of its value ("" for a switch), docker's one-line meaning,
     * and whether its reference marks it hidden (not in --help) or deprecated.
     */
    public record Flag(String shortName, String longName, String type, String description, boolean hidden,
                       boolean deprecated) {
        public Flag(String shortName, String longName, String type, String description) {
            this(shortName, longName, type, description, false, false);
        }

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
        private final Plugin plugin;
        private final Set<String> marks;
        private final List<Flag> flags = new ArrayList<>();
        /** The model's text holding this command's flag records, read on first use; null once read. */
        private String flagText;
        private int flagFrom = -1;
        private int flagTo;
        private List<Slot> slots;

        Command(String name, List<String> aliases, String usage, String description, boolean group) {
            this(name, aliases, usage, description, group, null, Set.of());
        }

        Command(String name, List<String> aliases, String usage, String description, boolean group, Plugin plugin,
                Set<String> marks) {
            this.name = name;
            this.aliases = aliases;
            this.usage = usage;
            this.description = description;
            this.group = group;
            this.plugin = plugin;
            this.marks = marks;
        }

        /** The CLI plugin this command belongs to ({@code docker compose up}: Compose); empty for docker's own. */
        public Optional<Plugin> plugin() {
            return Optional.ofNullable(plugin);
        }

        /** Left out of its plugin's --help and of completion (still accepted, so still explained). */
        public boolean hidden() {
            return marks.contains("hidden");
        }

        public boolean deprecated() {
            return marks.contains("deprecated");
        }

        public boolean experimental() {
            return marks.contains("experimental");
        }

        /**
         * Whether this and {@code other} run the same thing: the same command, or one is an alias of
         * the other ({@code docker buildx build} is {@code docker build}).
         */
        public boolean sameAs(Command other) {
            return this == other || name.equals(other.name) || aliases.contains(other.name) || other.aliases.contains(name);
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
                return name + (flagList().isEmpty() ? "" : " [OPTIONS]") + " COMMAND";
            }
            String first = usage.split(" \\|\\| ")[0];
            return name + (flagList().isEmpty() ? "" : " [OPTIONS]") + (first.isEmpty() ? "" : " " + first);
        }

        public String description() {
            return description;
        }

        public boolean isGroup() {
            return group;
        }

        public List<Flag> flags() {
            return Collections.unmodifiableList(flagList());
        }

        void addFlag(Flag flag) {
            flags.add(flag);
        }

        /**
         * The flag record {@code text[from, to)} is this command's, read when its flags are first
         * asked for: a cold explain needs the flags of one or two of the model's 230 commands, and
         * the model's 1,300 flag records were most of its reading.
         */
        void addFlagLater(String text, int from, int to) {
            flagText = text;
            if (flagFrom < 0) {
                flagFrom = from;
            }
            flagTo = to;
        }

        private synchronized List<Flag> flagList() {
            if (flagText != null) {
                DockerModelReader.flags(flagText, flagFrom, flagTo, flags);
                flagText = null;
            }
            return flags;
        }

        /** The flag with this short or long name ("-t", "--timeout"). */
        public Optional<Flag> flag(String flagName) {
            for (Flag f : flagList()) {
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
                    if (word.isEmpty() || word.equals("OPTIONS") || word.equals("[OPTIONS]") || word.equals("--")) {
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
    private final List<Plugin> plugins;
    private Map<String, List<String>> children;
    private Set<String> managementCommands;

    DockerCli(String version, List<Flag> globalFlags, List<Command> commands, List<Plugin> plugins) {
        this.version = version;
        this.plugins = List.copyOf(plugins);
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
        static final DockerCli BUILT_IN = DockerModelReader.builtIn();
    }

    /** The model shipped with dockernotes, loaded on first use. */
    public static DockerCli builtIn() {
        return Holder.BUILT_IN;
    }

    /**
     * Reads the model's text format (see scripts/gen-docker-model.py): docker's own commands, then
     * any plugin files. Records after a P record belong to that plugin.
     */
    public static DockerCli parse(Reader reader, Reader... more) throws IOException {
        return DockerModelReader.parse(reader, more);
    }

    /** The CLI plugins the model knows (Compose, Buildx). */
    public List<Plugin> plugins() {
        return plugins;
    }

    /** The docker version the model was written from. */
    public String version() {
        return version;
    }

    /** Options docker itself takes before the command: -H, --context, -D, --tls... */
    /**
     * docker's management commands by their word ("container", "image", "compose"): the commands
     * whose first word after {@code docker} takes a subcommand of its own ({@code docker container ls}).
     */
    public synchronized Set<String> managementCommands() {
        if (managementCommands == null) {
            Set<String> words = new LinkedHashSet<>();
            for (Command c : commands) {
                String[] w = c.name().split(" ");
                if (c.isGroup() && w.length == 2) {
                    words.add(w[1]);
                }
            }
            managementCommands = Collections.unmodifiableSet(words);
        }
        return managementCommands;
    }

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
        return visibleChildren(String.join(" ", words));
    }

    /** {@link #children}, without the commands their plugin hides from its help (docker compose alpha). */
    public List<String> visibleChildren(String prefix) {
        String p = squeeze(prefix);
        return children(p).stream().filter(w -> command(p + " " + w).map(c -> !c.hidden()).orElse(true)).toList();
    }

    /**
     * Completion: the flags (long and short forms) of the command typed so far, e.g. for
     * ["docker", "stop", "web"] the flags of docker container stop; docker's global options
     * when no command is typed yet.
     */
    public List<String> completeFlags(List<String> words) {
        ParsedCommand parsed = CommandParser.parse(this, String.join(" ", words.stream().map(ShellWords::quote).toList()));
        List<Flag> flags = parsed.command().or(parsed::group).map(Command::flags).orElse(globalFlags);
        List<String> out = new ArrayList<>();
        for (Flag f : flags) {
            if (f.hidden()) {
                continue;
            }
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
