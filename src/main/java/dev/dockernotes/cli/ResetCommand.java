package dev.dockernotes.cli;

import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.Reading;
import dev.dockernotes.progress.SectionMark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reset", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Forget progress: one chapter's reading, or everything. Asks first.",
            "Without a chapter everything is forgotten, keeping a copy of the old progress file.",
            "Asks first unless --yes is given."})
final class ResetCommand extends BaseCommand {
    @Parameters(paramLabel = "CHAPTER", arity = "0..1", completionCandidates = ChapterCandidates.class,
            description = "The chapter whose reading progress to forget (chapter2, 2, ch2, ...). Without it: everything.")
    String chapterName;

    @Option(names = {"-y", "--yes"}, description = "Do not ask; forget right away.")
    boolean yes;

    ResetCommand(AppContext ctx) {
        super(ctx);
    }

    /** An answer to a yes/no question: yes, no, or none at all (end of input). */
    private enum Answer { YES, NO, NONE }

    @Override
    protected int run() throws Exception {
        return chapterName == null ? resetAll() : resetChapter(graph(), graph().resolveChapter(chapterName));
    }

    private int resetChapter(TopicGraph graph, Topic chapter) {
        String key = chapter.chapterKey();
        Progress progress = loadProgress();
        Reading reading = progress.reading(graph);
        boolean anyMark = !reading.marksIn(chapter).isEmpty()
                || progress.readMarks().stream().anyMatch(m -> key.equals(m.chapter()));
        if (!anyMark) {
            out().println("Nothing to forget: no section of " + key + " is marked read.");
            return ExitCodes.OK;
        }
        int read = reading.readSections(chapter).size();
        int total = graph.lessonSections(chapter).size();
        Answer answer = ask("Forget reading progress for " + key + " (" + read + "/" + total + " sections read)?");
        if (answer != Answer.YES) {
            return declined(answer);
        }
        int[] forgotten = new int[1];
        updateProgress(p -> {
            // Resolve again against the file as it is now: another dockernotes may have saved meanwhile.
            List<SectionMark> marks = p.reading(graph).marksIn(chapter);
            int before = p.readMarks().size();
            p.forget(marks);
            p.forgetChapter(key);
            forgotten[0] = before - p.readMarks().size();
        });
        out().println("Forgot reading progress for " + key + " (" + forgotten[0]
                + (forgotten[0] == 1 ? " section)." : " sections)."));
        return ExitCodes.OK;
    }

    private int resetAll() {
        Progress progress = loadProgress();
        if (progress.isEmpty()) {
            out().println("Nothing to forget: no progress is saved.");
            return ExitCodes.OK;
        }
        Answer answer = ask("Forget all progress (sections read, quiz results, labs)?");
        if (answer != Answer.YES) {
            return declined(answer);
        }
        Optional<Path> backup = progressStore().resetAll();
        printProgressNotices();
        out().println("Forgot all progress." + backup.map(p -> " The old file is kept as " + p + ".").orElse(""));
        return ExitCodes.OK;
    }

    private int declined(Answer answer) {
        if (answer == Answer.NONE) {
            err().println("dockernotes: nothing forgotten: no answer (use --yes to skip the question)");
            err().flush();
            return ExitCodes.FAILURE;
        }
        out().println("Nothing forgotten.");
        return ExitCodes.OK;
    }

    /** Asks on the terminal when there is one, else reads a line from standard input. */
    private Answer ask(String question) {
        if (yes) {
            return Answer.YES;
        }
        String prompt = question + " [y/N] ";
        String line;
        Optional<Terminal> terminal = ctx.terminal();
        if (terminal.isPresent()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal.get()).build();
            try {
                line = reader.readLine(prompt);
            } catch (UserInterruptException | EndOfFileException e) {
                line = null;
            }
        } else {
            err().print(prompt);
            err().flush();
            line = readLine(ctx.env().stdin());
            if (line == null) {
                err().println();
            }
        }
        if (line == null) {
            return Answer.NONE;
        }
        String a = line.trim().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes") ? Answer.YES : Answer.NO;
    }

    /** One line, read byte by byte so nothing after it is consumed; null at end of input. */
    private static String readLine(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1 && line.size() == 0) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8).replaceFirst("\r$", "");
    }
}
