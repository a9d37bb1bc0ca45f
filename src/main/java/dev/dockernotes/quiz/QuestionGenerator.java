package dev.dockernotes.quiz;

import dev.dockernotes.notes.Markdown;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.text.Similarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Questions made from the notes themselves, so any notes folder gets a quiz without a quiz file.
 * Read from the commonmark AST of each topic's own text:
 * <ul>
 *   <li>command reference lists ("**`docker container stop`** - Will stop a running container...")
 *       give "which command does this?" single-choice questions, the other commands of the list as
 *       the wrong choices;</li>
 *   <li>other glossary-like items ("**Ctrl-PQ** - Will detach...") give "which term?" fill-ins;</li>
 *   <li>bold terms in sentences ("The most common registry is **Docker Hub**.") give fill-ins with the
 *       term blanked out.</li>
 * </ul>
 * Ids are stable (made from topic ids and the terms), so progress and review work for them too.
 */
public final class QuestionGenerator {
    private static final String BLANK = "____";

    private final TopicGraph graph;
    private final Set<String> allTerms = new TreeSet<>();
    private final Map<String, Question> byId = new LinkedHashMap<>();

    private QuestionGenerator(TopicGraph graph) {
        this.graph = graph;
        graph.topics().forEach(t -> allTerms.addAll(t.keyTerms()));
    }

    public static List<Question> generate(TopicGraph graph) {
        QuestionGenerator g = new QuestionGenerator(graph);
        graph.topics().forEach(g::topic);
        return List.copyOf(g.byId.values());
    }

    private record Item(String term, boolean command, String definition, boolean corrected) {}

    private void topic(Topic topic) {
        Node doc = Markdown.parse(topic.body());
        List<Item> items = new ArrayList<>();
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading) {
                break; // the body is the topic's own text; stop at any heading just in case
            }
            if (block instanceof BulletList || block instanceof OrderedList) {
                items.addAll(list(topic, block));
            } else if (block instanceof Paragraph p && !corrected(topic, p)) {
                boldTerms(topic, p);
                definition(topic, p);
            }
        }
        // One pool for the topic: a correction between items splits a list in two, not the choices.
        List<Item> commands = items.stream().filter(Item::command).toList();
        for (Item item : items) {
            if (item.corrected()) {
                continue; // a correction says this item is wrong: never quote it as a fact
            }
            if (item.command() && commands.size() >= 2) {
                whichCommand(topic, item, commands);
            } else if (!item.command()) {
                whichTerm(topic, item);
            }
        }
    }

    /** True when a correction beside the notes marks this paragraph (or the list it is in) wrong. */
    private boolean corrected(Topic topic, Paragraph p) {
        return graph.isCorrected(topic, Markdown.text(p));
    }

    private List<Item> list(Topic topic, Node list) {
        List<Item> items = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem li && li.getFirstChild() instanceof Paragraph p) {
                boolean corrected = corrected(topic, p);
                glossaryItem(p, corrected).ifPresentOrElse(items::add, () -> {
                    if (!corrected) {
                        boldTerms(topic, p);
                    }
                });
            }
        }
        return items;
    }

    /** "**term** - definition" or "`term`: definition", as the notes graph reads glossary items. */
    private static java.util.Optional<Item> glossaryItem(Paragraph p, boolean corrected) {
        Node first = p.getFirstChild();
        if (first == null || !(first instanceof StrongEmphasis || first instanceof Code)) {
            return java.util.Optional.empty();
        }
        if (!(first.getNext() instanceof Text t) || !t.getLiteral().matches("^\\s*[-:\u2013\u2014]\\s.*")) {
            return java.util.Optional.empty();
        }
        String term = Markdown.text(first).strip();
        boolean code = first instanceof Code || first.getFirstChild() instanceof Code && first.getFirstChild().getNext() == null;
        StringBuilder rest = new StringBuilder();
        for (Node n = first.getNext(); n != null; n = n.getNext()) {
            rest.append(inline(n));
        }
        String definition = rest.toString().replaceFirst("^\\s*[-:\u2013\u2014]\\s*", "").strip();
        if (term.isEmpty() || definition.isEmpty()) {
            return java.util.Optional.empty();
        }
        boolean command = code && term.matches("[a-z][\\w.-]*( [a-z][\\w-]*)+");
        return java.util.Optional.of(new Item(term, command, definition, corrected));
    }

    private void whichCommand(Topic topic, Item item, List<Item> commands) {
        String what = firstSentence(mask(item.definition(), item.term(), "this command"));
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(item.term(), true));
        int at = commands.indexOf(item);
        for (int k = 1; k < commands.size() && choices.size() < 4; k++) {
            choices.add(new Choice(commands.get((at + k) % commands.size()).term(), false));
        }
        add(new Question("gen-cmd-" + slug(item.term()), QuestionType.SINGLE,
                "Which command does this? \"" + what + "\"", choices, null, null, null, null,
                item.term() + " - " + firstSentence(item.definition()), List.of(topic.id()), true, source(topic)));
    }

    private void whichTerm(Topic topic, Item item) {
        String what = firstSentence(mask(item.definition(), item.term(), "it"));
        add(new Question("gen-term-" + topic.id() + "-" + slug(item.term()), QuestionType.FILL_IN,
                "What is described here? \"" + what + "\"", null, null, List.of(item.term()), null,
                nearMisses(item.term()), item.term() + " - " + firstSentence(item.definition()),
                List.of(topic.id()), true, source(topic)));
    }

    /** Fill-ins from bold terms inside sentences; labels such as "**Note:**" are skipped. */
    private void boldTerms(Topic topic, Paragraph p) {
        p.accept(new AbstractVisitor() {
            @Override
            public void visit(StrongEmphasis strong) {
                String term = Markdown.text(strong).strip();
                if (term.isEmpty() || term.length() > 40 || term.endsWith(":") || term.endsWith("!")
                        || term.split("\\s+").length > 4) {
                    return;
                }
                StringBuilder sentence = new StringBuilder();
                for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
                    sentence.append(n == strong ? BLANK : inline(n));
                }
                String blanked = sentenceWith(sentence.toString().replaceAll("\\s+", " ").strip(), BLANK);
                if (blanked.replace(BLANK, "").split("\\s+").length < 4) {
                    return;
                }
                add(new Question("gen-term-" + topic.id() + "-" + slug(term), QuestionType.FILL_IN,
                        "Fill in: " + blanked, null, null, List.of(term), null, nearMisses(term),
                        blanked.replace(BLANK, term), List.of(topic.id()), true, source(topic)));
            }
        });
    }

    /**
     * A sentence defining the topic's own subject ("runc is the reference implementation of ...",
     * "Images are made up of layers ...") gives a fill-in with the subject blanked out.
     */
    private void definition(Topic topic, Paragraph p) {
        String subject = subject(topic.title());
        if (subject.isEmpty()) {
            return;
        }
        String text = inline(p).replaceAll("\\s+", " ").strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(?<![\\w-])(" + java.util.regex.Pattern.quote(subject)
                + ")\\s+(is|are|was|were|has)\\s").matcher(text);
        if (!m.find()) {
            return;
        }
        String blanked = sentenceWith(text.substring(0, m.start(1)) + BLANK + text.substring(m.end(1)), BLANK);
        if (blanked.replace(BLANK, "").split("\\s+").length < 5) {
            return;
        }
        String term = m.group(1);
        add(new Question("gen-def-" + topic.id(), QuestionType.FILL_IN, "Fill in: " + blanked, null, null,
                List.of(term), null, nearMisses(term), blanked.replace(BLANK, term), List.of(topic.id()), true, source(topic)));
    }

    /** "1) The Runtime" -> "Runtime", "Images" -> "Images", "Docker Daemon (dockerd)" -> "Docker Daemon". */
    static String subject(String title) {
        String t = title.replaceAll("\\([^)]*\\)", " ").replaceFirst("^\\s*\\d+[).:]\\s*", "")
                .replaceFirst("(?i)^(the|a|an)\\s+", "").replaceAll("[?!.:]+$", "").strip();
        return t.split("\\s+").length <= 3 ? t : "";
    }

    private void add(Question q) {
        byId.putIfAbsent(q.id(), q);
    }

    /** Other terms of the notes a typo away from this one: a different thing, not a typo. */
    private List<String> nearMisses(String term) {
        String t = term.toLowerCase(Locale.ROOT);
        return allTerms.stream().filter(o -> !o.equals(t))
                .filter(o -> Similarity.distance(o, t) <= Similarity.tolerance(t.length())).toList();
    }

    /** The words of an inline node with their spaces (Markdown.text trims, which joins words). */
    private static String inline(Node n) {
        if (n instanceof Text t) {
            return t.getLiteral();
        }
        if (n instanceof Code c) {
            return c.getLiteral();
        }
        if (n instanceof org.commonmark.node.SoftLineBreak || n instanceof org.commonmark.node.HardLineBreak) {
            return " ";
        }
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            sb.append(inline(c));
        }
        return sb.toString();
    }

    private static String mask(String text, String term, String replacement) {
        return text.replace(term, replacement);
    }

    static String firstSentence(String text) {
        String t = text.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[.!?](\\s|$)").matcher(t);
        String s = m.find() ? t.substring(0, m.start() + 1) : t;
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }

    /** The sentence of the paragraph that holds the marker. */
    static String sentenceWith(String paragraph, String marker) {
        String[] sentences = paragraph.split("(?<=[.!?])\\s+");
        for (String s : sentences) {
            if (s.contains(marker)) {
                return s.strip();
            }
        }
        return paragraph;
    }

    static String slug(String term) {
        return term.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String source(Topic topic) {
        return "generated from " + topic.file() + ":" + topic.line();
    }
}
