package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.Styles;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.QuizRecord;
import dev.dockernotes.quiz.AnswerChecker;
import dev.dockernotes.quiz.DockerCommandChecker;
import dev.dockernotes.quiz.Presented;
import dev.dockernotes.quiz.QuizBank;
import dev.dockernotes.quiz.QuizPlanner;
import dev.dockernotes.quiz.QuizSession;
import dev.dockernotes.quiz.Scheduler;
import dev.dockernotes.quiz.Verdict;
import dev.dockernotes.tui.LinePrompter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quiz", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Take a quiz on a chapter or topic, with feedback after each answer and spaced review.",
            "Questions about a chapter or topic (all chapters by default); at the end the score and the topics",
            "to re-read. Every answer is saved for spaced review.",
            "Not on a terminal, answers are read one per line from standard input: a letter for a choice,",
            "letters for several (a,c), t or f, numbers in order (3,1,2), a command or a word. q quits."})
final class QuizCommand extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "CHAPTER|TOPIC", completionCandidates = TopicCandidates.class,
            description = "A chapter (chapter2, 2, ch2, a title word), a topic id, one question's id (ch3-detach-keys),"
                    + " or all; default: everything (in the shell: the chapter in the prompt).")
    String scope;

    @Option(names = "--count", paramLabel = "N", description = "Ask at most N questions (default: ${DEFAULT-VALUE}).")
    int count = 10;

    @Option(names = "--seed", paramLabel = "N", description = "Pick and order the questions reproducibly.")
    Long seed;

    @Option(names = "--review", description = "Ask the questions due for review first (spaced repetition, SM-2).")
    boolean review;

    @Option(names = "--generated", description = "Ask questions generated from the notes instead of the quiz files.")
    boolean generated;

    @Mixin
    JsonOption json;

    QuizCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        if (count < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1, not " + count);
        }
        TopicGraph graph = graph();
        QuizBank bank = QuizBank.load(graph, globals().notes());
        bank.problems().forEach(p -> reporter().warning(p + " (question skipped; see 'dockernotes check')"));
        QuizPlanner.Pool pool = QuizPlanner.pool(bank, graph, scope(graph), generated);
        if (pool.fallback()) {
            reporter().error("no quiz questions written for " + pool.topic().map(Topic::id).orElse("these notes")
                    + "; asking questions generated from the notes");
        }
        Instant now = Instant.now();
        Progress progress = loadProgressToRecord();
        Random random = seed == null ? new Random() : new Random(seed);
        QuizPlanner.Plan planned = QuizPlanner.plan(pool.questions(), count, random, review, progress, now);
        List<Presented> plan = planned.questions();
        if (review && !json.json()) {
            long dueNow = planned.dueNow();
            out().println(dueNow == 0 ? "Nothing is due for review; asking other questions." : dueNow + " due for review first.");
        }
        AnswerChecker checker = new AnswerChecker(new DockerCommandChecker());
        QuizSession session = new QuizSession(plan, checker);
        QuizSession.Prompter prompter = prompter(checker);
        QuizPrinter printer = new QuizPrinter(graph, json.json() ? null : out(), Styles.of(style()), style().width(), ctx.inShell());
        Scheduler scheduler = new Scheduler();
        QuizSession.Outcome outcome = session.run(prompter, new QuizSession.Listener() {
            @Override
            public void asking(Presented shown) {
                printer.question(shown);
            }

            @Override
            public void answered(Presented shown, Verdict verdict) {
                Instant at = Instant.now();
                recordProgress(p -> {
                    QuizRecord record = p.quiz(shown.question().id());
                    record.addAttempt(at, verdict.correct(), verdict.given());
                    scheduler.review(record.schedule(), verdict.correct(), at);
                });
                printer.feedback(shown, verdict);
            }
        });
        if (json.json()) {
            printJson(outcome);
        } else {
            printer.summary(outcome, progressIsSaved());
        }
        // Ctrl-C: 130 as README promises (and learn gives); in the shell it only ends the quiz.
        boolean interrupted = outcome.stoppedBecause().equals("interrupted") || ctx.stopRequested();
        return interrupted && !ctx.inShell() ? ExitCodes.INTERRUPTED : ExitCodes.OK;
    }

    /**
     * The chapter or topic asked about, null for everything: "all" is everything; in the shell a
     * scope left out is the prompt's chapter (picocli's default value), except for --review, which
     * reviews everything due.
     */
    private String scope(TopicGraph graph) {
        boolean typed = typedPositional(0);
        if (scope == null || !typed && review || scope.equalsIgnoreCase("all") && graph.findTopic(scope).isEmpty()) {
            return null;
        }
        return scope;
    }

    /** The terminal widgets when interactive (and not --json); else one answer per line of standard input. */
    private QuizSession.Prompter prompter(AnswerChecker checker) {
        if (json.json()) { // answers as lines, even on a terminal: the output is for a program
            BufferedReader in = new BufferedReader(new InputStreamReader(ctx.env().stdin(), StandardCharsets.UTF_8));
            return new LinePrompter(in, null);
        }
        return screens().quizPrompter(checker, out());
    }

    private void printJson(QuizSession.Outcome outcome) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", outcome.results().size());
        m.put("correct", outcome.correct());
        m.put("planned", outcome.asked());
        m.put("stopped", outcome.stoppedBecause().isEmpty() ? null : outcome.stoppedBecause());
        // Whether the answers were saved for spaced review; when not, why (also said once on stderr).
        Optional<String> notSaved = progressStore().notSavedBecause();
        m.put("saved", notSaved.isEmpty());
        notSaved.ifPresent(why -> m.put("notSavedBecause", why));
        List<Map<String, Object>> results = new ArrayList<>();
        for (QuizSession.Result r : outcome.results()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", r.shown().question().id());
            one.put("type", r.shown().question().type().key());
            one.put("correct", r.verdict().correct());
            one.put("given", r.verdict().given());
            one.put("expected", r.verdict().expected());
            if (!r.shown().items().isEmpty()) {
                one.put("shown", r.shown().items()); // the choices or steps in the order shown, for the letters and numbers
            }
            one.put("differences", r.verdict().correct() ? List.of() : r.verdict().notes());
            one.put("topics", r.shown().question().topics());
            one.put("generated", r.shown().question().generated());
            results.add(one);
        }
        m.put("results", results);
        try {
            out().println(ctx.json().writeValueAsString(m));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
