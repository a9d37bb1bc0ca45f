package dev.dockernotes.docker;

import java.util.Optional;

/**
 * What the values and arguments of the Compose and Buildx plugins' commands mean: {@code -f
 * compose.yaml}, {@code --profile dev}, a service name, {@code --platform linux/amd64,linux/arm64}.
 * Consulted before {@link ValueMeaning}, which knows docker's own flags; empty when it has nothing
 * better to say.
 */
final class PluginValues {
    private PluginValues() {}

    /** The meaning of a flag's value for a plugin command (or group), if this class knows one. */
    static Optional<String> of(DockerCli.Command command, DockerCli.Flag flag, String value) {
        if (command == null || command.plugin().isEmpty() || value.startsWith("<") && value.endsWith(">")) {
            return Optional.empty();
        }
        String plugin = command.plugin().get().id();
        String verb = command.verb();
        String meaning = plugin.equals("compose") ? compose(verb, flag.longName(), value) : buildx(verb, flag.longName(), value);
        return Optional.ofNullable(meaning);
    }

    private static String compose(String verb, String flag, String value) {
        return switch (flag) {
            case "--file" -> "the Compose file " + value + " (instead of compose.yaml in the current folder)";
            case "--profile" -> "enables the profile " + value + ": the services the Compose file marks with it start too";
            case "--project-name" -> "the project's name " + value
                    + ": it prefixes its containers, networks and volumes (by default the folder's name)";
            case "--project-directory" -> "the folder relative paths in the Compose file start from: " + value;
            case "--env-file" -> "reads variables for the Compose file from " + value;
            case "--scale" -> value.contains("=")
                    ? "runs " + value.substring(value.indexOf('=') + 1) + " containers of the service " + value.substring(0, value.indexOf('='))
                    : "a service and its number of containers (SERVICE=NUM)";
            case "--tail" -> "the last " + value + " lines of each container's log";
            case "--pull" -> "pull policy: " + value;
            case "--index" -> "the service's container number " + value + " (when it runs several)";
            case "--timeout" -> value + " seconds";
            default -> null;
        };
    }

    private static String buildx(String verb, String flag, String value) {
        return switch (flag) {
            case "--platform" -> "builds for " + (value.contains(",") ? "the platforms " : "the platform ") + value.replace(",", ", ");
            case "--output" -> "where the result goes: " + value.replace(",", ", ");
            case "--cache-from" -> "a cache to reuse: " + value.replace(",", ", ");
            case "--cache-to" -> "where to export the build cache: " + value.replace(",", ", ");
            case "--builder" -> "uses the builder instance " + value;
            case "--file" -> verb.equals("bake") ? "the bake file " + value : "the Dockerfile " + value;
            case "--build-arg" -> value.contains("=")
                    ? "build-time variable " + value.substring(0, value.indexOf('=')) + " set to " + value.substring(value.indexOf('=') + 1)
                    : "build-time variable " + value + ", passed on from your shell";
            case "--target" -> "builds the stage " + value + " of the Dockerfile (and the stages it needs)";
            case "--progress" -> "how progress is shown: " + value;
            case "--secret" -> "a secret the build's RUN --mount=type=secret can read: " + value.replace(",", ", ");
            case "--driver" -> "the builder's driver: " + value;
            case "--name" -> verb.equals("create") ? "the new builder's name: " + value : null;
            default -> null;
        };
    }

    /** The meaning of a positional argument of a plugin command, if this class knows one. */
    static Optional<String> argument(String role, String text, DockerCli.Command command) {
        if (command.plugin().isEmpty() || text.startsWith("<") && text.endsWith(">")) {
            return Optional.empty();
        }
        String plugin = command.plugin().get().id();
        if (plugin.equals("compose")) {
            if (role.equals("service")) {
                int colon = text.indexOf(':');
                int eq = text.indexOf('=');
                if (colon > 0 && command.verb().equals("cp")) {
                    return Optional.of("the path " + text.substring(colon + 1) + " in the container of the service " + text.substring(0, colon));
                }
                if (eq > 0) {
                    return Optional.of("runs " + text.substring(eq + 1) + " containers of the service " + text.substring(0, eq));
                }
                return Optional.of("the service " + text + " (a service of the Compose file)");
            }
            if (role.equals("container command") && command.verb().equals("run")) {
                return Optional.of("the command the one-off container runs, instead of the service's own: " + text);
            }
            return Optional.empty();
        }
        return switch (role) {
            case "target" -> Optional.of("the bake target (or group of targets) " + text + " of the bake file");
            case "name" -> Optional.of(command.name().contains("imagetools") ? "the image " + text + " in its registry"
                    : "the builder instance " + text);
            default -> Optional.empty();
        };
    }
}
