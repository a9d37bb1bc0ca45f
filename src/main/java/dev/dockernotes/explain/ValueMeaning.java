package dev.dockernotes.explain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a flag value or an argument means in context: ports, volumes, images, names. */
public final class ValueMeaning {
    private ValueMeaning() {}

    private static final Pattern PORT = Pattern.compile(
            "^(?:(\\[[0-9a-fA-F:]+\\]|\\d+\\.\\d+\\.\\d+\\.\\d+):)?(?:(\\d+(?:-\\d+)?)?:)?(\\d+(?:-\\d+)?)(?:/(tcp|udp|sctp))?$");
    private static final Pattern IMAGE = Pattern.compile(
            "^(?:([a-zA-Z0-9.-]+(?:\\.[a-zA-Z0-9-]+|:\\d+)|localhost(?::\\d+)?)/)?([a-z0-9]+(?:[._/-][a-z0-9]+)*)(?::([\\w][\\w.-]*))?(?:@(sha256:[0-9a-f]+))?$");

    /** The meaning of one flag's value. */
    public static String of(DockerCli.Flag flag, String value) {
        if (value.startsWith("<") && value.endsWith(">")) {
            return "a placeholder: put your own " + value.substring(1, value.length() - 1) + " here";
        }
        return switch (flag.longName()) {
            case "--publish" -> port(value);
            case "--volume" -> volume(value);
            case "--env" -> value.contains("=")
                    ? "environment variable " + value.substring(0, value.indexOf('=')) + " set to "
                        + quoteIfEmpty(value.substring(value.indexOf('=') + 1))
                    : "environment variable " + value + ", passed on from your shell";
            case "--name" -> "the container's name: " + value + " (use it instead of the ID in later commands)";
            case "--tag" -> "name and tag for the image: " + image(value);
            case "--network" -> "connects the container to the network " + value;
            case "--restart" -> "restart policy: " + value;
            case "--host" -> "the Docker daemon to talk to: " + value;
            case "--workdir" -> "working directory inside the container: " + value;
            case "--user" -> "runs as user " + value;
            case "--entrypoint" -> "runs " + value + " instead of the image's entrypoint";
            case "--filter" -> "only what matches " + value;
            case "--timeout" -> value + " seconds";
            case "--signal" -> "the signal " + value;
            case "--file" -> "the file " + value;
            case "--mount" -> "mount: " + value.replace(",", ", ");
            default -> flag.type().isEmpty() ? "set to " + value : "the " + flag.type() + " value for " + flag.longName();
        };
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
}
