package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.Screens.Answer;
import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.lab.Lab;
import dev.dockernotes.lab.LabCatalog;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.Forgotten;
import dev.dockernotes.progress.LabRecord;
import dev.dockernotes.progress.Loaded;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.QuizRecord;
import dev.dockernotes.progress.Reading;
import dev.dockernotes.progress.SectionMark;
import dev.dockernotes.quiz.QuizBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reset", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Forget progress: a chapter's reading, quiz results and lab progress, or everything. Asks first.",
            "With a CHAPTER: the sections of it you have read (and your place in it), your answers to its quiz"
                + " questions with their review schedule, and the progress of its labs (steps done, hints used).",
            "Without a CHAPTER: the same for every chapter.",
            "--reading, --quiz and --labs forget only those parts (they combine); without them, all three.",
            "It says what it will forget and asks once, unless --yes is given. A copy of the old progress"
                + " file is kept next to it (progress.json.bak-TIME). Containers of a lab are not touched: see lab reset."})
final class ResetCommand extends BaseCommand {
    @Parameters(paramLabel = "CHAPTER", arity = "0..1", completionCandidates = ChapterCandidates.class,
            description = "The chapter to forget (chapter2, 2, ch2, ...). Without it: every chapter.")
    String chapterName;

    @Option(names = "--reading", description = "Forget the sections read (and where you stopped).")
    boolean reading;

    @Option(names = "--quiz", description = "Forget quiz answers and when questions are due for review.")
    boolean quiz;

    @Option(names = "--labs", description = "Forget labs' progress: steps done and hints used.")
    boolean labs;

    @Option(names = {"-y", "--yes"}, description = "Do not ask; forget right away.")
    boolean yes;

    ResetCommand(AppContext ctx) {
        super(ctx);
    }

    /** What one reset would forget, worked out against one snapshot of progress. */
    private record Plan(List<SectionMark> marks, int sectionsRead, int sections, List<String> questions,
                        int answers, List<String> labIds, int labSteps) {
        boolean isEmpty() {
            return marks.isEmpty() && questions.isEmpty() && labIds.isEmpty();
        }

        /** "2/8 sections read, 3 quiz questions answered, progress in lab chapter3-ports (2 steps done)" */
        String describe(boolean withTotals) {
            List<String> parts = new ArrayList<>();
            if (!marks.isEmpty()) {
                parts.add(withTotals && sections > 0 ? sectionsRead + "/" + sections + " sections read"
                        : marks.size() + (marks.size() == 1 ? " section read" : " sections read"));
            }
            if (!questions.isEmpty()) {
                parts.add(questions.size() + (questions.size() == 1 ? " quiz question" : " quiz questions") + " answered"
                        + (withTotals ? " (" + answers + (answers == 1 ? " answer)" : " answers)") : ""));
            }
            if (!labIds.isEmpty()) {
                parts.add("progress in " + (labIds.size() == 1 ? "lab " : "labs ") + String.join(", ", labIds)
                        + (withTotals ? " (" + labSteps + (labSteps == 1 ? " step done)" : " steps done)") : ""));
            }
            return String.join(", ", parts);
        }
    }

    @Override
    protected int run() throws Exception {
        boolean all = !reading && !quiz && !labs;
        TopicGraph graph = graph();
        Optional<Topic> chapter = chapterName == null ? Optional.empty() : Optional.of(graph.resolveChapter(chapterName));
        Loaded loaded = progressStore().loadToRecord();
        Progress progress = loaded.progress();
        Optional<String> refused = progressStore().notSavedBecause();
        printNoticesExceptNotSaved(loaded.notices());
        if (refused.isPresent() && (!progress.isEmpty() || Files.exists(progressStore().file()))) {
            throw new DockernotesException("cannot reset: progress is not being saved: " + refused.get());
        }
        if (chapter.isEmpty() && all) {
            return resetAll(progress);
        }
        Plan plan = plan(graph, chapter, progress, all);
        String scope = chapter.map(Topic::chapterKey).orElse("every chapter");
        if (plan.isEmpty()) {
            List<String> none = new ArrayList<>();
            if (all || reading) {
                none.add("no sections read");
            }
            if (all || quiz) {
                none.add("no quiz answers");
            }
            if (all || labs) {
                none.add("no lab progress");
            }
            out().println("Nothing to forget for " + scope + ": " + String.join(", ", none) + ".");
            return ExitCodes.OK;
        }
        Answer answer = ask("Forget " + (chapter.isPresent() ? scope : "in every chapter") + ": " + plan.describe(true) + "?");
        if (answer != Answer.YES) {
            return declined(answer);
        }
        Plan[] done = new Plan[1];
        Forgotten forgotten = progressStore().forget(p -> {
            // Work it out again on the file as it is now: another dockernotes may have saved meanwhile.
            Plan now = plan(graph, chapter, p, all);
            p.forget(now.marks());
            if (chapter.isPresent() && (all || reading)) {
                p.forgetChapter(chapter.get().chapterKey());
            } else if (all || reading) {
                p.forgetReading();
            }
            p.forgetQuiz(now.questions());
            now.labIds().forEach(p::forgetLab);
            done[0] = now;
            return p;
        });
        printNoticesExceptNotSaved(forgotten.notices());
        Optional<Path> backup = forgotten.backup();
        out().println("Forgot " + (chapter.isPresent() ? scope : "in every chapter") + ": "
                + (done[0] == null || done[0].isEmpty() ? plan : done[0]).describe(false) + "."
                + backup.map(p -> " The old file is kept as " + p + ".").orElse(""));
        return ExitCodes.OK;
    }

    /** The parts asked for (all three when none is named), of one chapter or of all. */
    private Plan plan(TopicGraph graph, Optional<Topic> chapter, Progress progress, boolean all) {
        List<SectionMark> marks = new ArrayList<>();
        int read = 0;
        int total = 0;
        if (all || reading) {
            Reading r = progress.reading(graph);
            if (chapter.isPresent()) {
                marks.addAll(r.marksIn(chapter.get()));
                String key = chapter.get().chapterKey();
                progress.readMarks().stream().filter(m -> key.equals(m.chapter()) && !marks.contains(m)).forEach(marks::add);
                read = r.readSections(chapter.get()).size();
                total = graph.lessonSections(chapter.get()).size();
            } else {
                marks.addAll(progress.readMarks());
                for (Topic c : graph.chapters()) {
                    read += r.readSections(c).size();
                    total += graph.lessonSections(c).size();
                }
            }
        }
        List<String> questions = new ArrayList<>();
        int answers = 0;
        if (all || quiz) {
            Set<String> ids;
            if (chapter.isPresent()) {
                QuizBank bank = QuizBank.load(graph, globals().notes());
                ids = new HashSet<>();
                QuizBank.about(bank.written(), chapter.get()).forEach(q -> ids.add(q.id()));
                QuizBank.about(bank.generated(), chapter.get()).forEach(q -> ids.add(q.id()));
            } else {
                ids = progress.quizRecords().keySet();
            }
            for (Map.Entry<String, QuizRecord> e : progress.quizRecords().entrySet()) {
                if (ids.contains(e.getKey())) {
                    questions.add(e.getKey());
                    answers += e.getValue().answered();
                }
            }
        }
        List<String> labIds = new ArrayList<>();
        int steps = 0;
        if (all || labs) {
            Set<String> ids = new HashSet<>(progress.labRecords().keySet());
            if (chapter.isPresent()) {
                ids.retainAll(LabCatalog.loadBuiltIn(Set.of(chapter.get().chapterKey())).ofChapter(chapter.get().chapterKey())
                        .stream().map(Lab::id).toList());
            }
            for (Map.Entry<String, LabRecord> e : progress.labRecords().entrySet()) {
                if (ids.contains(e.getKey())) {
                    labIds.add(e.getKey());
                    steps += e.getValue().finishedSteps().size();
                }
            }
        }
        return new Plan(marks, read, total, questions, answers, labIds, steps);
    }

    private int resetAll(Progress progress) {
        if (progress.isEmpty()) {
            out().println("Nothing to forget: no progress is saved.");
            return ExitCodes.OK;
        }
        Answer answer = ask("Forget all progress (sections read, quiz results, labs)?");
        if (answer != Answer.YES) {
            return declined(answer);
        }
        Forgotten forgotten = progressStore().resetAll();
        printNoticesExceptNotSaved(forgotten.notices());
        Optional<Path> backup = forgotten.backup();
        out().println("Forgot all progress." + backup.map(p -> " The old file is kept as " + p + ".").orElse(""));
        return ExitCodes.OK;
    }

    /** Notices (a corrupt file moved aside...); "not being saved" becomes this command's one error instead. */
    private void printNoticesExceptNotSaved(List<String> notices) {
        for (String notice : notices) {
            if (!notice.startsWith("progress is not being saved: ")) {
                reporter().error(notice);
            }
        }
        err().flush();
    }

    private int declined(Answer answer) {
        if (answer == Answer.NONE) {
            reporter().error("nothing forgotten: no answer (use --yes to skip the question)");
            return ExitCodes.FAILURE;
        }
        out().println("Nothing forgotten.");
        return ExitCodes.OK;
    }

    /** --yes, or the same yes/no question every command asks before what cannot be undone. */
    private Answer ask(String question) {
        return yes ? Answer.YES : screens().confirm(question, err());
    }
}
