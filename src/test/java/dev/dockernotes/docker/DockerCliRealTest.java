package dev.dockernotes.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.testing.Processes;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks docker's own part of the model (not the plugins') against the docker CLI on this machine, both ways: every command, alias and flag
 * in the model is in the real help, and every command the real help lists is in the model. The help
 * works without a daemon. Skipped (with a message) when docker is not on PATH.
 */
class DockerCliRealTest {
    private static final Pattern ENTRY = Pattern.compile("^  ([a-z][a-z0-9-]*)\\*?\\s{2,}\\S.*$");
    private static final Pattern FLAG = Pattern.compile(
            "^\\s+(?:(-[A-Za-z0-9]), )?(--[A-Za-z0-9][A-Za-z0-9-]*)(?: ([A-Za-z0-9-]+))?(?:\\s{2,}\\S.*)?$");
    private static final DockerCli MODEL = DockerCli.builtIn();

    private static void needsDocker() {
        boolean onPath = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "docker"))) {
                onPath = true;
            }
        }
        Assumptions.assumeTrue(onPath, "docker is not on PATH: skipped the check of the model against the real docker CLI");
        String installed = version();
        String modelRelease = MODEL.version().replaceFirst("^(\\d+\\.\\d+).*", "$1");
        Assumptions.assumeTrue(installed.startsWith("Docker version " + modelRelease + "."),
                "the model was written from docker " + MODEL.version() + " but PATH has '" + installed
                        + "': skipped (regenerate with scripts/gen-docker-model.py to check against it)");
    }

    private static String version() {
        try {
            return Processes.run(List.of("docker", "--version"), Duration.ofSeconds(10)).out().trim();
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String help(String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        ProcessBuilder pb = new ProcessBuilder(args);
        // With a daemon to ask (CI starts one for the lab tests), the CLI hides what the daemon's API
        // version lacks (checkpoint, --squash...); with none it lists everything it knows.
        pb.environment().put("DOCKER_HOST", "unix:///nonexistent/dockernotes/docker.sock");
        Processes.Result r = Processes.run(pb, null, Duration.ofSeconds(20));
        assertThat(r.exitCode()).as("exit code of " + String.join(" ", args)).isZero();
        return r.out();
    }

    private static List<String> section(String help, String title) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : help.split("\n")) {
            if (line.equals(title + ":")) {
                in = true;
                continue;
            }
            if (in && line.isBlank()) {
                break;
            }
            if (in) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<String> subcommands(String help) {
        List<String> names = new ArrayList<>();
        for (String title : List.of("Common Commands", "Management Commands", "Swarm Commands", "Commands")) {
            for (String line : section(help, title)) {
                Matcher m = ENTRY.matcher(line);
                if (m.matches()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** "-t --timeout int" for each flag of a help text. */
    private static Set<String> flags(String help, String title) {
        Set<String> flags = new LinkedHashSet<>();
        for (String line : section(help, title)) {
            Matcher m = FLAG.matcher(line);
            if (m.matches() && (line.startsWith("  -") || line.startsWith("      --"))) {
                flags.add((m.group(1) == null ? "" : m.group(1)) + " " + m.group(2) + " " + (m.group(3) == null ? "" : m.group(3)));
            }
        }
        return flags;
    }

    private static String key(DockerCli.Flag f) {
        return f.shortName() + " " + f.longName() + " " + f.type();
    }

    @Test
    void everyCommandTheRealCliListsIsInTheModel() throws Exception {
        needsDocker();
        List<String> missing = new ArrayList<>();
        List<String> queue = new ArrayList<>(List.of("docker"));
        while (!queue.isEmpty()) {
            String group = queue.remove(0);
            for (String sub : subcommands(help(group))) {
                String name = group + " " + sub;
                if (MODEL.command(name).isEmpty()) {
                    missing.add(name);
                } else if (MODEL.command(name).get().isGroup()) {
                    queue.add(name);
                }
            }
        }
        assertThat(missing).as("commands docker lists that the model lacks").isEmpty();
    }

    @Test
    void everyCommandAliasAndFlagOfTheModelIsInTheRealCli() throws Exception {
        needsDocker();
        List<String> wrong = new ArrayList<>();
        for (DockerCli.Command c : MODEL.all()) {
            if (c.plugin().isPresent()) {
                continue; // the plugins are not installed here: PluginModelReferenceTest checks them against their reference
            }
            String help = help(c.name());
            if (c.isGroup()) {
                if (subcommands(help).isEmpty()) {
                    wrong.add(c.name() + " is not a group");
                }
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            section(help, "Aliases").forEach(l -> {
                for (String a : l.split(",")) {
                    names.add(a.trim());
                }
            });
            if (names.isEmpty()) {
                names.add(c.name());
            }
            if (!names.contains(c.name())) {
                wrong.add(c.name() + ": not a name docker gives it " + names);
            }
            for (String alias : c.aliases()) {
                if (!names.contains(alias)) {
                    wrong.add(c.name() + ": alias " + alias + " not in " + names);
                }
            }
            Set<String> real = flags(help, "Options");
            for (DockerCli.Flag f : c.flags()) {
                if (!real.contains(key(f))) {
                    wrong.add(c.name() + ": flag '" + key(f).trim() + "' not in its help");
                }
            }
            if (real.size() != c.flags().size()) {
                wrong.add(c.name() + ": docker lists " + real.size() + " flags, the model " + c.flags().size());
            }
        }
        Set<String> globals = flags(help("docker"), "Global Options");
        MODEL.globalFlags().forEach(f -> {
            if (!globals.contains(key(f))) {
                wrong.add("global option '" + key(f).trim() + "' not in docker --help");
            }
        });
        assertThat(wrong).isEmpty();
    }
}
