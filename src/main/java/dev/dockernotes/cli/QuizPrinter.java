package dev.dockernotes.cli;

import dev.dockernotes.app.Styles;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.quiz.Presented;
import dev.dockernotes.quiz.Question;
import dev.dockernotes.quiz.QuestionType;
import dev.dockernotes.quiz.QuizSession;
import dev.dockernotes.quiz.Verdict;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The text a person reads: questions, feedback, the summary. Null writer = print nothing (--json). */
final class QuizPrinter {
    private final TopicGraph graph;
    private final PrintWriter out;
    private final Styles s;
    private final String show;
    private final int width;

    QuizPrinter(TopicGraph graph, PrintWriter out, Styles styles, int width, boolean inShell) {
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
