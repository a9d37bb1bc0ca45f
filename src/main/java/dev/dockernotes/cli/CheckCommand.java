package dev.dockernotes.cli;

import dev.dockernotes.notes.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check the notes (and quizzes and labs): broken links and anchors, duplicate anchors, empty sections,",
            "unreadable files, lab files that do not follow the format. One line per problem as file:line: message;",
            "exit 0 only when clean."})
final class CheckCommand extends BaseCommand {

    @picocli.CommandLine.Option(names = "--labs", paramLabel = "DIR",
            description = "Check the lab files in this folder instead of the built-in labs.")
    java.nio.file.Path labs;

    CheckCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        List<Problem> problems = new ArrayList<>(graph().problems());
        java.util.Set<String> chapters = new java.util.HashSet<>();
        graph().chapters().forEach(c -> chapters.add(c.chapterKey()));
        dev.dockernotes.lab.LabCatalog labCatalog = labs == null ? dev.dockernotes.lab.LabCatalog.loadBuiltIn(chapters)
                : dev.dockernotes.lab.LabCatalog.loadFolder(labs, chapters);
        problems.addAll(labCatalog.problems());
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        problems.forEach(p -> out().println(p));
        int topics = graph().topics().size();
        if (problems.isEmpty()) {
            out().println("ok: " + graph().files().size() + " files, " + topics + " topics, " + labCatalog.labs().size()
                    + " labs, no problems");
            return ExitCodes.OK;
        }
        err().println("dockernotes: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found");
        return ExitCodes.FAILURE;
    }
}
