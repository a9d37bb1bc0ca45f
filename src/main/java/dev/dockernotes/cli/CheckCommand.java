package dev.dockernotes.cli;

import dev.dockernotes.notes.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check the notes (and quizzes): broken links and anchors, duplicate anchors, empty sections,",
            "unreadable files. One line per problem as file:line: message; exit 0 only when clean."})
final class CheckCommand extends BaseCommand {

    CheckCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        List<Problem> problems = new ArrayList<>(graph().problems());
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        problems.forEach(p -> out().println(p));
        int topics = graph().topics().size();
        if (problems.isEmpty()) {
            out().println("ok: " + graph().files().size() + " files, " + topics + " topics, no problems");
            return ExitCodes.OK;
        }
        err().println("dockernotes: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found");
        return ExitCodes.FAILURE;
    }
}
