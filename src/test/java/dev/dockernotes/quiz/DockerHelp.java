package dev.dockernotes.quiz;

import dev.dockernotes.testing.Processes;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What this machine's docker CLI says about its commands, read from {@code docker ... --help}
 * (no daemon needed): whether a command path exists, and its flags (with whether they take a value).
 */
final class DockerHelp {
    private static final Pattern OPTION = Pattern.compile("^\\s+(?:(-\\w), )?(--[\\w-]+)(?: ([a-zA-Z]+))?(?:\\s{2,}.*)?$");
    private final Map<String, Optional<Map<String, Boolean>>> cache = new HashMap<>();

    static boolean available() {
        try {
            return Processes.run(List.of("docker", "--help"), Duration.ofSeconds(20)).exitCode() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** docker's global options (before the command). */
    Map<String, Boolean> globalFlags() {
        return flags(List.of()).orElseThrow();
    }

    /** The flags of "docker PATH" (name -> takes a value), or empty when docker has no such command. */
    Optional<Map<String, Boolean>> flags(List<String> path) {
        return cache.computeIfAbsent(String.join(" ", path), k -> read(path));
    }

    private static Optional<Map<String, Boolean>> read(List<String> path) {
        List<String> command = new ArrayList<>();
        command.add("docker");
        command.addAll(path);
        command.add("--help");
        String help;
        try {
            help = Processes.run(new ProcessBuilder(command).redirectErrorStream(true), null, Duration.ofSeconds(20)).out();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String usage = help.lines().filter(l -> l.startsWith("Usage:")).findFirst().orElse("")
                .replaceFirst("^Usage:\\s+", "");
        String name = path.isEmpty() ? "docker" : "docker " + String.join(" ", path);
        boolean runnable = usage.equals(name) || usage.startsWith(name + " ") && !usage.startsWith(name + " COMMAND");
        if (!path.isEmpty() && !runnable) {
            return Optional.empty();
        }
        Map<String, Boolean> flags = new LinkedHashMap<>();
        boolean inOptions = false;
        for (String line : help.lines().toList()) {
            if (line.matches("^(Global )?Options:\\s*$")) {
                inOptions = true;
                continue;
            }
            if (inOptions && !line.startsWith(" ")) {
                inOptions = false;
            }
            Matcher m = OPTION.matcher(line);
            if (inOptions && m.matches()) {
                boolean takesValue = m.group(3) != null;
                flags.put(m.group(2), takesValue);
                if (m.group(1) != null) {
                    flags.put(m.group(1), takesValue);
                }
            }
        }
        flags.put("--help", false);
        return Optional.of(flags);
    }

}
