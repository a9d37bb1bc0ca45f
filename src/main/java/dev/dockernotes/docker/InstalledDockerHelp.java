package dev.dockernotes.docker;

import dev.dockernotes.text.FreshFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flag descriptions of the user's own docker CLI ({@code docker CMD --help}, which needs no
 * daemon), so explain can show where the installed docker says something else than the model.
 * Never required and never slow: read with a one-second timeout, once per docker binary and
 * command, cached under the state folder; any failure gives an empty map.
 */
public final class InstalledDockerHelp {
    private static final Pattern FLAG = Pattern.compile(
            "^\\s+(?:(-[A-Za-z0-9]), )?(--[A-Za-z0-9][A-Za-z0-9-]*)(?: ([A-Za-z0-9-]+))?(?:\\s{2,}(\\S.*))?$");
    private static final long TIMEOUT_MS = 1000;

    private final Path docker;
    private final Path cacheDir;

    private InstalledDockerHelp(Path docker, Path cacheDir) {
        this.docker = docker;
        this.cacheDir = cacheDir;
    }

    /** The installed docker on this PATH, caching under {@code stateDir}; empty when there is none. */
    public static Optional<InstalledDockerHelp> find(String path, Path stateDir) {
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "docker");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                try {
                    Path real = candidate.toRealPath();
                    String key = Long.toHexString(Files.size(real)) + "-"
                            + Long.toHexString(Files.getLastModifiedTime(real).toMillis());
                    return Optional.of(new InstalledDockerHelp(real, stateDir.resolve("docker-help").resolve(key)));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Long flag name -> the installed docker's description, for one command; empty when unavailable. */
    public Map<String, String> flags(DockerCli.Command command) {
        Optional<String> help = help(command.name());
        return help.map(InstalledDockerHelp::parseFlags).orElse(Map.of());
    }

    private Optional<String> help(String name) {
        Path cached = cacheDir.resolve(name.replace(' ', '_') + ".txt");
        try {
            if (Files.isRegularFile(cached)) {
                return Optional.of(Files.readString(cached, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>();
        args.add(docker.toString());
        String[] words = name.split(" ");
        for (int k = 1; k < words.length; k++) {
            args.add(words[k]);
        }
        args.add("--help");
        try {
            Process p = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                return Optional.empty();
            }
            Files.createDirectories(cacheDir);
            Path tmp = FreshFiles.beside(cached);
            Files.writeString(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Map<String, String> parseFlags(String help) {
        Map<String, String> flags = new LinkedHashMap<>();
        boolean in = false;
        String last = null;
        for (String line : help.split("\n")) {
            if (line.equals("Options:")) {
                in = true;
                continue;
            }
            if (!in) {
                continue;
            }
            if (line.isBlank()) {
                break;
            }
            Matcher m = FLAG.matcher(line);
            if (m.matches() && (line.startsWith("  -") || line.startsWith("      --"))) {
                last = m.group(2);
                flags.put(last, m.group(4) == null ? "" : m.group(4).trim());
            } else if (last != null) {
                flags.put(last, (flags.get(last) + " " + line.trim()).trim());
            }
        }
        String home = System.getProperty("user.home", "");
        flags.replaceAll((k, v) -> {
            String clean = v.replaceAll("\\s+", " ").trim();
            return home.length() > 1 ? clean.replace(home, "~") : clean;
        });
        return flags;
    }
}
