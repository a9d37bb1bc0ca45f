package dev.dockernotes.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Compose and Buildx reference files (src/test/resources/docker-reference), read on their own,
 * without the generator: each command with its aliases, whether it has subcommands, its flags
 * ("-f --file stringArray"), and the example command lines of its page.
 */
final class PluginReference {
    static final Path ROOT = Path.of("src/test/resources/docker-reference");

    record Command(String plugin, String file, String name, Set<String> aliases, boolean group, Set<String> flags,
                   List<String> examples) {}

    private PluginReference() {}

    static List<Command> all() {
        List<Command> out = new ArrayList<>();
        out.addAll(compose());
        out.addAll(buildx());
        return out;
    }

    private static List<Path> files(String folder, String prefix, String suffix) {
        try (Stream<Path> s = Files.list(ROOT.resolve(folder))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- compose: YAML, read line by line (top-level keys at column 0, options as "    - option:") ---

    static List<Command> compose() {
        List<Command> out = new ArrayList<>();
        for (Path p : files("compose", "docker_compose", ".yaml")) {
            String text = read(p);
            String name = null;
            Set<String> aliases = new LinkedHashSet<>();
            boolean group = false;
            Set<String> flags = new LinkedHashSet<>();
            String top = "";
            Map<String, String> option = null;
            List<Map<String, String>> options = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.startsWith(" ") && line.contains(":")) {
                    top = line.substring(0, line.indexOf(':'));
                    String value = line.substring(line.indexOf(':') + 1).trim();
                    switch (top) {
                        case "command" -> name = value;
                        case "aliases" -> {
                            for (String a : value.split(",")) {
                                aliases.add(a.trim());
                            }
                        }
                        case "cname" -> group = true;
                        default -> { }
                    }
                    continue;
                }
                if (top.equals("options") || top.equals("inherited_options")) {
                    Matcher m = Pattern.compile("^    (- |  )(option|shorthand|value_type): (.*)$").matcher(line);
                    if (m.matches()) {
                        if (m.group(1).equals("- ")) {
                            option = new LinkedHashMap<>();
                            options.add(option);
                        }
                        option.put(m.group(2), m.group(3).trim().replaceAll("^\"(.*)\"$", "$1")); // "y": YAML's quotes
                    }
                }
            }
            for (Map<String, String> o : options) {
                String type = o.get("value_type").equals("bool") ? "" : o.get("value_type");
                flags.add((o.containsKey("shorthand") ? "-" + o.get("shorthand") : "") + " --" + o.get("option") + " " + type);
            }
            aliases.remove(name);
            out.add(new Command("compose", p.getFileName().toString(), name, aliases, group, flags, examples(text)));
        }
        // a command some other file is a subcommand of has subcommands (docker compose alpha's hidden ones)
        List<Command> fixed = new ArrayList<>();
        for (Command c : out) {
            boolean parent = out.stream().anyMatch(o -> o.name().startsWith(c.name() + " "));
            fixed.add(parent == c.group() ? c
                    : new Command(c.plugin(), c.file(), c.name(), c.aliases(), true, c.flags(), c.examples()));
        }
        return fixed;
    }

    // --- buildx: Markdown, the generated part between the markers ------------------------------

    private static final Pattern FORM = Pattern.compile("`(-[^`]+)`");

    static List<Command> buildx() {
        List<Command> out = new ArrayList<>();
        for (Path p : files("buildx", "buildx", ".md")) {
            String file = p.getFileName().toString();
            String name = "docker " + file.substring(0, file.length() - 3).replace('_', ' ');
            String text = read(p);
            int start = text.indexOf("<!---MARKER_GEN_START-->");
            int end = text.indexOf("<!---MARKER_GEN_END-->");
            String gen = text.substring(start, end);
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> flags = new LinkedHashSet<>();
            boolean group = gen.contains("### Subcommands");
            String section = "";
            for (String line : gen.split("\n")) {
                if (line.startsWith("### ")) {
                    section = line.substring(4).trim();
                    continue;
                }
                if (section.equals("Aliases")) {
                    Matcher m = Pattern.compile("`([^`]+)`").matcher(line);
                    while (m.find()) {
                        aliases.add(m.group(1));
                    }
                }
                if (section.equals("Options") && line.startsWith("| ") && !line.startsWith("| Name")) {
                    String[] cells = line.split("(?<!\\\\)\\|");
                    List<String> forms = new ArrayList<>();
                    Matcher m = FORM.matcher(cells[1]);
                    while (m.find()) {
                        forms.add(m.group(1));
                    }
                    String shortForm = forms.stream().filter(f -> !f.startsWith("--")).findFirst().orElse("");
                    String longForm = forms.stream().filter(f -> f.startsWith("--")).findFirst().orElseThrow();
                    String type = cells[2].trim().replace("`", "");
                    flags.add(shortForm + " " + longForm + " " + (type.equals("bool") ? "" : type));
                }
            }
            aliases.remove(name);
            out.add(new Command("buildx", file, name, aliases, group, flags, examples(text)));
        }
        return out;
    }

    // --- examples ---------------------------------------------------------------------------------

    private static final Pattern PLUGIN_LINE = Pattern.compile("^(?:\\$ )?(docker (?:compose|buildx)\\b.*)$");

    /**
     * The command lines of a page's examples: in fenced blocks other than text, JSON, HCL, Dockerfile
     * and Go (usage blocks and files), the lines that run docker compose or docker buildx, with
     * backslash continuations joined.
     */
    static List<String> examples(String text) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        boolean take = false;
        StringBuilder pending = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("```")) {
                in = !in;
                String info = line.substring(3).trim().split("[\\s{]")[0];
                take = in && (info.isEmpty() || info.equals("console") || info.equals("bash") || info.equals("shell")
                        || info.equals("sh"));
                pending = null;
                continue;
            }
            if (!in || !take) {
                continue;
            }
            if (pending != null) {
                pending.append(' ').append(line.endsWith("\\") ? line.substring(0, line.length() - 1).strip() : line);
                if (!line.endsWith("\\")) {
                    out.add(pending.toString());
                    pending = null;
                }
                continue;
            }
            Matcher m = PLUGIN_LINE.matcher(line);
            if (m.matches()) {
                String cmd = m.group(1);
                if (cmd.endsWith("\\")) {
                    pending = new StringBuilder(cmd.substring(0, cmd.length() - 1).strip());
                } else {
                    out.add(cmd);
                }
            }
        }
        return out;
    }
}
