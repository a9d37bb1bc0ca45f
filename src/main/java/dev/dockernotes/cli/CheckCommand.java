package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.content.Problem;
import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.explain.DockerLineLint;
import dev.dockernotes.content.Problem;
import dev.dockernotes.quiz.QuizBank;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check the notes, quizzes and labs: one line per problem as file:line: message.",
            "Notes: broken links and anchors, duplicate anchors, empty sections, unreadable files, and docker command lines"
                + " (in code blocks and inline code) that docker would not run: unknown commands and flags, flags without a value,"
                + " values docker refuses, typographic dashes and quotes;",
            "quiz files: malformed JSON, unknown types and topics, missing fields, duplicate ids;",
            "lab files: unknown check types, parameters or chapters, missing hints or solutions.",
            "One line per problem as file:line: message; exit 0 only when clean."})
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
        problems.addAll(DockerLineLint.check(graph(), DockerCli.builtIn()));
        java.util.Set<String> chapters = new java.util.HashSet<>();
        graph().chapters().forEach(c -> chapters.add(c.chapterKey()));
        // The built-in labs belong to the built-in notes: with --notes DIR only --labs DIR is checked.
        dev.dockernotes.lab.LabCatalog labCatalog = labs != null ? dev.dockernotes.lab.LabCatalog.loadFolder(labs, chapters)
                : globals().notes() == null ? dev.dockernotes.lab.LabCatalog.loadBuiltIn(chapters) : null;
        if (labCatalog != null) {
            problems.addAll(labCatalog.problems());
        }
        QuizBank quizzes = QuizBank.load(graph(), globals().notes());
        problems.addAll(quizzes.problems());
        problems.sort(Problem.ORDER);
        problems.forEach(p -> out().println(p.format()));
        int topics = graph().topics().size();
        int count = problems.size();
        if (count == 0) {
            out().println("ok: " + graph().files().size() + " files, " + topics + " topics, "
                    + quizzes.written().size() + " quiz questions, "
                    + (labCatalog == null ? "" : labCatalog.labs().size() + " labs, ") + "no problems");
            return ExitCodes.OK;
        }
        reporter().error(count + (count == 1 ? " problem" : " problems") + " found");
        return ExitCodes.FAILURE;
    }
}
