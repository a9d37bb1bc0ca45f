package dev.dockernotes.explain;

import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.docker.CommandParser;
import dev.dockernotes.docker.ParsedCommand;
import dev.dockernotes.docker.ValueMeaning;
import dev.dockernotes.docker.LookAlikes;
import dev.dockernotes.notes.CommandUse;
import dev.dockernotes.content.Problem;
import dev.dockernotes.notes.TopicGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lints every docker command line of the notes (code blocks and inline code) against the docker
 * model: unknown commands and flags (with the one probably meant), flags without their value,
 * values docker refuses, and typographic dashes or quotes where the shell needs plain ones.
 * Placeholders ({@code <container>}, {@code $VAR}) are values like any other; prose is not read.
 */
public final class DockerLineLint {
    private DockerLineLint() {}

    public static List<Problem> check(TopicGraph graph, DockerCli cli) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> longFlags = new java.util.HashSet<>();
        cli.globalFlags().forEach(f -> longFlags.add(f.longName()));
        cli.all().forEach(c -> c.flags().forEach(f -> longFlags.add(f.longName())));
        for (CommandUse use : graph.commandUses()) {
            if (!use.program().equals("docker")) {
                continue;
            }
            for (String message : problems(cli, LookAlikes.fix(use.text(), longFlags::contains))) {
                // the message quotes the notes: control characters (escape sequences) are shown as ?, never sent
                Problem p = new Problem(use.topic().file(), use.line(), dev.dockernotes.text.Controls.visible(message));
                if (seen.add(p.toString())) {
                    problems.add(p);
                }
            }
        }
        return problems;
    }

    /** What is wrong with one command line, one sentence each; empty when docker would take it. */
    public static List<String> problems(DockerCli cli, String line) {
        return problems(cli, LookAlikes.fix(line, cli));
    }

    private static List<String> problems(DockerCli cli, LookAlikes.Result fixed) {
        List<String> out = new ArrayList<>(fixed.problems());
        for (ParsedCommand p : CommandParser.parseLine(cli, fixed.fixed())) {
            if (p.isDocker()) {
                out.addAll(p.problems());
                out.addAll(ValueMeaning.refusals(cli, p));
            }
        }
        return out;
    }
}
