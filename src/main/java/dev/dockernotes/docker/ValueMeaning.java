package dev.dockernotes.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a flag value or an argument means in context: ports, volumes, images, names. */
public final class ValueMeaning {
    private ValueMeaning() {}

    private static final Pattern PORT = Pattern.compile(
            "^(?:(\\[[0-9a-fA-F:]+\\]|\\d+\\.\\d+\\.\\d+\\.\\d+):)?(?:(\\d+(?:-\\d+)?)?:)?(\\d+(?:-\\d+)?)(?:/(tcp|udp|sctp))?$");
    private static final Pattern IMAGE = Pattern.compile(
            "^(?:([a-zA-Z0-9.-]+(?:\\.[a-zA-Z0-9-]+|:\\d+)|localhost(?::\\d+)?)/)?([a-z0-9]+(?:[._/-][a-z0-9]+)*)(?::([\\w][\\w.-]*))?(?:@(sha256:[0-9a-f]+))?$");

    /** The meaning of one flag's value, without knowing the command (prefer the other overload). */
    public static String of(DockerCli.Flag flag, String value) {
        return of("", flag, value);
    }

    /**
     * The meaning of one flag's value for a command ("docker container run"), in words a learner
     * can use. Sources, where not docker's own --help: the Docker docs pages named beside each case.
     */
    public static String of(String command, DockerCli.Flag flag, String value) {
        if (value.startsWith("<") && value.endsWith(">")) {
            return "a placeholder: put your own " + value.substring(1, value.length() - 1) + " here";
        }
        boolean container = command.isEmpty() || CONTAINER_CREATORS.contains(command);
        return switch (flag.longName()) {
            case "--publish" -> refusal(command, flag, value).orElseGet(() -> port(value));
            case "--volume" -> volume(value);
            case "--mount" -> mount(value);
            case "--env" -> value.contains("=")
                    ? "environment variable " + value.substring(0, value.indexOf('=')) + " set to "
                        + quoteIfEmpty(value.substring(value.indexOf('=') + 1))
                    : "environment variable " + value + ", passed on from your shell";
            // "docker run" reference, --env-file: <variable>=value lines, <variable> alone, # comments
            case "--env-file" -> "the file " + value + " of environment variables: one VAR=value a line"
                    + " (a VAR alone takes its value from your shell; lines starting with # are comments)";
            case "--name" -> name(command, flag, value);
            case "--tag" -> "name and tag for the image: " + image(value);
            case "--network" -> network(command, value);
            case "--restart" -> container ? restart(value) : described(flag, value);
            case "--cpus" -> cpus(value);
            case "--memory", "--memory-reservation", "--memory-swap", "--shm-size", "--kernel-memory" ->
                    bytes(flag, value);
            case "--format" -> format(command, value);
            case "--tail" -> value.equals("all") ? "all the lines of the log (the default)"
                    : value.matches("\\d+") ? "only the last " + value + " lines of the log"
                    : "not a number of lines: docker shows all the lines instead";
            case "--since", "--until" -> time(flag, value);
            case "--attach" -> container && value.matches("(?i)stdin|stdout|stderr")
                    ? "attaches your terminal to the container's " + value.toUpperCase(Locale.ROOT)
                        + " (only the streams given with -a are attached)"
                    : described(flag, value);
            case "--host" -> "the Docker daemon to talk to: " + value;
            case "--workdir" -> "working directory inside the container: " + value;
            case "--user" -> "runs as user " + value;
            case "--entrypoint" -> "runs " + value + " instead of the image's entrypoint";
            case "--filter" -> "only what matches " + value;
            case "--timeout", "--time" -> !value.matches("\\d+") ? described(flag, value)
                    : command.equals("docker container stop") || command.equals("docker container restart")
                    ? "waits " + value + " seconds for the container to stop, then kills it (SIGKILL)"
                    : value + " seconds";
            case "--signal" -> "the signal " + value;
            case "--file" -> "the file " + value;
            default -> flag.type().isEmpty() ? "set to " + value : described(flag, value);
        };
    }

    /** Commands that create a container, whose flags say how it runs. */
    private static final Set<String> CONTAINER_CREATORS = Set.of(
            "docker container run", "docker container create", "docker container update");

    /**
     * Why docker refuses this value, when it does; empty when docker takes it. Only refusals we
     * know for certain: "-p 127.0.0.1:80" is read by docker as host port "127.0.0.1" (invalid hostPort).
     */
    public static Optional<String> refusal(String command, DockerCli.Flag flag, String value) {
        if (flag.longName().equals("--publish") && !value.startsWith("<")) {
            Matcher m = IP_AND_ONE_PORT.matcher(value);
            if (m.matches()) {
                return Optional.of("docker refuses `" + value + "`: invalid hostPort: " + m.group(1)
                        + " (with an address, give the host port too: " + m.group(1) + ":8080:" + m.group(2)
                        + ", or " + m.group(1) + "::" + m.group(2) + " for a random one)");
            }
        }
        return Optional.empty();
    }

    private static final Pattern IP_AND_ONE_PORT = Pattern.compile("^(\\d+\\.\\d+\\.\\d+\\.\\d+|\\[[0-9a-fA-F:]+\\]):(\\d+(?:-\\d+)?(?:/\\w+)?)$");

    /** Docker's own words for the flag, with the value: "Driver to manage the Network: bridge". */
    private static String described(DockerCli.Flag flag, String value) {
        String d = flag.description().replaceAll("\\s*\\(default [^)]*\\)", "").replaceAll("[.:]$", "").trim();
        return d.isEmpty() ? "the " + flag.type() + " value for " + flag.longName() : d + ": " + value;
    }

    private static String name(String command, DockerCli.Flag flag, String value) {
        return switch (command) {
            case "", "docker container run", "docker container create" ->
                    "the container's name: " + value + " (use it instead of the ID in later commands)";
            case "docker service create" -> "the service's name: " + value + " (use it in later docker service commands)";
            case "docker trust key load" -> "the name of the signing key: " + value + " (the default is signer)";
            default -> described(flag, value);
        };
    }

    /** "docker run" reference, Network settings: bridge, none, host, container:<name|id>, a network's name. */
    private static String network(String command, String value) {
        if (command.equals("docker image build")) {
            return "the networking mode for the build's RUN instructions: " + value;
        }
        if (command.startsWith("docker service")) {
            return "attaches the service to the network " + value;
        }
        if (value.startsWith("container:")) {
            return "shares the network stack of the container " + value.substring("container:".length())
                    + ": the same IP address, ports and localhost";
        }
        return switch (value) {
            // docs page "Host network driver": published ports are ignored, with a warning
            case "host" -> "no network of its own: the container uses the host's network stack, so its ports are the host's"
                    + " (-p is ignored)";
            case "none" -> "no networking: the container has only a loopback interface";
            case "bridge" -> "the default bridge network (what you get without --network)";
            default -> "connects the container to the network " + value
                    + " (a network you created; containers on it reach each other by name)";
        };
    }

    /** Docs page "Start containers automatically": the four restart policies. */
    private static String restart(String value) {
        Matcher m = Pattern.compile("^on-failure(?::(\\d+))?$").matcher(value);
        if (m.matches()) {
            return "restart policy on-failure: restart the container when it exits with an error (a non-zero exit code)"
                    + (m.group(1) == null ? "" : ", at most " + m.group(1) + " times")
                    + "; not when the daemon restarts";
        }
        return switch (value) {
            case "no" -> "restart policy no: never restart the container automatically (the default)";
            case "always" -> "restart policy always: restart the container whenever it stops; one you stopped yourself"
                    + " starts again when the Docker daemon restarts";
            case "unless-stopped" -> "restart policy unless-stopped: like always, except that when the container is stopped"
                    + " (by you or otherwise) it is not restarted, even after the Docker daemon restarts";
            default -> "not a restart policy docker knows: use no, on-failure[:max-retries], always or unless-stopped";
        };
    }

    /** Docs page "Resource constraints": --cpus=1.5 guarantees at most one and a half of the host's CPUs. */
    private static String cpus(String value) {
        if (!value.matches("\\d*\\.?\\d+")) {
            return "a number of CPUs, such as 1.5";
        }
        return "at most " + value + " CPUs' worth of processor time (the container may use any of the host's CPUs)";
    }

    /** Docs page "Resource constraints": a positive integer and a suffix b, k, m or g. */
    private static String bytes(DockerCli.Flag flag, String value) {
        Matcher m = Pattern.compile("^(\\d+)([bkmgBKMG]?)$").matcher(value);
        String what = switch (flag.longName()) {
            case "--memory" -> "memory limit";
            case "--memory-reservation" -> "soft memory limit";
            case "--memory-swap" -> "memory plus swap limit";
            case "--shm-size" -> "size of /dev/shm";
            default -> "size";
        };
        if (value.equals("-1") && flag.longName().equals("--memory-swap")) {
            return "unlimited swap";
        }
        if (!m.matches()) {
            return what + ": a number and a unit, b, k, m or g (bytes, kilobytes, megabytes, gigabytes), such as 512m";
        }
        String unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> "kilobytes";
            case "m" -> "megabytes";
            case "g" -> "gigabytes";
            default -> "bytes";
        };
        return what + ": " + m.group(1) + " " + unit + (m.group(2).isEmpty() ? " (no unit given, so bytes)" : "");
    }

    /** docker's --help for --since and --until; the formats from the "docker container logs" reference page. */
    private static String time(DockerCli.Flag flag, String value) {
        String when = flag.longName().equals("--since") ? "since" : "until";
        if (value.matches("(\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h))+")) {
            return when + " " + duration(value) + " ago (a duration counted back from now)";
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
            return when + " the date and time " + value + (value.matches(".*(Z|[+-]\\d{2}:\\d{2})$") ? ""
                    : " (your local time zone: no Z or offset given)");
        }
        if (value.matches("\\d+(\\.\\d+)?")) {
            return when + " the Unix timestamp " + value + " (seconds since 1 January 1970 UTC)";
        }
        return "a time: a duration such as 42m or 1h30m, a date such as 2013-01-02T13:23:37Z, or a Unix timestamp";
    }

    private static String duration(String value) {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)").matcher(value);
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            String n = m.group(1);
            String unit = switch (m.group(2)) {
                case "h" -> "hour";
                case "m" -> "minute";
                case "s" -> "second";
                case "ms" -> "millisecond";
                case "ns" -> "nanosecond";
                default -> "microsecond";
            };
            parts.add(n + " " + unit + (n.equals("1") ? "" : "s"));
        }
        return String.join(" ", parts);
    }

    /** The fields docker ps and docker images offer (their reference pages, "Format the output"). */
    private static final Map<String, Map<String, String>> FIELDS = Map.of(
            "docker container ls", Map.ofEntries(
                    Map.entry("ID", "the container ID"), Map.entry("Image", "the image"),
                    Map.entry("Command", "the command, quoted"),
                    Map.entry("CreatedAt", "when the container was created"),
                    Map.entry("RunningFor", "how long ago it was started"),
                    Map.entry("Ports", "the published ports"),
                    Map.entry("State", "its state: created, running, exited..."),
                    Map.entry("Status", "its status with how long and its health"),
                    Map.entry("Size", "its disk size"), Map.entry("Names", "the container's names"),
                    Map.entry("Labels", "all its labels"), Map.entry("Label", "the value of one label"),
                    Map.entry("Mounts", "the volumes mounted in it"),
                    Map.entry("Networks", "the networks it is attached to")),
            "docker image ls", Map.of(
                    "ID", "the image ID", "Repository", "the repository", "Tag", "the tag", "Digest", "the digest",
                    "CreatedSince", "how long ago it was created", "CreatedAt", "when it was created",
                    "Size", "its disk size"));

    private static String format(String command, String value) {
        if (value.equals("json")) {
            return "prints each result as JSON";
        }
        if (value.equals("table")) {
            return "prints a table with column headers (the default)";
        }
        Matcher m = Pattern.compile("\\{\\{\\s*\\.([A-Za-z][\\w.]*)[^}]*}}").matcher(value);
        List<String> fields = new ArrayList<>();
        Map<String, String> known = FIELDS.getOrDefault(command, Map.of());
        while (m.find()) {
            String field = m.group(1);
            String meaning = known.get(field);
            fields.add("." + field + (meaning != null ? " is " + meaning
                    : field.contains(".") ? " is the field " + field.replace(".", " > ") + " of what is shown"
                    : " is the field " + field + " of each result"));
        }
        String table = value.matches("(?s)table\\s.*") ? ", as a table with headers" : "";
        if (fields.isEmpty()) {
            return "a Go template for the output" + table;
        }
        return "a Go template for the output" + table + ": " + String.join("; ", fields);
    }

    /** "--mount type=bind,source=/src,target=/app": what is mounted where. */
    public static String mount(String value) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String part : value.split(",")) {
            int eq = part.indexOf('=');
            kv.put((eq < 0 ? part : part.substring(0, eq)).trim().toLowerCase(Locale.ROOT), eq < 0 ? "true" : part.substring(eq + 1));
        }
        String type = kv.getOrDefault("type", "volume");
        String source = kv.getOrDefault("source", kv.get("src"));
        String target = kv.getOrDefault("target", kv.getOrDefault("destination", kv.get("dst")));
        boolean readOnly = kv.containsKey("readonly") && !"false".equals(kv.get("readonly")) || kv.containsKey("ro") && !"false".equals(kv.get("ro"));
        String what = switch (type) {
            case "bind" -> "host folder " + (source == null ? "(no source given)" : source);
            case "tmpfs" -> "a tmpfs (in memory, gone when the container stops)";
            default -> source == null ? "an anonymous volume" : "volume " + source;
        };
        return what + " mounted at " + (target == null ? "(no target given)" : target) + " in the container"
                + (readOnly ? " (read-only)" : "");
    }

    /** True when a -v or --mount value mounts a host folder or a tmpfs, not a volume. */
    public static boolean isBindOrTmpfs(String flag, String value) {
        if (flag.equals("--mount")) {
            return value.matches("(?i).*\\btype=(bind|tmpfs)\\b.*");
        }
        String source = value.split(":")[0];
        return value.contains(":") && (source.startsWith("/") || source.startsWith(".") || source.startsWith("~") || source.startsWith("$"));
    }

    /** The meaning of a positional argument in the given role. */
    public static String argument(String role, String text, DockerCli.Command command) {
        if (text.startsWith("<") && text.endsWith(">")) {
            return "a placeholder for the " + role + ": put your own here";
        }
        return switch (role) {
            case "image" -> image(text);
            case "container" -> "the container " + text + " (a name or an ID)";
            case "container command" -> command.verb().equals("exec")
                    ? "the program to run inside the container: " + text
                    : "the program the container runs (instead of the image's default command): " + text;
            case "container command argument" -> "an argument passed to the container's command, not to docker";
            case "path" -> "the build context: the folder whose files the build can use"
                    + (text.equals(".") ? " (here, the current folder)" : "");
            default -> role.equals("argument") ? "" : "the " + role + " " + text;
        };
    }

    /**
     * One path of docker cp: "web:/etc/hosts" is the path /etc/hosts inside the container web;
     * anything else is on your machine ("." the current folder, "-" a tar archive on stdin or stdout).
     */
    public static String copyPath(String text, boolean source) {
        if (text.startsWith("<") && text.endsWith(">")) {
            return "a placeholder: put your own " + (source ? "source" : "destination") + " here";
        }
        String direction = source ? "from " : "to ";
        int colon = text.indexOf(':');
        boolean local = colon <= 0 || text.startsWith("/") || text.startsWith(".") || text.startsWith("~");
        if (!local) {
            String container = text.substring(0, colon);
            String path = text.substring(colon + 1);
            return direction + "the container " + container + ": the path " + (path.isEmpty() ? "/" : path) + " inside it";
        }
        if (text.equals("-")) {
            return source ? "from standard input: a tar archive to unpack in the container"
                    : "to standard output, as a tar archive";
        }
        if (text.equals(".")) {
            return direction + "the current folder on your machine";
        }
        return direction + "the path " + text + " on your machine";
    }

    /** "host port 8080 -> container port 80" and its variants. */
    public static String port(String value) {
        Matcher m = PORT.matcher(value);
        if (!m.matches()) {
            return "a port mapping (host-port:container-port)";
        }
        String ip = m.group(1);
        String host = m.group(2);
        String container = m.group(3);
        String proto = m.group(4) == null ? "" : " (" + m.group(4) + ")";
        if (host == null && ip == null) {
            return "container port " + container + proto + " published on a random free host port";
        }
        String on = ip == null ? "" : " on address " + ip;
        return "host port " + (host == null ? "(random)" : host) + on + " -> container port " + container + proto;
    }

    /** "volume mydata mounted at /app/data", "host folder /src mounted at /app", "read-only". */
    public static String volume(String value) {
        String[] parts = value.split(":");
        if (parts.length == 1) {
            return "an anonymous volume mounted at " + value + " in the container";
        }
        String source = parts[0];
        String target = parts[1];
        String options = parts.length > 2 ? parts[2] : "";
        boolean hostPath = source.startsWith("/") || source.startsWith(".") || source.startsWith("~") || source.startsWith("$");
        String what = hostPath ? "host folder " + source : "volume " + source;
        String mode = options.contains("ro") ? " (read-only)" : "";
        return what + " mounted at " + target + " in the container" + mode;
    }

    /** "image ubuntu, tag latest". */
    public static String image(String value) {
        Matcher m = IMAGE.matcher(value);
        if (!m.matches()) {
            return "the image " + value;
        }
        StringBuilder sb = new StringBuilder("image ").append(m.group(2));
        if (m.group(1) != null) {
            sb.append(" from registry ").append(m.group(1));
        }
        if (m.group(3) != null) {
            sb.append(", tag ").append(m.group(3));
        } else if (m.group(4) == null) {
            sb.append(" (tag latest, the default)");
        }
        if (m.group(4) != null) {
            sb.append(", digest ").append(m.group(4));
        }
        return sb.toString();
    }

    /** The image reference with the default tag made explicit: "ubuntu" -> "ubuntu:latest". */
    public static String normalizeImage(String value) {
        Matcher m = IMAGE.matcher(value);
        if (!m.matches() || m.group(3) != null || m.group(4) != null) {
            return value.replaceFirst("^(docker\\.io/)?(library/)?", "");
        }
        return value.replaceFirst("^(docker\\.io/)?(library/)?", "") + ":latest";
    }

    private static String quoteIfEmpty(String s) {
        return s.isEmpty() ? "an empty value" : s;
    }

    /** The flag of this command (or docker's global option) with this long name. */
    public static Optional<DockerCli.Flag> flagOf(DockerCli cli, ParsedCommand p, String longName) {
        return p.command().flatMap(c -> c.flag(longName))
                .or(() -> cli.globalFlags().stream().filter(f -> f.longName().equals(longName)).findFirst());
    }

    /** What docker itself would refuse in this command's values ("-p 127.0.0.1:80": invalid hostPort). */
    public static List<String> refusals(DockerCli cli, ParsedCommand p) {
        List<String> out = new ArrayList<>();
        if (!p.isDocker()) {
            return out;
        }
        String command = p.command().map(DockerCli.Command::name).orElse("");
        for (ParsedCommand.Option o : p.options()) {
            if (o.value() != null && o.known() && !o.valuePlaceholder()) {
                flagOf(cli, p, o.name()).flatMap(f -> refusal(command, f, o.value())).ifPresent(out::add);
            }
        }
        return out;
    }
}
