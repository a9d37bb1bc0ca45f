package dev.dockernotes.docker;

import dev.dockernotes.docker.ParsedCommand.Argument;
import dev.dockernotes.docker.ParsedCommand.Option;
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
 * <p>Spellings docker itself treats as one are one: {@code -v mydata:/app/data} = {@code -v mydata:/app/data:rw}
 * = {@code --mount source=mydata,target=/app/data} = {@code --mount type=volume,src=mydata,dst=/app/data};
 * {@code -p 8080:80} = {@code -p 0.0.0.0:8080:80} = {@code -p 8080:80/tcp}; {@code -H node3:2376} =
 * {@code -H tcp://node3:2376} (and {@code tcp://node3} is port 2376 with TLS, 2375 without);
 * {@code docker inspect --type container web} = {@code docker container inspect web};
 * {@code docker volume create --name mydata} (a hidden flag) = {@code docker volume create mydata}; and a
 * container command from the default PATH may be given by name ({@code bash} for {@code /bin/bash}).
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
        List<ParsedCommand> e = CommandParser.parseLine(cli, expected).stream().map(c -> canonical(cli, c)).toList();
        List<ParsedCommand> g = CommandParser.parseLine(cli, given).stream().map(c -> canonical(cli, c)).toList();
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
            if (sameValue(want, have.get(k))) {
                have.remove(k);
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(Option want, Option have) {
        String a = want.value();
        String b = have.value();
        if (a == null || b == null) {
            return a == b;
        }
        if (want.name().equals("--publish")) {
            return publish(a).equals(publish(b));
        }
        if (want.name().equals("--volume") || want.name().equals("--mount")) {
            return mount(want.name(), a).equals(mount(have.name(), b));
        }
        if (want.name().equals("--tag")) {
            return ValueMeaning.normalizeImage(a).equals(ValueMeaning.normalizeImage(b));
        }
        return a.equals(b);
    }

    /** [IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL] as "ip|host|container|protocol"; 0.0.0.0 and tcp are the defaults. */
    static String publish(String value) {
        String v = value;
        String protocol = "tcp";
        int slash = v.lastIndexOf('/');
        if (slash >= 0) {
            protocol = v.substring(slash + 1);
            v = v.substring(0, slash);
        }
        String ip = "";
        if (v.startsWith("[")) { // an IPv6 address: [::1]:8080:80
            int end = v.indexOf(']');
            if (end > 0) {
                ip = v.substring(0, end + 1);
                v = v.substring(Math.min(v.length(), end + 2));
            }
        }
        String[] parts = v.split(":", -1);
        String container = parts[parts.length - 1];
        String host = parts.length >= 2 ? parts[parts.length - 2] : "";
        if (parts.length >= 3) {
            ip = String.join(":", java.util.Arrays.copyOf(parts, parts.length - 2));
        }
        if (ip.equals("0.0.0.0")) {
            ip = "";
        }
        return ip + "|" + host + "|" + container + "|" + protocol.toLowerCase(Locale.ROOT);
    }

    /**
     * A mount, from {@code -v SOURCE:TARGET[:OPTIONS]} or {@code --mount KEY=VALUE,...}, as
     * "type|source|target|readonly|other options": one form for what docker mounts.
     */
    static String mount(String flag, String value) {
        String type;
        String source = "";
        String target = "";
        boolean readonly = false;
        java.util.TreeSet<String> other = new java.util.TreeSet<>();
        if (flag.equals("--mount")) {
            type = "volume";
            for (String field : value.split(",")) {
                int eq = field.indexOf('=');
                String key = (eq < 0 ? field : field.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
                String v = eq < 0 ? "" : field.substring(eq + 1).strip();
                switch (key) {
                    case "type" -> type = v;
                    case "source", "src" -> source = v;
                    case "target", "destination", "dst" -> target = v;
                    case "readonly", "ro" -> readonly = v.isEmpty() || v.equals("true") || v.equals("1");
                    default -> other.add(key + "=" + v);
                }
            }
        } else {
            String[] parts = value.split(":", -1);
            if (parts.length == 1) {
                target = parts[0]; // an anonymous volume
            } else {
                source = parts[0];
                target = parts[1];
            }
            if (parts.length >= 3) {
                for (String option : parts[2].split(",")) {
                    switch (option) {
                        case "ro", "readonly" -> readonly = true;
                        case "rw", "" -> { }
                        default -> other.add(option);
                    }
                }
            }
            type = source.startsWith("/") || source.startsWith(".") || source.startsWith("~") ? "bind" : "volume";
        }
        return type + "|" + source + "|" + target.replaceFirst("(?<=.)/+$", "") + "|" + readonly + "|" + other;
    }

    private static boolean isPlaceholder(Option o) {
        return o.valuePlaceholder() || o.value() != null && o.value().matches("<[^<>]+>");
    }

    /** Options by name (global options apart), in the order first given. */
    private static Map<String, List<Option>> byName(List<Option> options) {
        Map<String, List<Option>> map = new LinkedHashMap<>();
        for (Option o : options) {
            String name = o.name().equals("--mount") ? "--volume" : o.name(); // one way to mount, two spellings
            map.computeIfAbsent((o.global() ? "global " : "") + name, k -> new ArrayList<>()).add(o);
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
                    : w.role().equals("container command") ? sameProgram(w.text(), h.text())
                    : w.text().equals(h.text());
            if (!same) {
                diffs.add("the " + w.role() + " is " + h.text() + " here, expected " + w.text());
            }
        }
    }

    private static final java.util.Set<String> DEFAULT_PATH = java.util.Set.of(
            "/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    /** {@code bash} runs {@code /bin/bash} in an image whose PATH is the default one; another folder is another program. */
    static boolean sameProgram(String expected, String given) {
        if (expected.equals(given)) {
            return true;
        }
        String path = expected.contains("/") ? expected : given;
        String name = expected.contains("/") ? given : expected;
        int slash = path.lastIndexOf('/');
        return !name.contains("/") && slash > 0 && DEFAULT_PATH.contains(path.substring(0, slash))
                && path.substring(slash + 1).equals(name);
    }

    /**
     * The command with docker's equivalent spellings made one: {@code docker inspect --type container}
     * is {@code docker container inspect}, {@code docker volume create --name NAME} is
     * {@code docker volume create NAME}, and a {@code -H} address is written in full.
     */
    static ParsedCommand canonical(DockerCli cli, ParsedCommand p) {
        if (!p.isDocker()) {
            return p;
        }
        java.util.Optional<DockerCli.Command> command = p.command();
        List<Option> options = new ArrayList<>(p.options());
        List<Argument> arguments = new ArrayList<>(p.arguments());
        List<String> problems = new ArrayList<>(p.problems());
        String name = command.map(DockerCli.Command::name).orElse("");
        if (name.equals("docker inspect")) {
            Option type = options.stream().filter(o -> o.name().equals("--type") && o.value() != null).findFirst().orElse(null);
            java.util.Optional<DockerCli.Command> typed = type == null ? java.util.Optional.empty()
                    : cli.command("docker " + type.value() + " inspect");
            if (typed.isPresent()) {
                options.remove(type);
                command = typed;
            }
        }
        if (name.equals("docker volume create")) {
            Option hidden = options.stream().filter(o -> o.name().equals("--name") && !o.known()).findFirst().orElse(null);
            if (hidden != null) {
                options.remove(hidden);
                problems.removeIf(m -> m.startsWith("`--name`"));
                if (hidden.value() != null) {
                    arguments.add(0, new Argument(hidden.value(), "VOLUME", "volume", false));
                }
            }
        }
        boolean tls = options.stream().anyMatch(o -> o.global() && (o.name().equals("--tls") || o.name().equals("--tlsverify")));
        options.replaceAll(o -> o.global() && o.name().equals("--host") && o.value() != null && !isPlaceholder(o)
                ? new Option(o.name(), o.written(), host(o.value(), tls), true, o.known(), false) : o);
        return new ParsedCommand(p.source(), p.program(), p.tokens(), command, p.group(), p.typed(), p.suggestion(),
                options, arguments, problems, p.operator());
    }

    /** "node3:2376" -> "tcp://node3:2376"; "tcp://node3" -> port 2376 with TLS, else 2375; /var/run is /run. */
    static String host(String value, boolean tls) {
        String v = value.strip();
        if (!v.contains("://")) {
            v = "tcp://" + v;
        }
        if (v.startsWith("tcp://")) {
            String address = v.substring("tcp://".length()).replaceFirst("/+$", "");
            boolean hasPort = address.startsWith("[") ? address.matches("\\[.*\\]:\\d*") : address.contains(":");
            if (address.endsWith(":")) {
                address = address.substring(0, address.length() - 1);
                hasPort = false;
            }
            return "tcp://" + address + (hasPort ? "" : tls ? ":2376" : ":2375");
        }
        if (v.startsWith("unix:///var/run/")) {
            return "unix:///run/" + v.substring("unix:///var/run/".length());
        }
        return v;
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
