package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.Styles;
import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.explain.Explainer;
import dev.dockernotes.explain.Explanation;
import dev.dockernotes.explain.Explanation.ExplainedToken;
import dev.dockernotes.explain.Explanation.Note;
import dev.dockernotes.explain.Explanation.Part;
import dev.dockernotes.docker.InstalledDockerHelp;
import dev.dockernotes.docker.InstalledPlugins;
import dev.dockernotes.explain.PluginNotes;
import dev.dockernotes.docker.Token;
import dev.dockernotes.notes.Correction;
import dev.dockernotes.progress.StateDir;
import dev.dockernotes.render.Columns;
import dev.dockernotes.render.Wrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Explain a docker command, a command line token by token, a key sequence or a concept: "
            + "from the notes first, then from a model of docker's CLI.",
            "",
            "Examples:",
            "  explain docker container stop",
            "  explain docker run -it -p 8080:80 --name web nginx",
            "  explain 'docker ps -a | grep web'",
            "  explain Ctrl-PQ",
            "  explain shim",
            "",
            "Exit code 1 when something is not found (a misspelt command, a flag the command does not have)."})
final class ExplainCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "WORDS", description = "A command, a command line, or a word from the notes.")
    List<String> words;

    @Mixin
    JsonOption jsonOption;

    /** A pasted megabyte is not echoed back whole: words and lines are cut here, a line shows this many words. */
    private static final int MAX_ECHO = 200;
    private static final int MAX_TOKENS = 300;

    ExplainCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() throws Exception {
        // Options after the first word belong to the command being explained; --json is ours (docker has none).
        List<String> input = new ArrayList<>(words);
        boolean json = input.remove("--json") | jsonOption.json(); // after the first word, --json is a word too
        DockerCli cli = DockerCli.builtIn();
        Explainer explainer = new Explainer(graph(), ctx.commandNamer(), cli, new InstalledFlags());
        Explanation e = explainer.explain(input);
        // Compose and Buildx are plugins: say so when the installed docker lacks one (a few file checks)
        List<String> pluginNotes = e.kind() == Explanation.Kind.NOT_FOUND ? List.of()
                : PluginNotes.of(e, cli, InstalledPlugins.find(ctx.env().variables()));
        if (json) {
            out().println(ctx.json().writeValueAsString(ExplanationJson.of(e, pluginNotes)));
            return e.found() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
        Styles s = Styles.of(style());
        int width = style().width();
        switch (e.kind()) {
            case NOT_FOUND -> {
                String message = e.problems().isEmpty() ? "nothing known about `" + e.input() + "`" : e.problems().get(0);
                if (e.suggestion() == null && !e.nearest().isEmpty()) {
                    message += "; nearest: " + String.join(", ", e.nearest());
                }
                reporter().error(message);
                return ExitCodes.FAILURE;
            }
            case COMMAND -> printCommand(e, s, width);
            case LINE -> printLine(e, s, width);
            default -> printConcept(e, s, width);
        }
        if (!pluginNotes.isEmpty()) {
            out().println();
            pluginNotes.forEach(n -> out().print(wrap(n, "note: ", "  ", width)));
        }
        for (String problem : e.problems()) {
            reporter().error(problem);
        }
        return e.found() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /**
     * The installed docker's flag descriptions of a command, the docker found on the PATH the first
     * time a line asks (a command or a concept explained never looks for it: a few file checks).
     */
    private final class InstalledFlags implements Function<DockerCli.Command, Map<String, String>> {
        private Optional<InstalledDockerHelp> installed;

        @Override
        public Map<String, String> apply(DockerCli.Command command) {
            if (installed == null) {
                installed = ctx.env().get("DOCKERNOTES_NO_INSTALLED_DOCKER").isPresent()
                        ? Optional.empty()
                        : InstalledDockerHelp.find(ctx.env().variables().get("PATH"), StateDir.resolve(ctx.env().variables()));
            }
            return installed.map(h -> h.flags(command)).orElse(Map.of());
        }
    }

    private void printCommand(Explanation e, Styles s, int width) {
        out().print(wrap(s.bold(e.canonical()), "", "  ", width));
        out().print(wrap(e.description(), "  ", "  ", width));
        out().print(wrap(e.usage(), "  Usage:   ", "           ", width));
        if (!e.aliases().isEmpty()) {
            out().print(wrap(String.join(", ", e.aliases().stream().map(Wrapper::keep).toList()), "  Aliases: ", "           ", width));
        }
        printNotes(e.notes(), s, width);
        if (!e.uses().isEmpty()) {
            out().println();
            out().println(s.bold("Used in the notes:"));
            for (Explanation.Use u : e.uses()) {
                out().print(wrap(Wrapper.keep(u.text()) + GAP + s.dim("(" + u.title() + ", ") + s.cyan(Wrapper.keep("show " + u.topic()))
                        + s.dim(")"), "  ", "    ", width));
            }
        }
        List<DockerCli.Flag> flags = e.flags().stream().filter(f -> !f.hidden()).toList(); // as --help shows them
        if (!flags.isEmpty()) {
            out().println();
            out().println(s.bold(e.canonical().equals("docker") ? "Global options (before the command):" : "Flags:"));
            int col = Math.min(Math.max(12, width / 2), flags.stream().mapToInt(f -> Columns.width(flagLabel(f))).max().orElse(0) + 4);
            for (DockerCli.Flag f : flags) {
                String label = "  " + flagLabel(f);
                if (width - col < NARROWEST) { // too narrow for two columns: each description hangs below its flag
                    out().print(wrap(Wrapper.keep(flagLabel(f)), "  ", "    ", width));
                    out().print(wrap(f.description(), "        ", "        ", width));
                } else if (Columns.width(label) + 2 > col) { // a label wider than its column: the description below it
                    out().print(wrap(Wrapper.keep(flagLabel(f)), "  ", "    ", width));
                    out().print(wrap(f.description(), " ".repeat(col), " ".repeat(col), width));
                } else {
                    out().print(wrap(f.description(), label + " ".repeat(col - Columns.width(label)), " ".repeat(col), width));
                }
            }
        }
        if (!e.related().isEmpty()) {
            out().println();
            int words = e.canonical().split(" ").length;
            out().println(s.bold(words == 1 ? "Management commands:" : words == 2 ? "Subcommands:" : "Related commands:"));
            int w = e.related().stream().mapToInt(Columns::width).max().orElse(0);
            e.related().forEach(r -> out().print(wrap(s.cyan(Wrapper.keep("explain " + r)),
                    "  " + r + " ".repeat(w - Columns.width(r) + 2), " ".repeat(4), width)));
        }
    }

    private static String flagLabel(DockerCli.Flag f) {
        return (f.shortName().isEmpty() ? "    " : f.shortName() + ", ") + f.longName() + (f.type().isEmpty() ? "" : " " + f.type());
    }

    private void printLine(Explanation e, Styles s, int width) {
        int col = 0;
        for (Part p : e.commands()) {
            for (ExplainedToken t : p.tokens()) {
                col = Math.max(col, Math.min(Math.min(24, width / 3), Columns.width(t.token().text())));
            }
        }
        col += 4;
        // the meanings get at least NARROWEST columns beside the tokens, else they hang below each token
        int indent = width - (col + 4) >= NARROWEST ? col + 2 : 4;
        boolean first = true;
        for (Part p : e.commands()) {
            if (!first) {
                out().println();
            }
            first = false;
            out().print(wrap(s.bold(p.source().length() <= MAX_ECHO ? p.source() : p.source().substring(0, MAX_ECHO) + "..."), "", "  ", width));
            if (!p.canonical().isEmpty()) {
                out().print(wrap(p.canonical() + (p.description().isEmpty() ? "" : ": " + p.description()), "= ", "  ", width));
            }
            int shown = 0;
            for (ExplainedToken t : p.tokens()) {
                if (++shown > MAX_TOKENS) {
                    out().println("  ... and " + (p.tokens().size() - MAX_TOKENS) + " more words");
                    break;
                }
                Token token = t.token();
                String role = token.kind() == Token.Kind.ARGUMENT && !token.role().equals("argument")
                        ? token.role() : token.kind().label();
                String text = token.text().isEmpty() ? "''"
                        : token.text().length() <= MAX_ECHO ? token.text() : token.text().substring(0, MAX_ECHO) + "...";
                String label = "  " + text;
                int labelWidth = Columns.width(label);
                String pad = indent >= col ? (labelWidth + 1 < col ? " ".repeat(col - labelWidth) : "\n" + " ".repeat(col))
                        : labelWidth + 2 + Columns.width(role) + 2 <= width ? "  " : "\n" + " ".repeat(indent);
                String meaning = token.meaning();
                if (token.kind() == Token.Kind.FLAG && token.flags().size() > 1) {
                    meaning = String.join("\n", meaning.split("; "));
                }
                if (labelWidth > width) { // a token wider than the screen: cut with marks, never past the edge
                    label = Wrapper.fill(Wrapper.keep(label), "", "  ", width);
                }
                String head = label + pad + s.yellow("[" + role + "]");
                out().println(head);
                for (String m : meaning.split("\n")) {
                    if (!m.isBlank()) {
                        out().print(wrap(m, " ".repeat(indent), " ".repeat(indent + 2), width));
                    }
                }
                if (t.installed() != null) {
                    out().print(wrap("from your installed docker: " + t.installed(), " ".repeat(indent), " ".repeat(indent + 2), width));
                }
                for (Note n : t.notes()) {
                    out().print(wrap("notes: " + n.text() + " (show\u00a0" + n.topic() + ")", " ".repeat(indent), " ".repeat(indent + 2), width));
                    printCorrections(n, " ".repeat(indent), " ".repeat(indent + 2), s, width);
                }
            }
            if (!p.operator().isEmpty()) {
                out().println();
                out().print(wrap(s.yellow(p.operator()) + GAP + operatorMeaning(p.operator()), "", "    ", width));
            }
        }
        printNotes(e.notes(), s, width);
        if (!e.uses().isEmpty() && e.commands().size() == 1) {
            out().println();
            out().print(wrap(s.bold("Used in the notes:") + " " + String.join(", ",
                    e.uses().stream().map(u -> u.topic()).distinct().map(id -> s.cyan(Wrapper.keep("show " + id))).toList()), "", "  ", width));
        }
    }

    private static String operatorMeaning(String op) {
        return switch (op) {
            case "|" -> "pipe: the output of the command above is the input of the one below";
            case "|&" -> "pipe: output and errors of the command above go to the one below";
            case "&&" -> "runs the next command only if the one above succeeded";
            case "||" -> "runs the next command only if the one above failed";
            case "&" -> "runs the command above in the background";
            default -> "then runs the next command";
        };
    }

    private void printConcept(Explanation e, Styles s, int width) {
        Note main = e.notes().get(0);
        out().print(wrap(s.bold(e.kind() == Explanation.Kind.KEYS ? e.canonical() : main.title()) + GAP
                + s.cyan(Wrapper.keep("show " + main.topic())), "", "  ", width));
        for (String paragraph : main.text().split("\n")) {
            out().print(wrap(paragraph, "  ", paragraph.startsWith("- ") ? "    " : "  ", width));
        }
        printCorrections(main, "  ", "    ", s, width);
        if (e.kind() == Explanation.Kind.KEYS) {
            out().print(wrap(s.dim("(from " + main.title() + ")"), "  ", "   ", width));
        }
        List<Explanation.TopicRef> related = e.relatedTopics().stream().filter(t -> !t.id().equals(main.topic())).toList();
        if (!related.isEmpty()) {
            out().println();
            out().println(s.bold("Related topics:"));
            related.forEach(t -> out().print(wrap(t.title() + GAP + s.cyan(Wrapper.keep("show " + t.id())), "  ", "    ", width)));
        }
        if (!e.related().isEmpty()) {
            out().println();
            out().println(s.bold("Commands taught there:"));
            e.related().forEach(c -> out().print(wrap(Wrapper.keep(c) + GAP + s.cyan(Wrapper.keep("explain " + c)), "  ", "    ", width)));
        }
    }

    private void printNotes(List<Note> notes, Styles s, int width) {
        if (notes.isEmpty()) {
            return;
        }
        out().println();
        out().println(s.bold("From the notes:"));
        for (Note n : notes) {
            out().print(wrap(n.text(), "  ", "  ", width));
            printCorrections(n, "  ", "    ", s, width);
            out().print(wrap(s.dim("— " + n.title() + ", ") + s.cyan(Wrapper.keep("show " + n.topic())), "  ", "    ", width));
        }
    }

    private static final String CORRECTION = "Correction:";
    /** Two spaces between a text and the command that shows more: a place the line may break. */
    private static final String GAP = Wrapper.NBSP + " ";
    /** The fewest columns a token's meaning is given beside the tokens before it goes below them instead. */
    private static final int NARROWEST = 30;

    /**
     * The corrections beside the notes that mark this quote wrong, right after it: the right fact
     * and its source, labelled as a correction (in colour as the notes' own alerts are, upper case
     * without colour), so the user's words are never left standing as a fact.
     */
    private void printCorrections(Note n, String first, String rest, Styles s, int width) {
        for (Correction c : n.corrections()) {
            String text = CORRECTION + " " + c.text() + (c.source().isEmpty() ? "" : " (Source: " + c.source() + ")");
            String label = s.yellow(CORRECTION).equals(CORRECTION) ? "CORRECTION:" : s.bold(s.yellow(CORRECTION));
            String wrapped = wrap(text, first, rest, width);
            int at = wrapped.indexOf(CORRECTION); // the label, in its style (no regex: compiled per call, cold)
            out().print(at < 0 ? wrapped : wrapped.substring(0, at) + label + wrapped.substring(at + CORRECTION.length()));
        }
    }

    /** Text filled to the width in columns (the one wrapper), the first line after {@code first}, the rest after {@code rest}. */
    static String wrap(String text, String first, String rest, int width) {
        return Wrapper.fill(text, first, rest, width) + "\n";
    }
}
