package dev.dockernotes.explain;

import dev.dockernotes.docker.CommandParser;
import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.docker.ParsedCommand;
import dev.dockernotes.notes.Search;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.text.Similarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What explain says when it knows nothing: a misspelt docker command (with the one probably meant),
 * a command of another program the notes do not cover, or words nothing knows (with the nearest
 * topics, terms and commands).
 */
final class NotFoundExplainer {
    private final TopicGraph graph;
    private final DockerCli cli;
    private final Glossary glossary;

    NotFoundExplainer(TopicGraph graph, DockerCli cli, Glossary glossary) {
        this.graph = graph;
        this.cli = cli;
        this.glossary = glossary;
    }

    /** A docker command line whose command is misspelt or unknown: its problems, the suggestion or the nearest commands. */
    Explanation misread(String input, ParsedCommand first) {
        List<String> nearest = first.suggestion().map(List::of)
                .orElseGet(() -> Similarity.suggestions(first.typed(), new ArrayList<>(cli.names()), 3));
        return Explanation.notFound(input, first.problems(), first.suggestion().orElse(null), nearest);
    }

    /** A command of another program that neither the notes nor the docker model know. */
    Explanation notCovered(String input, String program) {
        return Explanation.notFound(input, List.of("`" + input + "` is not a docker command, and the notes do not cover `"
                + program + "`"), null, List.of());
    }

    Explanation notFound(String input) {
        List<String> candidates = new ArrayList<>(graph.ids());
        glossary.entries().forEach(g -> candidates.add(g.term()));
        cli.all().forEach(c -> candidates.add(c.name()));
        List<String> nearest = Similarity.suggestions(input, candidates, 5);
        if (nearest.isEmpty()) {
            nearest = graph.search().search(input, 3).stream().map(h -> h.topic().id()).toList();
        }
        return Explanation.notFound(input, List.of("neither the notes nor docker's commands know `"
                + CommandParser.shown(input) + "`"), null, nearest);
    }

    /** True when a word is nowhere in the notes, not even as a near spelling ("kubectl"). */
    boolean unknownWord(String word) {
        String w = Search.stem(word);
        Set<String> vocabulary = graph.search().vocabulary();
        return !vocabulary.contains(w) && !vocabulary.contains(word.toLowerCase(Locale.ROOT))
                && Similarity.suggestions(w, List.copyOf(vocabulary), 1).isEmpty();
    }
}
