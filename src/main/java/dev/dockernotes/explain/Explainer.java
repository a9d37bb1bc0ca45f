package dev.dockernotes.explain;

import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.docker.CommandParser;
import dev.dockernotes.docker.ShellWords;
import dev.dockernotes.docker.Token;
import dev.dockernotes.docker.ValueMeaning;
import dev.dockernotes.docker.ParsedCommand;
import dev.dockernotes.docker.Programs;
import dev.dockernotes.docker.LookAlikes;
import dev.dockernotes.explain.Explanation.ExplainedToken;
import dev.dockernotes.explain.Explanation.Kind;
import dev.dockernotes.explain.Explanation.Note;
import dev.dockernotes.explain.Explanation.Part;
import dev.dockernotes.explain.Explanation.TopicRef;
import dev.dockernotes.explain.Explanation.Use;
import dev.dockernotes.docker.CommandNamer;
import dev.dockernotes.notes.CommandUse;
import dev.dockernotes.notes.Correction;
import dev.dockernotes.notes.Search;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.text.Similarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains what a user asks about: a docker command (from the notes first, then the model), a
 * whole command line token by token, a command of another program the notes teach, a key sequence
 * such as Ctrl-PQ, or a concept (a topic of the notes). Knows nothing of the terminal.
 */
public final class Explainer {
    /** "- **`docker container stop`** - Will stop a running container..." */
    private static final Pattern GLOSSARY = Pattern.compile("^\\s*[-*+]\\s+\\*\\*`([^`]+)`\\*\\*\\s*[-–—:]+\\s*(.+)$");
    private static final Pattern KEYS = Pattern.compile("(?i)^(ctrl|control|\\^)[-+ ]?[a-z]([-+ ,]*(ctrl[-+ ]?)?[a-z])*$");

    /**
     * Flags whose meaning a section of the notes explains: the words to look for in the notes, and
     * the commands whose flag it is (docker service create --publish or -d means something else).
     */
    private record FlagConcept(String query, Set<String> commands) {}

    private static final Set<String> CONTAINER_CREATORS = Set.of("docker container run", "docker container create");

    private static final Map<String, FlagConcept> FLAG_CONCEPTS = Map.of(
            "--volume", new FlagConcept("volumes", CONTAINER_CREATORS),
            "--mount", new FlagConcept("volumes", CONTAINER_CREATORS),
            "--publish", new FlagConcept("port mappings", CONTAINER_CREATORS),
            "--detach", new FlagConcept("daemon mode", Set.of("docker container run")));

    /** Words too common in flag descriptions and notes to show that a sentence is about a flag. */
    private static final Set<String> COMMON = Set.of("container", "containers", "docker", "image", "images", "flag",
            "flags", "with", "that", "this", "will", "from", "into", "your", "they", "them", "when", "tell", "also",
            "show", "shows", "default", "more", "than", "only", "give", "given", "value", "command", "commands");

    /** Commands worth seeing next, by the verb of a command in the same group. */
    private static final Map<String, List<String>> RELATED = Map.ofEntries(
            Map.entry("stop", List.of("start", "kill", "restart", "rm")),
            Map.entry("start", List.of("stop", "restart", "attach", "run")),
            Map.entry("restart", List.of("stop", "start")),
            Map.entry("kill", List.of("stop", "rm")),
            Map.entry("rm", List.of("stop", "prune", "ls")),
            Map.entry("run", List.of("create", "start", "exec", "ls", "stop")),
            Map.entry("create", List.of("run", "start")),
            Map.entry("exec", List.of("attach", "run", "logs")),
            Map.entry("attach", List.of("exec", "logs")),
            Map.entry("ls", List.of("inspect", "rm", "prune")),
            Map.entry("inspect", List.of("ls", "logs")),
            Map.entry("logs", List.of("attach", "inspect")),
            Map.entry("pause", List.of("unpause", "stop")),
            Map.entry("unpause", List.of("pause")),
            Map.entry("pull", List.of("push", "ls", "rm")),
            Map.entry("push", List.of("pull", "tag")),
            Map.entry("build", List.of("tag", "push", "history")),
            Map.entry("tag", List.of("push", "build")),
            Map.entry("prune", List.of("rm", "ls")));

    /** Words that stay operators when the shell passed them as separate arguments ("explain docker ps '|' grep"). */
    private static final Set<String> OPERATORS = Set.of("|", "||", "&&", ";", "&", "|&");

    private final TopicGraph graph;
    private final CommandNamer namer;
    private final DockerCli cli;
    private final Function<DockerCli.Command, Map<String, String>> installedHelp;
    private List<GlossaryItem> glossary;

    private record GlossaryItem(String term, String name, Topic topic, String text) {}

    /**
     * @param installedHelp the installed docker's flag descriptions for a command (long name ->
     *                      description), or an empty map; never slow
     */
    public Explainer(TopicGraph graph, CommandNamer namer, DockerCli cli,
                     Function<DockerCli.Command, Map<String, String>> installedHelp) {
        this.graph = graph;
        this.namer = namer;
        this.cli = cli;
        this.installedHelp = installedHelp;
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
            return corrected(explainWords(words));
        }
        Explanation e = corrected(explainWords(fixed));
        problems.addAll(e.problems());
        return new Explanation(String.join(" ", words).trim(), e.kind(), e.canonical(), e.aliases(), e.usage(),
                e.description(), e.notes(), e.uses(), e.commands(), e.flags(), e.related(), e.relatedTopics(),
                List.copyOf(problems), e.suggestion(), e.nearest());
    }

    // --- corrections beside the notes --------------------------------------------------------

    /**
     * The explanation with every note it quotes carrying the corrections that mark it wrong, and
     * nothing it states from the notes contradicting one: a key sequence's description is the
     * corrected fact, not the user's wrong words.
     */
    private Explanation corrected(Explanation e) {
        List<Note> notes = e.notes().stream().map(this::corrected).toList();
        List<Part> parts = e.commands().stream().map(p -> new Part(p.source(), p.canonical(), p.description(),
                p.tokens().stream().map(t -> new ExplainedToken(t.token(), t.notes().stream().map(this::corrected).toList(),
                        t.installed())).toList(), p.problems(), p.operator())).toList();
        String description = e.description();
        if ((e.kind() == Kind.KEYS || e.kind() == Kind.CONCEPT) && !notes.isEmpty() && description.equals(notes.get(0).text())
                && !notes.get(0).corrections().isEmpty()) {
            description = notes.get(0).corrections().get(0).text();
        }
        return new Explanation(e.input(), e.kind(), e.canonical(), e.aliases(), e.usage(), description, notes, e.uses(),
                parts, e.flags(), e.related(), e.relatedTopics(), e.problems(), e.suggestion(), e.nearest());
    }

    private Note corrected(Note n) {
        List<Correction> all = graph.topic(n.topic()).map(graph::corrections).orElse(List.of());
        LinkedHashSet<Correction> found = new LinkedHashSet<>(n.corrections());
        all.stream().filter(c -> correctsExcerpt(c, n.text())).forEach(found::add);
        return new Note(n.topic(), n.title(), n.text(), List.copyOf(found));
    }

    /** The shortest statement a whole excerpt is checked to contain (a word or two says nothing). */
    private static final int SHORTEST_STATEMENT = 12;
    /** The fewest words of an excerpt's sentence that, found in a corrected statement, mark it. */
    private static final int FEWEST_WORDS = 4;
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*([-*+]|\\d+[.)])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\n");

    /**
     * True when an excerpt of the notes quotes a statement this correction marks wrong: the
     * excerpt holds the whole statement (a section with the paragraph in it), or one of its
     * sentences (of a few words at least; a search snippet's cut ends without their "…") is part of it.
     */
    static boolean correctsExcerpt(Correction c, String excerpt) {
        String statement = comparable(c.statement());
        if (statement.isEmpty()) {
            return false;
        }
        String whole = comparable(excerpt);
        if (statement.length() >= SHORTEST_STATEMENT && whole.contains(statement) || c.corrects(plainWords(excerpt))) {
            return true;
        }
        for (String sentence : SENTENCE_END.split(excerpt)) {
            String words = comparable(sentence);
            if (words.split(" ").length >= FEWEST_WORDS && statement.contains(words)) {
                return true;
            }
        }
        String[] words = whole.split(" ");
        for (int k = 0; k + RUN <= words.length; k++) {
            if (statement.contains(String.join(" ", java.util.Arrays.asList(words).subList(k, k + RUN)))) {
                return true; // a snippet cut in mid-sentence, or joined to a heading
            }
        }
        return false;
    }

    /** So many words in a row of an excerpt, found in a corrected statement, mark it. */
    private static final int RUN = 8;

    /** The words as a correction's statement holds them: no backticks, no "…" of a snippet. */
    private static String plainWords(String text) {
        return text.replace("`", "").replace("…", " ").strip();
    }

    private static String comparable(String text) {
        return LIST_MARKER.matcher(plainWords(text)).replaceAll("").replaceAll("(?<=\\s)[-*+](?=\\s)", " ").replaceAll("\\s+", " ").replaceAll(" ([.,;:!?)])", "$1").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The lines of a topic's body that belong to a correction ({@code > [!WARNING]} ... {@code
     * **Correction:**}): not the user's words, so never quoted as the notes (the note they correct
     * carries them).
     */
    static boolean[] correctionLines(String[] lines) {
        boolean[] out = new boolean[lines.length];
        int k = 0;
        while (k < lines.length) {
            if (!lines[k].trim().startsWith(">")) {
                k++;
                continue;
            }
            int end = k;
            boolean correction = false;
            while (end < lines.length && lines[end].trim().startsWith(">")) {
                correction |= CORRECTION_LINE.matcher(lines[end]).find();
                end++;
            }
            for (int j = k; j < end; j++) {
                out[j] = correction;
            }
            k = end;
        }
        return out;
    }

    private static final Pattern CORRECTION_LINE = Pattern.compile("(?i)^\\s*>[>\\s]*\\*\\*correction\\s*:?\\s*\\*\\*");

    private Explanation explainWords(List<String> words) {
        String line = words.size() == 1 ? words.get(0)
                : String.join(" ", words.stream().map(w -> OPERATORS.contains(w) ? w : ShellWords.quote(w)).toList());
        String input = String.join(" ", words).trim();
        if (input.isEmpty()) {
            return notFound(input);
        }
        List<ParsedCommand> parsed = CommandParser.parseLine(cli, line);
        if (parsed.isEmpty()) {
            return notFound(input);
        }
        ParsedCommand first = parsed.get(0);
        Optional<GlossaryItem> term = glossaryItem(input);
        if (term.isPresent() && !first.isDocker()) {
            return keysOrTerm(input, term.get());
        }
        if (first.isDocker()) {
            boolean misread = first.suggestion().isPresent() || first.command().isEmpty() && first.group().isEmpty();
            Optional<Topic> titled = misread ? graph.findTopic(input) : Optional.empty();
            if (titled.isPresent()) {
                return concept(input, false).orElseThrow(); // "explain docker socket file": a section's title
            }
            return docker(input, parsed);
        }
        // "explain stop", "explain container ls": a docker command without the word docker
        if (!words.isEmpty() && words.stream().allMatch(w -> w.matches("[a-z][a-z0-9-]*"))) {
            ParsedCommand asDocker = CommandParser.parse(cli, "docker " + line);
            boolean exact = asDocker.suggestion().isEmpty() && asDocker.problems().isEmpty()
                    && (asDocker.command().isPresent() || asDocker.group().isPresent());
            Optional<Topic> topic = graph.findTopic(input);
            if (exact && topic.isEmpty()) {
                return docker(input, List.of(asDocker));
            }
        }
        if (words.size() == 1 || parsed.size() == 1 && first.tokens().size() == 1) {
            Optional<Explanation> concept = concept(input, false);
            if (concept.isPresent()) {
                return concept.get();
            }
        }
        if (KEYS.matcher(input).matches()) {
            return notFound(input);
        }
        if (knownProgram(first.program())) {
            return line(input, parsed);
        }
        boolean commandLine = first.tokens().stream().skip(1).anyMatch(t -> t.kind() == Token.Kind.FLAG);
        if (first.tokens().size() > 1 && (commandLine || unknownWord(first.program()))) {
            return notCovered(input, first.program());
        }
        return concept(input, true).orElseGet(() -> notFound(input));
    }

    // --- docker commands ---------------------------------------------------------------------

    private Explanation docker(String input, List<ParsedCommand> parsed) {
        ParsedCommand first = parsed.get(0);
        boolean bare = parsed.size() == 1 && first.options().isEmpty() && first.arguments().isEmpty()
                && first.tokens().stream().allMatch(t -> t.kind() == Token.Kind.COMMAND || t.kind() == Token.Kind.SUBCOMMAND);
        if (first.suggestion().isPresent() || first.command().isEmpty() && first.group().isEmpty() && !first.problems().isEmpty()) {
            List<String> nearest = first.suggestion().map(List::of).orElseGet(() -> nearestCommands(first.typed()));
            return new Explanation(input, Kind.NOT_FOUND, null, List.of(), "", "", List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), first.problems(), first.suggestion().orElse(null), nearest);
        }
        if (bare && (first.command().isPresent() || first.group().isPresent())) {
            Explanation e = command(input, first.command().or(first::group).orElseThrow());
            List<ExplainedToken> tokens = first.tokens().stream().map(t -> new ExplainedToken(t, List.of(), null)).toList();
            Part part = new Part(first.source(), e.canonical(), e.description(), tokens, List.of(), "");
            return new Explanation(e.input(), e.kind(), e.canonical(), e.aliases(), e.usage(), e.description(), e.notes(),
                    e.uses(), List.of(part), e.flags(), e.related(), e.relatedTopics(), e.problems(), e.suggestion(), e.nearest());
        }
        if (bare && first.typed().equals("docker")) {
            List<String> groups = cli.all().stream().filter(DockerCli.Command::isGroup)
                    .map(DockerCli.Command::name).filter(n -> n.split(" ").length == 2).toList();
            List<Note> notes = glossary().stream().filter(g -> g.term().equals("docker"))
                    .map(g -> new Note(g.topic().id(), g.topic().title(), g.text())).toList();
            return new Explanation(input, Kind.COMMAND, "docker", List.of(), "docker [OPTIONS] COMMAND",
                    "The Docker command-line client: each command is sent to the Docker daemon's API",
                    notes, List.of(), List.of(), cli.globalFlags(), groups, List.of(), List.of(), null, List.of());
        }
        return line(input, parsed);
    }

    private Explanation command(String input, DockerCli.Command c) {
        List<Note> notes = new ArrayList<>();
        for (GlossaryItem g : glossary()) {
            if (g.name().equals(c.name())) {
                notes.add(new Note(g.topic().id(), g.topic().title(), g.text()));
            }
        }
        List<Use> uses = uses(c.name());
        List<String> related = new ArrayList<>();
        if (c.isGroup()) {
            related.addAll(cli.visibleChildren(c.name()).stream()
                    .map(w -> cli.command(c.name() + " " + w).orElseThrow().name()).distinct().toList());
        } else {
            String group = c.name().substring(0, c.name().lastIndexOf(' '));
            for (String verb : RELATED.getOrDefault(c.verb(), List.of())) {
                cli.command(group + " " + verb).map(DockerCli.Command::name).filter(n -> !n.equals(c.name()))
                        .ifPresent(related::add);
            }
            if (related.isEmpty() && !group.equals("docker")) {
                cli.children(group).stream().map(w -> cli.command(group + " " + w).orElseThrow().name())
                        .filter(n -> !n.equals(c.name())).distinct().limit(4).forEach(related::add);
            }
        }
        Set<TopicRef> topics = new LinkedHashSet<>();
        notes.forEach(n -> topics.add(new TopicRef(n.topic(), n.title())));
        uses.forEach(u -> topics.add(new TopicRef(u.topic(), u.title())));
        return new Explanation(input, Kind.COMMAND, c.name(), c.aliases(), c.usageLine(), c.description(), notes, uses,
                List.of(), c.flags(), List.copyOf(new LinkedHashSet<>(related)), List.copyOf(topics), List.of(), null, List.of());
    }

    private List<Use> uses(String canonical) {
        List<Use> uses = new ArrayList<>();
        for (CommandUse u : graph.commands(namer).getOrDefault(canonical, List.of())) {
            if (onlyInCorrection(u)) {
                continue; // a command a correction names is not one the notes use
            }
            if (uses.stream().noneMatch(x -> x.topic().equals(u.topic().id()) && x.text().equals(u.text()))) {
                uses.add(new Use(u.topic().id(), u.topic().title(), u.line(), u.text()));
            }
        }
        return uses;
    }

    // --- command lines -----------------------------------------------------------------------

    private Explanation line(String input, List<ParsedCommand> parsed) {
        List<Part> parts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Use> uses = new ArrayList<>();
        Map<List<Object>, List<Note>> seen = new java.util.HashMap<>(); // a word repeated is looked up in the notes once
        for (ParsedCommand p : parsed) {
            Map<String, String> installed = p.command().map(this::installed).orElse(Map.of());
            List<ExplainedToken> tokens = new ArrayList<>();
            List<Token> fitted = fitted(p);
            for (int k = 0; k < fitted.size(); k++) {
                Token t = fitted.get(k);
                Token next = k + 1 < fitted.size() ? fitted.get(k + 1) : null;
                String value = next != null && next.kind() == Token.Kind.VALUE && t.flags().contains(next.flag()) ? next.text() : null;
                List<Note> said = seen.computeIfAbsent(java.util.Arrays.asList(p.name(), t, value), x -> tokenNotes(p, t, value));
                tokens.add(new ExplainedToken(t, said, installedLine(t, installed, p)));
            }
            problems.addAll(refusals(cli, p));
            String description = p.command().map(DockerCli.Command::description)
                    .or(() -> p.group().map(DockerCli.Command::description))
                    .orElse(Programs.meaning(p.program()));
            parts.add(new Part(p.source(), p.name(), description, tokens, p.problems(), p.operator()));
            problems.addAll(p.problems());
            String name = p.isDocker() ? p.name() : namer.name(p.source()).orElse(p.name());
            for (GlossaryItem g : glossary()) {
                if (g.name().equals(name) && notes.stream().noneMatch(n -> n.text().equals(g.text()))) {
                    notes.add(new Note(g.topic().id(), g.topic().title(), g.text()));
                }
            }
            if (!p.isDocker()) {
                notes.addAll(programNotes(p, name));
                notes.addAll(correctedLines(p, notes));
            }
            uses.addAll(uses(name));
        }
        ParsedCommand first = parsed.get(0);
        DockerCli.Command c = first.command().or(first::group).orElse(null);
        return new Explanation(input, Kind.LINE, first.name(), c == null ? List.of() : c.aliases(),
                c == null ? "" : c.usageLine(), parts.get(0).description(), notes, uses, parts, List.of(), List.of(),
                List.of(), problems, null, List.of());
    }

    /**
     * The tokens with meanings that fit the command: a value read for its flag of this command
     * ("--name" of docker service create is a service's name), and docker cp's two paths.
     */
    private List<Token> fitted(ParsedCommand p) {
        if (!p.isDocker()) {
            return p.tokens();
        }
        String command = p.command().map(DockerCli.Command::name).orElse("");
        List<Token> out = new ArrayList<>();
        int argument = 0;
        for (Token t : p.tokens()) {
            Token fit = t;
            if (t.kind() == Token.Kind.VALUE) {
                Optional<DockerCli.Flag> flag = flagOf(cli, p, t.flag());
                if (flag.isPresent()) {
                    fit = new Token(t.text(), t.kind(), t.role(), t.flags(), t.flag(), ValueMeaning.of(command, flag.get(), t.text()));
                }
            } else if (t.kind() == Token.Kind.ARGUMENT && command.equals("docker container cp")) {
                fit = new Token(t.text(), t.kind(), argument == 0 ? "source" : "destination", t.flags(), t.flag(),
                        ValueMeaning.copyPath(t.text(), argument == 0));
                argument++;
            }
            out.add(fit);
        }
        return out;
    }

    private static Optional<DockerCli.Flag> flagOf(DockerCli cli, ParsedCommand p, String longName) {
        return p.command().flatMap(c -> c.flag(longName))
                .or(() -> cli.globalFlags().stream().filter(f -> f.longName().equals(longName)).findFirst());
    }

    /** What docker itself would refuse in this command's values ("-p 127.0.0.1:80": invalid hostPort). */
    static List<String> refusals(DockerCli cli, ParsedCommand p) {
        List<String> out = new ArrayList<>();
        if (!p.isDocker()) {
            return out;
        }
        String command = p.command().map(DockerCli.Command::name).orElse("");
        for (ParsedCommand.Option o : p.options()) {
            if (o.value() != null && o.known() && !o.valuePlaceholder()) {
                flagOf(cli, p, o.name()).flatMap(f -> ValueMeaning.refusal(command, f, o.value())).ifPresent(out::add);
            }
        }
        return out;
    }

    private Map<String, String> installed(DockerCli.Command c) {
        try {
            return installedHelp.apply(c);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /** The installed docker's words on a flag, when they differ from the model's. */
    private static String installedLine(Token t, Map<String, String> installed, ParsedCommand p) {
        if (t.kind() != Token.Kind.FLAG || t.flags().size() != 1 || installed.isEmpty()) {
            return null;
        }
        String text = installed.get(t.flags().get(0));
        String model = p.command().flatMap(c -> c.flag(t.flags().get(0))).map(DockerCli.Flag::description).orElse(null);
        return text == null || text.equals(model) ? null : text;
    }

    /** What the notes say about this flag of this command (a sentence naming it, a comment after it). */
    private List<Note> tokenNotes(ParsedCommand p, Token t, String value) {
        List<Note> notes = new ArrayList<>();
        if (t.kind() == Token.Kind.FLAG && p.isDocker() && p.command().isPresent()) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(t.text());
            for (String longName : t.flags()) {
                forms.add(longName);
                p.command().flatMap(c -> c.flag(longName)).map(DockerCli.Flag::shortName)
                        .filter(s -> !s.isEmpty() && t.flags().size() == 1).ifPresent(forms::add);
            }
            String descriptions = String.join(" ", t.flags().stream()
                    .map(f -> p.command().flatMap(c -> c.flag(f)).map(DockerCli.Flag::description).orElse("")).toList());
            notes.addAll(flagSentences(p, forms, descriptions));
            for (String longName : t.flags()) {
                FlagConcept concept = FLAG_CONCEPTS.get(longName);
                boolean fits = concept != null && concept.commands().contains(p.name())
                        && !(value != null && t.flags().size() == 1 && ValueMeaning.isBindOrTmpfs(longName, value));
                if (fits) {
                    conceptNote(concept.query()).filter(n -> notes.stream().noneMatch(x -> x.topic().equals(n.topic())))
                            .ifPresent(notes::add);
                }
            }
        }
        return notes;
    }

    private static final Pattern DOCKER_IN_CODE = Pattern.compile("`((?:sudo )?docker [^`]+)`");

    /**
     * Sentences of the notes that name one of these flag forms in backticks and are about this
     * command, or a code comment after a line of this command using it. A sentence is about the
     * commands it names; naming none, about the command its glossary item or paragraph names, or
     * the section's commands; with no command anywhere near, it must share a word with docker's
     * description of the flag ("run in the background" and "Run container in background").
     */
    private List<Note> flagSentences(ParsedCommand p, Set<String> forms, String descriptions) {
        List<Note> notes = new ArrayList<>();
        for (Topic topic : graph.topics()) {
            boolean inCode = false;
            String[] lines = topic.body().split("\n");
            boolean[] corrections = correctionLines(lines);
            for (int k = 0; k < lines.length; k++) {
                String raw = lines[k];
                if (corrections[k]) {
                    continue;
                }
                if (raw.trim().startsWith("```")) {
                    inCode = !inCode;
                    continue;
                }
                for (String form : forms) {
                    String text = null;
                    if (inCode) {
                        int hash = raw.indexOf(" # ");
                        if (hash > 0 && containsWord(raw.substring(0, hash), form)
                                && sameCommand(p, raw.substring(0, hash))) {
                            text = "`" + raw.substring(0, hash).trim() + "`: " + raw.substring(hash + 3).trim();
                        }
                    } else if (raw.contains("`" + form + "`")) {
                        String sentence = sentenceWith(plainLine(raw), "`" + form + "`");
                        if (aboutThisCommand(p, topic, lines, k, sentence, descriptions)) {
                            text = sentence;
                        }
                    }
                    if (text != null) {
                        String found = text;
                        if (notes.stream().noneMatch(n -> n.text().equals(found))) {
                            notes.add(new Note(topic.id(), topic.title(), found));
                        }
                        break;
                    }
                }
            }
        }
        return notes;
    }

    private boolean aboutThisCommand(ParsedCommand p, Topic topic, String[] lines, int at, String sentence, String descriptions) {
        List<String> scope = dockerCommandsIn(sentence);
        if (scope.isEmpty()) {
            Matcher g = GLOSSARY.matcher(lines[at]);
            if (g.matches() && g.group(1).trim().startsWith("docker")) {
                scope = List.of(g.group(1).trim());
            }
        }
        if (scope.isEmpty()) {
            int start = at;
            while (start > 0 && !lines[start - 1].isBlank()) {
                start--;
            }
            int end = at;
            while (end + 1 < lines.length && !lines[end + 1].isBlank()) {
                end++;
            }
            scope = dockerCommandsIn(String.join("\n", java.util.Arrays.asList(lines).subList(start, end + 1)));
        }
        if (scope.isEmpty()) {
            scope = graph.commandUses(topic).stream().filter(u -> u.program().equals("docker")).map(CommandUse::text).toList();
        }
        if (!scope.isEmpty()) {
            return scope.stream().anyMatch(c -> sameCommand(p, c));
        }
        Set<String> words = contentWords(descriptions);
        return contentWords(sentence).stream().anyMatch(words::contains);
    }

    private static List<String> dockerCommandsIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DOCKER_IN_CODE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Search.tokens(text.replaceAll("`[^`]*`", " "))) {
            if (w.length() >= 4 && !COMMON.contains(w)) {
                out.add(Search.stem(w));
            }
        }
        return out;
    }

    private boolean sameCommand(ParsedCommand p, String line) {
        return namer.name(line).map(n -> n.equals(p.name())).orElse(false);
    }

    private static boolean containsWord(String line, String word) {
        for (String w : ShellWords.words(line)) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Note> conceptNote(String query) {
        List<Search.Hit> hits = graph.search().search(query, 3);
        for (Search.Hit hit : hits) {
            String title = hit.topic().title().toLowerCase(Locale.ROOT);
            boolean titled = Search.tokens(query).stream().map(Search::stem)
                    .anyMatch(w -> Search.tokens(title).stream().map(Search::stem).anyMatch(w::equals));
            if (titled) {
                return Optional.of(new Note(hit.topic().id(), hit.topic().title(), firstParagraph(hit.topic())));
            }
        }
        return Optional.empty();
    }

    /**
     * A line of the notes that a correction marks wrong and that this command is part of (the
     * dockerd of a systemd override), quoted with its correction when no note has it yet.
     */
    private List<Note> correctedLines(ParsedCommand p, List<Note> notes) {
        List<Note> out = new ArrayList<>();
        if (p.source().length() < SHORTEST_STATEMENT) {
            return out;
        }
        for (Topic t : graph.topics()) {
            for (Correction c : t.corrections()) {
                boolean shown = notes.stream().anyMatch(n -> n.corrections().contains(c));
                if (!shown && c.corrects(p.source())) {
                    out.add(new Note(t.id(), t.title(), c.statement(), List.of(c)));
                }
            }
        }
        return out;
    }

    /** True when a use of a command is only in a correction beside the notes, not in the user's words. */
    private static boolean onlyInCorrection(CommandUse use) {
        String[] lines = use.topic().body().split("\n");
        boolean[] corrections = correctionLines(lines);
        boolean inCorrection = false;
        for (int k = 0; k < lines.length; k++) {
            if (lines[k].contains(use.text())) {
                if (!corrections[k]) {
                    return false;
                }
                inCorrection = true;
            }
        }
        return inCorrection;
    }

    /** For a program other than docker: what the section using it says around it. */
    private List<Note> programNotes(ParsedCommand p, String name) {
        List<Note> notes = new ArrayList<>();
        for (CommandUse u : graph.commands(namer).getOrDefault(name, List.of())) {
            if (onlyInCorrection(u)) {
                continue;
            }
            String text = around(u);
            // the prose around a code line is quoted for it: a correction of the line itself goes with it
            List<Correction> ofLine = u.text().length() < SHORTEST_STATEMENT ? List.of()
                    : u.topic().corrections().stream().filter(c -> c.corrects(u.text())).toList();
            if (text.isEmpty()) {
                continue;
            }
            Optional<Note> same = notes.stream().filter(n -> n.text().equals(text)).findFirst();
            if (same.isEmpty()) {
                notes.add(new Note(u.topic().id(), u.topic().title(), text, ofLine));
            } else if (!ofLine.isEmpty()) {
                LinkedHashSet<Correction> both = new LinkedHashSet<>(same.get().corrections());
                both.addAll(ofLine);
                notes.set(notes.indexOf(same.get()), new Note(u.topic().id(), u.topic().title(), text, List.copyOf(both)));
            }
        }
        return notes;
    }

    /**
     * What the notes say about one use of a command: its comment, the nearest comment above it in
     * its code block, the sentence it stands in, or the prose just before (else after) its block.
     */
    static String around(CommandUse use) {
        String[] lines = use.topic().body().split("\n");
        boolean[] corrections = correctionLines(lines);
        int at = -1;
        boolean inCode = false;
        boolean[] code = new boolean[lines.length];
        for (int k = 0; k < lines.length; k++) {
            if (corrections[k]) {
                lines[k] = ""; // a correction is not the notes' words: as if it were a blank line here
            }
            if (lines[k].trim().startsWith("```")) {
                inCode = !inCode;
                code[k] = true;
                continue;
            }
            code[k] = inCode;
            if (at < 0 && lines[k].contains(use.text())) {
                at = k;
            }
        }
        if (at < 0) {
            return firstParagraph(use.topic());
        }
        if (!code[at]) {
            String line = plainLine(lines[at]);
            return line.contains("`" + use.text()) ? sentenceWith(line, "`" + use.text()) : line;
        }
        int own = lines[at].indexOf(" # ");
        if (own > 0) {
            return lines[at].substring(own + 3).trim();
        }
        int start = at;
        while (start > 0 && code[start - 1] && !lines[start - 1].trim().startsWith("```")) {
            start--;
        }
        for (int k = at - 1; k >= start; k--) {
            String t = lines[k].trim();
            if (t.startsWith("# ")) {
                return t.substring(2).trim();
            }
        }
        int end = at;
        while (end + 1 < lines.length && code[end + 1] && !lines[end + 1].trim().startsWith("```")) {
            end++;
        }
        for (int k = start; k <= end; k++) {
            int c = lines[k].indexOf(" # ");
            if (c > 0) {
                return lines[k].substring(c + 3).trim();
            }
        }
        String before = paragraph(lines, code, start - 2, -1);
        return before.isEmpty() ? paragraph(lines, code, end + 2, 1) : before;
    }

    /** The prose paragraph that touches line k, walking in direction dir; "" when it is a heading or code. */
    private static String paragraph(String[] lines, boolean[] code, int k, int dir) {
        while (k >= 0 && k < lines.length && lines[k].isBlank()) {
            k += dir;
        }
        List<String> out = new ArrayList<>();
        while (k >= 0 && k < lines.length && !lines[k].isBlank() && !code[k] && !lines[k].trim().startsWith("#")) {
            out.add(0 > dir ? 0 : out.size(), plainLine(lines[k].trim()));
            k += dir;
        }
        return String.join(" ", out);
    }

    private boolean knownProgram(String program) {
        if (!Programs.meaning(program).isEmpty()) {
            return true;
        }
        return graph.commandUses().stream().anyMatch(u -> u.program().equals(program));
    }

    // --- concepts and key sequences ----------------------------------------------------------

    private Explanation keysOrTerm(String input, GlossaryItem g) {
        Kind kind = KEYS.matcher(g.term()).matches() ? Kind.KEYS : Kind.CONCEPT;
        List<TopicRef> related = new ArrayList<>();
        related.add(new TopicRef(g.topic().id(), g.topic().title()));
        return new Explanation(input, kind, g.term(), List.of(), "", g.text(),
                List.of(new Note(g.topic().id(), g.topic().title(), g.text())), List.of(), List.of(), List.of(),
                List.of(), related, List.of(), null, List.of());
    }

    private Optional<Explanation> concept(String input, boolean searchAnyway) {
        Optional<Topic> topic = graph.findTopic(input);
        String snippet = null;
        if (topic.isEmpty()) {
            List<Search.Hit> hits = graph.search().search(input, 1);
            if (!hits.isEmpty()) {
                topic = Optional.of(hits.get(0).topic());
                snippet = hits.get(0).snippet();
            }
        }
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        Topic t = topic.get();
        List<TopicRef> related = new ArrayList<>();
        t.children().forEach(c -> related.add(new TopicRef(c.id(), c.title())));
        graph.related(t).forEach(r -> related.add(new TopicRef(r.id(), r.title())));
        if (t.parent() != null) {
            related.add(new TopicRef(t.parent().id(), t.parent().title()));
        }
        List<Note> notes = List.of(new Note(t.id(), t.title(), snippet != null ? snippet : section(t)));
        List<String> commands = graph.commandsTaught(t, namer);
        return Optional.of(new Explanation(input, Kind.CONCEPT, null, List.of(), "", t.title(), notes, List.of(),
                List.of(), List.of(), commands, List.copyOf(new LinkedHashSet<>(related)), List.of(), null, List.of()));
    }

    /** True when a word is nowhere in the notes, not even as a near spelling ("kubectl"). */
    private boolean unknownWord(String word) {
        String w = Search.stem(word);
        Set<String> vocabulary = graph.search().vocabulary();
        return !vocabulary.contains(w) && !vocabulary.contains(word.toLowerCase(Locale.ROOT))
                && Similarity.suggestions(w, List.copyOf(vocabulary), 1).isEmpty();
    }

    /** A command of another program that neither the notes nor the docker model know. */
    private Explanation notCovered(String input, String program) {
        return new Explanation(input, Kind.NOT_FOUND, null, List.of(), "", "", List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of("`" + input + "` is not a docker command, and the notes do not cover `"
                        + program + "`"), null, List.of());
    }

    private Explanation notFound(String input) {
        List<String> candidates = new ArrayList<>(graph.ids());
        glossary().forEach(g -> candidates.add(g.term()));
        cli.all().forEach(c -> candidates.add(c.name()));
        List<String> nearest = Similarity.suggestions(input, candidates, 5);
        if (nearest.isEmpty()) {
            nearest = graph.search().search(input, 3).stream().map(h -> h.topic().id()).toList();
        }
        return new Explanation(input, Kind.NOT_FOUND, null, List.of(), "", "", List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of("neither the notes nor docker's commands know `" + CommandParser.shown(input) + "`"), null, nearest);
    }

    private List<String> nearestCommands(String typed) {
        List<String> names = new ArrayList<>(cli.names());
        return Similarity.suggestions(typed, names, 3);
    }

    // --- the notes' command glossary ---------------------------------------------------------

    private Optional<GlossaryItem> glossaryItem(String input) {
        String in = normalizeKeys(input);
        return glossary().stream().filter(g -> g.term().equalsIgnoreCase(input) || normalizeKeys(g.term()).equals(in)).findFirst();
    }

    /** "Ctrl-P Ctrl-Q", "ctrl+p ctrl+q", "Ctrl-PQ" -> "ctrl-pq". */
    private static String normalizeKeys(String s) {
        String k = s.toLowerCase(Locale.ROOT).trim();
        if (!KEYS.matcher(k).matches()) {
            return k;
        }
        return "ctrl-" + k.replaceAll("(control|ctrl|\\^)", "").replaceAll("[-+ ,]", "");
    }

    private synchronized List<GlossaryItem> glossary() {
        if (glossary == null) {
            List<GlossaryItem> items = new ArrayList<>();
            for (Topic t : graph.topics()) {
                for (String line : t.body().split("\n")) {
                    Matcher m = GLOSSARY.matcher(line);
                    if (m.matches()) {
                        String term = m.group(1).trim();
                        String name = term.startsWith("docker") ? namer.name(term).orElse(term) : term;
                        items.add(new GlossaryItem(term, name, t, plainLine(m.group(2).trim())));
                    }
                }
            }
            glossary = List.copyOf(items);
        }
        return glossary;
    }

    // --- text helpers ------------------------------------------------------------------------

    /** Markdown emphasis and links removed; code spans kept in backticks. */
    static String plainLine(String markdown) {
        return markdown.replaceAll("\\*\\*([^*]+)\\*\\*", "$1").replaceAll("(?<![\\w*])\\*([^*]+)\\*", "$1")
                .replaceAll("\\[([^\\]]+)]\\([^)]*\\)", "$1").trim();
    }

    private static String sentenceWith(String text, String needle) {
        int at = text.indexOf(needle);
        int start = 0;
        for (int k = at - 1; k > 0; k--) {
            if (text.charAt(k) == ' ' && (text.charAt(k - 1) == '.' || text.charAt(k - 1) == '!' || text.charAt(k - 1) == '?')) {
                start = k + 1;
                break;
            }
        }
        int end = text.length();
        Matcher m = Pattern.compile("[.!?](\\s|$)").matcher(text);
        if (m.find(at + needle.length())) {
            end = m.start() + 1;
        }
        return text.substring(start, end).replaceFirst("^[-*+]\\s+", "").trim();
    }

    /** Sections up to this long (prose, without code) are shown whole; longer ones by their first paragraph. */
    static final int SHORT_SECTION = 700;

    /** A short section's prose whole, one paragraph or list item a line; a long one's first paragraph. */
    static String section(Topic topic) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inCode = false;
        for (String raw : withoutCorrections(topic.body())) {
            String line = raw.trim();
            if (line.startsWith("```")) {
                inCode = !inCode;
            }
            boolean item = line.matches("([-*+]|\\d+[.)])\\s+.*");
            if (inCode || line.startsWith("```") || line.startsWith("#") || line.isEmpty() || item) {
                if (!current.isEmpty()) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                if (item && !inCode) {
                    current.append(plainLine(line));
                }
                continue;
            }
            current.append(current.isEmpty() ? "" : " ").append(plainLine(line));
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        String whole = String.join("\n", paragraphs);
        if (paragraphs.size() > 1 && whole.length() <= SHORT_SECTION) {
            return whole;
        }
        return firstParagraph(topic);
    }

    /** A body's lines, a correction's lines blank. */
    private static String[] withoutCorrections(String body) {
        String[] lines = body.split("\n");
        boolean[] corrections = correctionLines(lines);
        for (int k = 0; k < lines.length; k++) {
            if (corrections[k]) {
                lines[k] = "";
            }
        }
        return lines;
    }

    /** The topic's first paragraph of prose (or list), without code. */
    static String firstParagraph(Topic topic) {
        List<String> lines = new ArrayList<>();
        boolean inCode = false;
        for (String raw : withoutCorrections(topic.body())) {
            String line = raw.trim();
            if (line.startsWith("```")) {
                inCode = !inCode;
                if (!lines.isEmpty()) {
                    break;
                }
                continue;
            }
            if (inCode || line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                if (!lines.isEmpty()) {
                    break;
                }
                continue;
            }
            lines.add(plainLine(line));
        }
        String text = String.join(" ", lines);
        if (text.isEmpty() && !topic.children().isEmpty()) {
            return firstParagraph(topic.children().get(0));
        }
        return text.length() > 400 ? text.substring(0, text.lastIndexOf(' ', 400)) + " …" : text;
    }
}
