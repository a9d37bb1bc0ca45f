package dev.dockernotes.docker;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which CLI plugins the user's docker has: docker runs {@code docker compose} as the executable
 * {@code docker-compose} found in its plugin folders (its config folder's {@code cli-plugins}, the
 * {@code cliPluginsExtraDirs} of its config.json, then /usr/local/lib, /usr/local/libexec, /usr/lib
 * and /usr/libexec's {@code docker/cli-plugins}). Looking there is a few file checks, no process:
 * faster than asking docker, and nothing to cache or time out.
 */
public final class InstalledPlugins {
    private static final List<String> SYSTEM_DIRS = List.of("/usr/local/lib/docker/cli-plugins",
            "/usr/local/libexec/docker/cli-plugins", "/usr/lib/docker/cli-plugins", "/usr/libexec/docker/cli-plugins");
    private static final Pattern EXTRA_DIRS = Pattern.compile("\"cliPluginsExtraDirs\"\\s*:\\s*\\[([^\\]]*)]");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final List<Path> dirs;

    InstalledPlugins(List<Path> dirs) {
        this.dirs = List.copyOf(dirs);
    }

    /**
     * The plugins of the docker on this PATH, with docker's config folder from DOCKER_CONFIG or
     * HOME; empty when there is no docker at all (then there is nothing to say about its plugins).
     */
    public static Optional<InstalledPlugins> find(Map<String, String> env) {
        if (!dockerOnPath(env.get("PATH"))) {
            return Optional.empty();
        }
        String config = env.get("DOCKER_CONFIG");
        Path configDir = config != null && !config.isEmpty() ? Path.of(config)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home", "/")), ".docker");
        List<Path> dirs = new ArrayList<>();
        dirs.add(configDir.resolve("cli-plugins"));
        extraDirs(configDir.resolve("config.json")).forEach(dirs::add);
        SYSTEM_DIRS.forEach(d -> dirs.add(Path.of(d)));
        return Optional.of(new InstalledPlugins(dirs));
    }

    /** Whether docker would find this plugin's executable. */
    public boolean has(DockerCli.Plugin plugin) {
        for (Path dir : dirs) {
            Path exe = dir.resolve(plugin.executable());
            if (Files.isRegularFile(exe) && Files.isExecutable(exe)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dockerOnPath(String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, "docker");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The "cliPluginsExtraDirs" of docker's config.json, read without a JSON library (it is one list of strings). */
    static List<Path> extraDirs(Path configJson) {
        try {
            if (!Files.isRegularFile(configJson) || Files.size(configJson) > 1_000_000) {
                return List.of();
            }
            Matcher m = EXTRA_DIRS.matcher(Files.readString(configJson, StandardCharsets.UTF_8));
            if (!m.find()) {
                return List.of();
            }
            List<Path> out = new ArrayList<>();
            Matcher s = STRING.matcher(m.group(1));
            while (s.find()) {
                out.add(Path.of(s.group(1).replace("\\\\", "\\").replace("\\\"", "\"")));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
