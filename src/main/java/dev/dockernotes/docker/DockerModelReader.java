package dev.dockernotes.docker;

import dev.dockernotes.docker.DockerCli.Command;
import dev.dockernotes.docker.DockerCli.Flag;
import dev.dockernotes.docker.DockerCli.Plugin;
import dev.dockernotes.resources.BuiltInResources;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the docker model's text format (see scripts/gen-docker-model.py): one record a line, its
 * fields apart by tabs. The built-in model is read whole as bytes and cut with indexOf, not through a
 * Reader's decoder and readLine: a one-shot explain reads its 1,500 lines before any code is compiled.
 */
final class DockerModelReader {
    private DockerModelReader() {}

    /** The model shipped in the jar: docker's own commands, then the plugins'. */
    static DockerCli builtIn() {
        try {
            return parse(List.of(resource(DockerCli.RESOURCE), resource(DockerCli.PLUGINS_RESOURCE)), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) throws IOException {
        byte[] bytes = BuiltInResources.read(name.substring(1)); // without the leading slash
        if (bytes == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Docker's own commands from {@code reader}, then any plugin files; records after a P record belong to that plugin. */
    static DockerCli parse(Reader reader, Reader... more) throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(readAll(reader));
        for (Reader r : more) {
            texts.add(readAll(r));
        }
        return parse(texts, false);
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }

    /**
     * @param flagsLater whether each command's flag records are read when first asked for (the
     *                   built-in model, which the build checks whole) or now (any other text, whose
     *                   errors are said here, with their line)
     */
    private static DockerCli parse(List<String> texts, boolean flagsLater) throws IOException {
        String version = "";
        List<Flag> globals = new ArrayList<>();
        List<Command> commands = new ArrayList<>();
        List<Plugin> plugins = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (String text : texts) {
            if (text.indexOf('\r') >= 0) {
                text = text.replace("\r\n", "\n").replace('\r', '\n'); // line ends as readLine reads them
            }
            Command current = null;
            Plugin plugin = null;
            int lineNumber = 0;
            for (int start = 0, end; start < text.length(); start = end + 1) {
                end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                lineNumber++;
                if (end == start || text.charAt(start) == '#') {
                    continue;
                }
                if (flagsLater && current != null && text.startsWith("F\t", start)) {
                    current.addFlagLater(text, start, end);
                    continue;
                }
                String[] f = fields(text, start, end, fields);
                try {
                    switch (f[0]) {
                        case "V" -> version = f[1];
                        case "P" -> {
                            plugin = new Plugin(f[1], f[2], f[3], f[4]);
                            plugins.add(plugin);
                            current = null;
                        }
                        case "G" -> globals.add(new Flag(f[1], f[2], f[3], f[4]));
                        case "M" -> {
                            current = new Command(f[1], List.of(), "COMMAND", f[2], true, plugin, marks(f, 3));
                            commands.add(current);
                        }
                        case "C" -> {
                            List<String> aliases = f[2].isEmpty() ? List.of() : List.of(f[2].split(","));
                            current = new Command(f[1], aliases, f[3], f[4], false, plugin, marks(f, 5));
                            commands.add(current);
                        }
                        case "F" -> {
                            if (current == null) {
                                throw new IOException("line " + lineNumber + ": a flag before any command");
                            }
                            current.addFlag(flag(f));
                        }
                        default -> throw new IOException("line " + lineNumber + ": unknown record '" + f[0] + "'");
                    }
                } catch (ArrayIndexOutOfBoundsException e) {
                    throw new IOException("line " + lineNumber + ": too few fields in a '" + f[0] + "' record");
                }
            }
        }
        return new DockerCli(version, globals, commands, plugins);
    }

    private static Flag flag(String[] f) {
        Set<String> m = marks(f, 5);
        return new Flag(f[1], f[2], f[3], f[4], m.contains("hidden"), m.contains("deprecated"));
    }

    /** The flag records of {@code text[from, to)} (one command's, as {@link #parse} found them), added to {@code into}. */
    static void flags(String text, int from, int to, List<Flag> into) {
        List<String> fields = new ArrayList<>();
        for (int start = from, end; start < to; start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0 || end > to) {
                end = to;
            }
            if (end == start || text.charAt(start) == '#') {
                continue;
            }
            String[] f = fields(text, start, end, fields);
            try {
                into.add(flag(f));
            } catch (ArrayIndexOutOfBoundsException e) {
                throw new IllegalStateException("the built-in docker model has a flag record with too few fields: "
                        + text.substring(start, end), e);
            }
        }
    }

    /** The tab-separated fields of {@code text[start, end)}, empty ones kept (as split("\t", -1) gives them). */
    private static String[] fields(String text, int start, int end, List<String> into) {
        into.clear();
        for (int from = start; ; ) {
            int tab = text.indexOf('\t', from);
            if (tab < 0 || tab >= end) {
                into.add(text.substring(from, end));
                return into.toArray(new String[0]);
            }
            into.add(text.substring(from, tab));
            from = tab + 1;
        }
    }

    private static Set<String> marks(String[] fields, int at) {
        return fields.length > at && !fields[at].isEmpty() ? Set.of(fields[at].split(",")) : Set.of();
    }
}
