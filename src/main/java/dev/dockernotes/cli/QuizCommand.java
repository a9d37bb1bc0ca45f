package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.QuizRecord;
import dev.dockernotes.quiz.AnswerChecker;
import dev.dockernotes.quiz.DockerCommandChecker;
import dev.dockernotes.quiz.Presented;
import dev.dockernotes.quiz.Question;
import dev.dockernotes.quiz.QuestionType;
import dev.dockernotes.quiz.QuizBank;
import dev.dockernotes.quiz.QuizSession;
import dev.dockernotes.quiz.Scheduler;
import dev.dockernotes.quiz.Verdict;
import dev.dockernotes.tui.LinePrompter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
        bank.problems().forEach(p -> err().println("dockernotes: warning: " + p + " (question skipped; see 'dockernotes check')"));
        String target = scope(graph);
        Optional<Question> one = Optional.ofNullable(target).flatMap(id -> bank.question(id));
        if (one.isEmpty() && target != null && graph.findTopic(target).isEmpty()) {
            List<String> ids = bank.written().stream().map(Question::id).toList();
            Optional<String> close = dev.dockernotes.text.Similarity.suggestions(target, ids, 1).stream()
                    .filter(id -> dev.dockernotes.text.Similarity.distance(id, target.toLowerCase(java.util.Locale.ROOT)) <= 2)
                    .findFirst();
            if (close.isPresent()) {
                throw new DockernotesException("no topic or question '" + target + "'; did you mean question '" + close.get() + "'?");
            }
        }
        Optional<Topic> topic = one.isPresent() ? Optional.empty() : Optional.ofNullable(target).map(graph::resolveTopic);
        List<Question> source = generated ? bank.generated() : bank.written();
        List<Question> pool = one.map(List::of).orElseGet(() -> topic.map(t -> QuizBank.about(source, t)).orElse(source));
        if (pool.isEmpty() && !generated) {
            pool = topic.map(t -> QuizBank.about(bank.generated(), t)).orElse(bank.generated());
            if (!pool.isEmpty()) {
                err().println("dockernotes: no quiz questions written for " + topic.map(Topic::id).orElse("these notes")
                        + "; asking questions generated from the notes");
            }
        }
        if (pool.isEmpty()) {
            throw new DockernotesException("no quiz questions" + topic.map(t -> " about '" + t.id() + "'").orElse("")
                    + (generated ? " can be generated from these notes" : ""));
        }
        Instant now = Instant.now();
        Progress progress = loadProgressToRecord();
        Map<String, Instant> due = new HashMap<>();
        progress.quizRecords().forEach((id, r) -> {
            if (r.hasSchedule() && r.schedule().due() != null) {
                due.put(id, r.schedule().due());
            }
        });
        Random random = seed == null ? new Random() : new Random(seed);
        List<Presented> plan = QuizSession.plan(pool, count, random, review, due, now);
        if (review && !json.json()) {
            long dueNow = plan.stream().filter(p -> due.containsKey(p.question().id()) && !due.get(p.question().id()).isAfter(now)).count();
            out().println(dueNow == 0 ? "Nothing is due for review; asking other questions." : dueNow + " due for review first.");
        }
        AnswerChecker checker = new AnswerChecker(new DockerCommandChecker());
        QuizSession session = new QuizSession(plan, checker);
        QuizSession.Prompter prompter = prompter(checker);
        Printer printer = new Printer(graph, json.json() ? null : out(), Styles.of(style()), style().width(), ctx.inShell());
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

    /** The text a person reads: questions, feedback, the summary. Null writer = print nothing (--json). */
    static final class Printer {
        private final TopicGraph graph;
        private final PrintWriter out;
        private final Styles s;
        private final String show;
        private final int width;

        Printer(TopicGraph graph, PrintWriter out, Styles styles, int width, boolean inShell) {
            this.graph = graph;
            this.out = out;
            this.s = styles;
            this.width = Math.max(40, width);
            this.show = inShell ? "show " : "dockernotes show ";
        }

        void question(Presented p) {
            if (out == null) {
                return;
            }
            Question q = p.question();
            out.println();
            out.println(s.bold("Question " + p.number() + " of " + p.total()) + s.dim("  (" + q.type().label()
                    + (q.generated() ? "; generated from the notes" : "") + ")"));
            out.println(wrap(q.prompt(), "", ""));
            List<String> items = p.items();
            for (int i = 0; i < items.size(); i++) {
                String label = q.type() == QuestionType.ORDER ? (i + 1) + "." : Presented.letter(i) + ")";
                out.println(wrap(items.get(i), "  " + label + " ", " ".repeat(label.length() + 3)));
            }
            out.println(s.dim(switch (q.type()) {
                case SINGLE -> "Answer with a letter; q quits.";
                case MULTIPLE -> "Answer with every right letter, e.g. a,c; q quits.";
                case TRUE_FALSE -> "True or false? Answer t or f; q quits.";
                case ORDER -> "Give the numbers in the right order, e.g. 3,1,2; q quits.";
                case COMMAND -> "Type the command; q quits.";
                case FILL_IN -> "Type the missing word or phrase; q quits.";
            }));
            out.flush();
        }

        void feedback(Presented p, Verdict v) {
            if (out == null) {
                return;
            }
            Question q = p.question();
            if (v.correct()) {
                out.println(s.green("Right."));
            } else {
                out.println(s.red("Wrong.") + " The answer: " + v.rightAnswer());
            }
            v.notes().forEach(n -> out.println(wrap(n, "  ", "    ")));
            if (!q.explanation().isBlank()) {
                String why = wrap("Why: " + q.explanation(), "", "     ");
                out.println(s.dim("Why: ") + why.substring("Why: ".length()));
            }
            section(q).ifPresent(t -> out.println(s.dim("Section: ") + t.title() + "  " + s.cyan(show + t.id())));
            out.flush();
        }

        /**
         * The score and the topics to re-read. {@code saved} is false when progress could not be
         * saved (the reason was said once, up front, on stderr): then the summary says the answers
         * were not saved, and never that they were.
         */
        void summary(QuizSession.Outcome outcome, boolean saved) {
            if (out == null) {
                return;
            }
            int answered = outcome.results().size();
            out.println();
            if (!outcome.stoppedBecause().isEmpty()) {
                out.println("Stopped (" + outcome.stoppedBecause() + ") after " + answered + " of " + outcome.asked()
                        + " questions; your answers so far are " + (saved ? "saved." : "not saved (progress is not being saved)."));
            } else if (!saved && answered > 0) {
                out.println("Your answers were not saved (progress is not being saved).");
            }
            if (answered == 0) {
                out.println("No answers given.");
                out.flush();
                return;
            }
            long right = outcome.correct();
            out.println(s.bold("Score: " + right + " of " + answered + " right (" + Math.round(100.0 * right / answered) + "%)"));
            Map<Topic, int[]> byTopic = new LinkedHashMap<>();
            for (QuizSession.Result r : outcome.results()) {
                section(r.shown().question()).ifPresent(t -> {
                    int[] c = byTopic.computeIfAbsent(t, k -> new int[2]);
                    c[1]++;
                    if (!r.verdict().correct()) {
                        c[0]++;
                    }
                });
            }
            List<Map.Entry<Topic, int[]>> weak = byTopic.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                    .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0])).limit(3).toList();
            if (weak.isEmpty()) {
                out.println("No weak topics in this quiz.");
            } else {
                out.println(s.bold("Weakest topics (read these again):"));
                weak.forEach(e -> out.println("  " + e.getKey().title() + ": " + e.getValue()[0] + " of " + e.getValue()[1]
                        + " wrong  " + s.cyan(show + e.getKey().id())));
            }
            out.flush();
        }

        /** Words wrapped to the output width: the first line after {@code first}, the others after {@code rest}. */
        String wrap(String text, String first, String rest) {
            StringBuilder sb = new StringBuilder(first);
            int column = first.length();
            boolean lineEmpty = true;
            for (String word : text.strip().split("\\s+")) {
                if (!lineEmpty && column + 1 + word.length() > width) {
                    sb.append('\n').append(rest);
                    column = rest.length();
                    lineEmpty = true;
                }
                if (!lineEmpty) {
                    sb.append(' ');
                    column++;
                }
                sb.append(word);
                column += word.length();
                lineEmpty = false;
            }
            return sb.toString();
        }

        /** The section a question sends the reader back to: its first topic that exists. */
        private Optional<Topic> section(Question q) {
            return q.topics().stream().map(graph::topic).flatMap(Optional::stream).findFirst();
        }
    }
}
