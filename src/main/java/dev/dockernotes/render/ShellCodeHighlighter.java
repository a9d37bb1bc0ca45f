package dev.dockernotes.render;

import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.docker.Programs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Highlights shell and docker command lines: the command, its subcommands, flags, values (arguments,
 * quoted strings, {@code --flag=value}) and comments. A lexical pass, not a parser: it never changes
 * the text, only styles it, so a line it misreads still shows exactly as written.
 */
final class ShellCodeHighlighter {
    /** Code block languages that are shell commands. */
    private static final Set<String> SHELL = Set.of("sh", "bash", "shell", "console", "zsh", "shell-session", "docker");

    private final Theme theme;
    private final boolean prompted;
    private boolean continued;

    /**
     * @param prompted the block shows commands after a "$ " prompt: lines without one are output,
     *                 shown as they are
     */
    ShellCodeHighlighter(Theme theme, boolean prompted) {
        this.theme = theme;
        this.prompted = prompted;
    }

    /** Whether the lines of a block show commands after "$ " prompts (and their output without). */
    static boolean usesPrompts(List<String> lines) {
        return lines.stream().anyMatch(l -> l.stripLeading().startsWith("$ "));
    }

    /** Whether a code block with this info string (and this first line) holds shell commands. */
    static boolean isShell(String info, String literal) {
        String lang = info == null ? "" : info.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (!lang.isEmpty()) {
            return SHELL.contains(lang);
        }
        String first = literal.stripLeading();
        return first.startsWith("$ ") || first.startsWith("docker ") || first.startsWith("sudo ");
    }

    /** Styles one line; lines ending in a backslash continue the command on the next line. */
    List<Span> line(String line) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        boolean expectCommand = !continued;
        String command = null;
        int subcommands = 0;
        String firstSubcommand = "";
        boolean sawFlag = false;
        // a leading prompt
        int lead = 0;
        while (lead < n && line.charAt(lead) == ' ') {
            lead++;
        }
        if (!continued && line.startsWith("$ ", lead)) {
            out.add(Span.plain(line.substring(0, lead)));
            out.add(new Span("$", theme.comment()));
            i = lead + 1;
        } else if (prompted && !continued) {
            out.add(Span.plain(line)); // the output of the command above
            return out;
        }
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                int j = i;
                while (j < n && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                    j++;
                }
                out.add(Span.plain(line.substring(i, j)));
                i = j;
                continue;
            }
            if (c == '#') {
                out.add(new Span(line.substring(i), theme.comment()));
                break;
            }
            if (c == '|' || c == ';' || c == '&' || c == '(' || c == ')') {
                int j = i;
                while (j < n && "|;&()".indexOf(line.charAt(j)) >= 0) {
                    j++;
                }
                out.add(new Span(line.substring(i, j), theme.operator()));
                i = j;
                expectCommand = true;
                command = null;
                subcommands = 0;
                sawFlag = false;
                continue;
            }
            int j = wordEnd(line, i);
            String word = line.substring(i, j);
            if (word.equals("\\") && j == n) {
                out.add(new Span(word, theme.operator()));
                i = j;
                continue;
            }
            if (expectCommand && !word.contains("=")) {
                out.add(new Span(word, theme.command()));
                if (!Programs.runsNext(word)) {
                    expectCommand = false;
                    command = word;
                }
            } else if (expectCommand) {
                out.add(new Span(word, theme.value())); // VAR=value before a command
            } else if (word.startsWith("-") && word.length() > 1) {
                sawFlag = true;
                int eq = word.indexOf('=');
                if (eq > 0) {
                    out.add(new Span(word.substring(0, eq + 1), theme.flag()));
                    out.add(new Span(word.substring(eq + 1), theme.value()));
                } else {
                    out.add(new Span(word, theme.flag()));
                }
            } else if (!sawFlag && isSubcommand(command, word, subcommands, firstSubcommand)) {
                out.add(new Span(word, theme.subcommand()));
                if (subcommands == 0) {
                    firstSubcommand = word;
                }
                subcommands++;
            } else {
                out.add(new Span(word, theme.value()));
                subcommands = 9; // arguments end the subcommands
            }
            i = j;
        }
        continued = line.stripTrailing().endsWith("\\");
        return out;
    }

    private static boolean isSubcommand(String command, String word, int before, String firstSubcommand) {
        if (command == null || !Programs.hasSubcommands(command) || !word.matches("[a-z][a-z0-9-]*")) {
            return false;
        }
        // docker's management commands (and podman's and nerdctl's, named alike) take a second one: docker container ls
        return before == 0 || before == 1 && (command.equals("docker") || command.equals("podman") || command.equals("nerdctl"))
                && DockerCli.builtIn().managementCommands().contains(firstSubcommand);
    }

    /** The end of a word starting at i: quotes keep spaces inside one word. */
    private static int wordEnd(String line, int i) {
        int n = line.length();
        int j = i;
        while (j < n) {
            char c = line.charAt(j);
            if (c == '\'' || c == '"') {
                int close = line.indexOf(c, j + 1);
                j = close < 0 ? n : close + 1;
                continue;
            }
            if (c == ' ' || c == '\t' || "|;&()".indexOf(c) >= 0 || c == '#' && j == i) {
                break;
            }
            j++;
        }
        return Math.max(j, i + 1);
    }
}
