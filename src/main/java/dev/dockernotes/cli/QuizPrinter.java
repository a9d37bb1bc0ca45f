package dev.dockernotes.cli;

import dev.dockernotes.app.Styles;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.quiz.Presented;
import dev.dockernotes.quiz.Question;
import dev.dockernotes.quiz.QuestionType;
import dev.dockernotes.quiz.QuizSession;
import dev.dockernotes.quiz.Verdict;
import dev.dockernotes.render.Columns;
import dev.dockernotes.render.Wrapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class QuizPrinter {
    /** Two spaces before the command that shows more: a place the line may break. */
    private static final String GAP = Wrapper.NBSP + " ";
    private final TopicGraph graph;
    private final PrintWriter out;
    private final Styles s;
    private final String show;
    private final int width;

    QuizPrinter(TopicGraph graph, PrintWriter out, Styles styles, int width, boolean inShell) {
        this.graph = graph;
        this.out = out;
        this.s = styles;
        this.width = Math.max(20, width);
        this.show = inShell ? "show " : "dockernotes show ";
    }

    void question(Presented p) {
        if (out == null) {
            return;
        }
        Question q = p.question();
        out.println();
        out.println(wrap(s.bold(Wrapper.keep("Question " + p.number() + " of " + p.total())) + s.dim(Wrapper.NBSP + " (" + q.type().label()
                + (q.generated() ? "; generated from the notes" : "") + ")"), "", "  "));
        out.println(wrap(q.prompt(), "", ""));
        List<String> items = p.items();
        for (int i = 0; i < items.size(); i++) {
            String label = q.type() == QuestionType.ORDER ? (i + 1) + "." : Presented.letter(i) + ")";
            out.println(wrap(items.get(i), "  " + label + " ", " ".repeat(label.length() + 3)));
        }
        out.println(wrap(s.dim(switch (q.type()) {
            case SINGLE -> "Answer with a letter; q quits.";
            case MULTIPLE -> "Answer with every right letter, e.g. a,c; q quits.";
            case TRUE_FALSE -> "True or false? Answer t or f; q quits.";
            case ORDER -> "Give the numbers in the right order, e.g. 3,1,2; q quits.";
            case COMMAND -> "Type the command; q quits.";
            case FILL_IN -> "Type the missing word or phrase; q quits.";
        }), "", ""));
        out.flush();
    }

    void feedback(Presented p, Verdict v) {
        if (out == null) {
            return;
        }
        Question q = p.question();
        if (v.correct()) {
            out.println(s.green("Right."));
        } else if (q.type() == QuestionType.COMMAND
                && Columns.visibleWidth("Wrong. The answer: " + v.rightAnswer()) > width) {
            // a command is not broken like prose: on lines of its own, continued with " \", so it
            // still runs when pasted
            out.println(s.red("Wrong.") + " The answer:");
            out.println(Wrapper.command(v.rightAnswer(), "  ", "    ", width));
        } else {
            out.println(wrap(s.red("Wrong.") + " The answer: " + v.rightAnswer(), "", "  "));
        }
        v.notes().forEach(n -> out.println(wrap(n, "  ", "    ")));
        if (!q.explanation().isBlank()) {
            out.println(wrap(s.dim("Why:") + " " + q.explanation(), "", "     "));
        }
        section(q).ifPresent(t -> out.println(wrap(s.dim("Section:") + " " + t.title() + GAP + s.cyan(Wrapper.keep(show + t.id())), "", "  ")));
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
            out.println(wrap("Stopped (" + outcome.stoppedBecause() + ") after " + answered + " of " + outcome.asked()
                    + " questions; your answers so far are " + (saved ? "saved." : "not saved (progress is not being saved)."), "", ""));
        } else if (!saved && answered > 0) {
            out.println(wrap("Your answers were not saved (progress is not being saved).", "", ""));
        }
        if (answered == 0) {
            out.println("No answers given.");
            out.flush();
            return;
        }
        long right = outcome.correct();
        out.println(wrap(s.bold("Score: " + right + " of " + answered + " right (" + Math.round(100.0 * right / answered) + "%)"), "", "  "));
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
        // loops, not streams: a cold start links each stream pipeline's lambdas on first use
        List<Map.Entry<Topic, int[]>> weak = new ArrayList<>();
        for (Map.Entry<Topic, int[]> e : byTopic.entrySet()) {
            if (e.getValue()[0] > 0) {
                weak.add(e);
            }
        }
        weak.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0])); // stable: ties keep their order
        weak = weak.subList(0, Math.min(3, weak.size()));
        if (weak.isEmpty()) {
            out.println("No weak topics in this quiz.");
        } else {
            out.println(wrap(s.bold("Weakest topics (read these again):"), "", ""));
            weak.forEach(e -> out.println(wrap(e.getKey().title() + ": " + e.getValue()[0] + " of " + e.getValue()[1]
                    + " wrong" + GAP + s.cyan(Wrapper.keep(show + e.getKey().id())), "  ", "    ")));
        }
        out.flush();
    }

    /** Text filled to the output width in columns (the one wrapper): the first line after {@code first}, the others after {@code rest}. */
    String wrap(String text, String first, String rest) {
        return Wrapper.fill(text, first, rest, width);
    }

    /** The section a question sends the reader back to: its first topic that exists. */
    private Optional<Topic> section(Question q) {
        for (String id : q.topics()) {
            Optional<Topic> t = graph.topic(id);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }
}
