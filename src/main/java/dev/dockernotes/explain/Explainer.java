package dev.dockernotes.explain;

import dev.dockernotes.docker.CommandNamer;
import dev.dockernotes.docker.CommandParser;
import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.docker.LookAlikes;
import dev.dockernotes.docker.ParsedCommand;
import dev.dockernotes.docker.Programs;
import dev.dockernotes.docker.ShellWords;
import dev.dockernotes.docker.Token;
import dev.dockernotes.explain.Explanation.ExplainedToken;
import dev.dockernotes.explain.Explanation.Part;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Explains what a user asks about, choosing the explainer for it: a docker command
 * ({@link CommandExplainer}), a whole command line token by token ({@link LineExplainer}), a command
 * of another program the notes teach (a line too), a key sequence such as Ctrl-PQ or a concept
 * ({@link TopicExplainer}), or nothing known ({@link NotFoundExplainer}). Look-alike dashes and
 * quotes are read as meant and said; every note quoted comes with its corrections
 * ({@link CorrectedNotes}). Knows nothing of the terminal.
 */
public final class Explainer {
    /** Words that stay operators when the shell passed them as separate arguments ("explain docker ps '|' grep"). */
    private static final Set<String> OPERATORS = Set.of("|", "||", "&&", ";", "&", "|&");
    private static final java.util.regex.Pattern COMMAND_WORD = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");

    /** What the router chose for some words; the name a test sees. */
    enum Route { DOCKER_TOPIC, MISREAD_DOCKER, DOCKER_COMMAND, DOCKER, LINE, TERM, CONCEPT, NOT_COVERED, NOT_FOUND }

    private record Routed(Route route, Explanation explanation) {}

    private final TopicGraph graph;
    private final DockerCli cli;
    private final Glossary glossary;
    private final CommandExplainer commands;
    private final LineExplainer lines;
    private final TopicExplainer topics;
    private final NotFoundExplainer notFound;
    private final CorrectedNotes corrections;

    /**
     * @param installedHelp the installed docker's flag descriptions for a command (long name ->
     *                      description), or an empty map; never slow
     */
    public Explainer(TopicGraph graph, CommandNamer namer, DockerCli cli,
                     Function<DockerCli.Command, Map<String, String>> installedHelp) {
        this.graph = graph;
        this.cli = cli;
        this.glossary = new Glossary(graph, namer);
        Uses uses = new Uses(graph, namer);
        this.commands = new CommandExplainer(cli, glossary, uses);
        this.lines = new LineExplainer(graph, namer, cli, installedHelp, glossary, uses);
        this.topics = new TopicExplainer(graph, namer);
        this.notFound = new NotFoundExplainer(graph, cli, glossary);
        this.corrections = new CorrectedNotes(graph);
    }

    public Explanation explain(List<String> words) {
        List<String> problems = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        for (String w : words) {
            LookAlikes.Result r = LookAlikes.fix(w, cli);
            problems.addAll(r.problems());
            fixed.add(r.fixed());
        }
        if (problems.isEmpty()) {
            return corrections.of(route(words).explanation());
        }
        return corrections.of(route(fixed).explanation()).withInput(String.join(" ", words).trim(), problems);
    }

    /** Which explainer these words go to (before corrections are attached). */
    Route routeOf(List<String> words) {
        return route(words).route();
    }

    private Routed route(List<String> words) {
        String line = words.size() == 1 ? words.get(0)
                : String.join(" ", words.stream().map(w -> OPERATORS.contains(w) ? w : ShellWords.quote(w)).toList());
        String input = String.join(" ", words).trim();
        if (input.isEmpty()) {
            return new Routed(Route.NOT_FOUND, notFound.notFound(input));
        }
        List<ParsedCommand> parsed = CommandParser.parseLine(cli, line);
        if (parsed.isEmpty()) {
            return new Routed(Route.NOT_FOUND, notFound.notFound(input));
        }
        ParsedCommand first = parsed.get(0);
        // a glossary term is looked up only for what is not a docker command (a pass over every item)
        Optional<Glossary.Entry> term = first.isDocker() ? Optional.empty() : glossary.find(input);
        if (term.isPresent()) {
            return new Routed(Route.TERM, topics.term(input, term.get()));
        }
        if (first.isDocker()) {
            boolean misread = first.suggestion().isPresent() || first.command().isEmpty() && first.group().isEmpty();
            Optional<Topic> titled = misread ? graph.findTopic(input) : Optional.empty();
            if (titled.isPresent()) {
                return new Routed(Route.DOCKER_TOPIC, topics.concept(input).orElseThrow()); // "explain docker socket file": a section's title
            }
            return docker(input, parsed);
        }
        // "explain stop", "explain container ls": a docker command without the word docker
        if (words.stream().allMatch(w -> COMMAND_WORD.matcher(w).matches())) {
            ParsedCommand asDocker = CommandParser.parse(cli, "docker " + line);
            boolean exact = asDocker.suggestion().isEmpty() && asDocker.problems().isEmpty()
                    && (asDocker.command().isPresent() || asDocker.group().isPresent());
            if (exact && graph.findTopic(input).isEmpty()) {
                return docker(input, List.of(asDocker));
            }
        }
        if (words.size() == 1 || parsed.size() == 1 && first.tokens().size() == 1) {
            Optional<Explanation> concept = topics.concept(input);
            if (concept.isPresent()) {
                return new Routed(Route.CONCEPT, concept.get());
            }
        }
        if (Glossary.isKeys(input)) {
            return new Routed(Route.NOT_FOUND, notFound.notFound(input));
        }
        if (knownProgram(first.program())) {
            return new Routed(Route.LINE, lines.explain(input, parsed));
        }
        boolean commandLine = first.tokens().stream().skip(1).anyMatch(t -> t.kind() == Token.Kind.FLAG);
        if (first.tokens().size() > 1 && (commandLine || notFound.unknownWord(first.program()))) {
            return new Routed(Route.NOT_COVERED, notFound.notCovered(input, first.program()));
        }
        return topics.concept(input).map(e -> new Routed(Route.CONCEPT, e))
                .orElseGet(() -> new Routed(Route.NOT_FOUND, notFound.notFound(input)));
    }

    /** A docker command line: misread, a bare command or docker alone, or a line token by token. */
    private Routed docker(String input, List<ParsedCommand> parsed) {
        ParsedCommand first = parsed.get(0);
        boolean bare = parsed.size() == 1 && first.options().isEmpty() && first.arguments().isEmpty()
                && first.tokens().stream().allMatch(t -> t.kind() == Token.Kind.COMMAND || t.kind() == Token.Kind.SUBCOMMAND);
        if (first.suggestion().isPresent() || first.command().isEmpty() && first.group().isEmpty() && !first.problems().isEmpty()) {
            return new Routed(Route.MISREAD_DOCKER, notFound.misread(input, first));
        }
        if (bare && (first.command().isPresent() || first.group().isPresent())) {
            Explanation e = commands.command(input, first.command().or(first::group).orElseThrow());
            List<ExplainedToken> tokens = first.tokens().stream().map(t -> new ExplainedToken(t, List.of(), null)).toList();
            return new Routed(Route.DOCKER_COMMAND,
                    e.withParts(List.of(new Part(first.source(), e.canonical(), e.description(), tokens, List.of(), ""))));
        }
        if (bare && first.typed().equals("docker")) {
            return new Routed(Route.DOCKER, commands.docker(input));
        }
        return new Routed(Route.LINE, lines.explain(input, parsed));
    }

    private boolean knownProgram(String program) {
        return !Programs.meaning(program).isEmpty() || graph.commandUses().stream().anyMatch(u -> u.program().equals(program));
    }
}
