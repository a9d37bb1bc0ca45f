package dev.dockernotes.explain;

import dev.dockernotes.docker.CommandNamer;
import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.docker.ParsedCommand;
import dev.dockernotes.docker.Programs;
import dev.dockernotes.docker.Token;
import dev.dockernotes.docker.ValueMeaning;
import dev.dockernotes.explain.Explanation.ExplainedToken;
import dev.dockernotes.explain.Explanation.Note;
import dev.dockernotes.explain.Explanation.Part;
import dev.dockernotes.explain.Explanation.Use;
import dev.dockernotes.notes.CommandUse;
import dev.dockernotes.notes.Correction;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Explains a command line token by token, one part per command (split at pipes and lists): each
 * token's role and meaning read for its command (a value for its flag), what the notes say about
 * each flag, the installed docker's words where they differ, what docker would refuse; for
 * another program, what the notes say around its uses.
 */
final class LineExplainer {
    private final TopicGraph graph;
    private final CommandNamer namer;
    private final DockerCli cli;
    private final Function<DockerCli.Command, Map<String, String>> installedHelp;
    private final Glossary glossary;
    private final Uses uses;
    private final FlagNotes flagNotes;

    LineExplainer(TopicGraph graph, CommandNamer namer, DockerCli cli,
                  Function<DockerCli.Command, Map<String, String>> installedHelp, Glossary glossary, Uses uses) {
        this.graph = graph;
        this.namer = namer;
        this.cli = cli;
        this.installedHelp = installedHelp;
        this.glossary = glossary;
        this.uses = uses;
        this.flagNotes = new FlagNotes(graph, namer);
    }

    Explanation explain(String input, List<ParsedCommand> parsed) {
        List<Part> parts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Use> used = new ArrayList<>();
        Map<List<Object>, List<Note>> seen = new HashMap<>(); // a word repeated is looked up in the notes once
        for (ParsedCommand p : parsed) {
            Map<String, String> installed = p.command().map(this::installed).orElse(Map.of());
            List<ExplainedToken> tokens = new ArrayList<>();
            List<Token> fitted = fitted(p);
            for (int k = 0; k < fitted.size(); k++) {
                Token t = fitted.get(k);
                Token next = k + 1 < fitted.size() ? fitted.get(k + 1) : null;
                String value = next != null && next.kind() == Token.Kind.VALUE && t.flags().contains(next.flag()) ? next.text() : null;
                List<Note> said = seen.computeIfAbsent(Arrays.asList(p.name(), t, value), x -> flagNotes.of(p, t, value));
                tokens.add(new ExplainedToken(t, said, installedLine(t, installed, p)));
            }
            problems.addAll(ValueMeaning.refusals(cli, p));
            String description = p.command().map(DockerCli.Command::description)
                    .or(() -> p.group().map(DockerCli.Command::description))
                    .orElse(Programs.meaning(p.program()));
            parts.add(new Part(p.source(), p.name(), description, tokens, p.problems(), p.operator()));
            problems.addAll(p.problems());
            String name = p.isDocker() ? p.name() : namer.name(p.source()).orElse(p.name());
            for (Note g : glossary.notesOn(name)) {
                if (notes.stream().noneMatch(n -> n.text().equals(g.text()))) {
                    notes.add(g);
                }
            }
            if (!p.isDocker()) {
                notes.addAll(programNotes(p, name));
                notes.addAll(correctedLines(p, notes));
            }
            used.addAll(uses.of(name));
        }
        ParsedCommand first = parsed.get(0);
        return Explanation.line(input, first.name(), first.command().or(first::group).orElse(null), notes, used, parts, problems);
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
                Optional<DockerCli.Flag> flag = ValueMeaning.flagOf(cli, p, t.flag());
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

    /** For a program other than docker: what the section using it says around it. */
    private List<Note> programNotes(ParsedCommand p, String name) {
        List<Note> notes = new ArrayList<>();
        for (CommandUse u : graph.commands(namer).getOrDefault(name, List.of())) {
            if (NotesText.onlyInCorrection(u)) {
                continue;
            }
            String text = NotesText.around(u);
            // the prose around a code line is quoted for it: a correction of the line itself goes with it
            List<Correction> ofLine = u.text().length() < CorrectedNotes.SHORTEST_STATEMENT ? List.of()
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
     * A line of the notes that a correction marks wrong and that this command is part of (the
     * dockerd of a systemd override), quoted with its correction when no note has it yet.
     */
    private List<Note> correctedLines(ParsedCommand p, List<Note> notes) {
        List<Note> out = new ArrayList<>();
        if (p.source().length() < CorrectedNotes.SHORTEST_STATEMENT) {
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
}
