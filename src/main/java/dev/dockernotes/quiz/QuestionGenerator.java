package dev.dockernotes.quiz;

import dev.dockernotes.notes.Markdown;
import dev.dockernotes.notes.Sentences;
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
import org.commonmark.node.BlockQuote;
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
 *
 * <p>What is never asked: a paragraph or list item that a correction right after it marks wrong (a
 * GitHub alert, a block quote opening with {@code [!WARNING]}, {@code [!NOTE]}, ...), nor the alert
 * itself; a sentence whose subject is "This ..." or "It ..." without the sentence it refers to; and a
 * second blank in a sentence that already gave a question.
 */
public final class QuestionGenerator {
    private static final String BLANK = "____";

    private final TopicGraph graph;
    private final Set<String> allTerms = new TreeSet<>();
    private final Map<String, Question> byId = new LinkedHashMap<>();
    private final Set<String> sentencesAsked = new java.util.HashSet<>();

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
            Node next = block.getNext();
            String correction = isAlert(next) ? Markdown.text(next) : null;
            if (block instanceof BulletList || block instanceof OrderedList) {
                items.addAll(list(topic, block, correction));
            } else if (correction != null) {
                continue; // any alert right after a statement (a correction, or the user's own note) qualifies it: not asked
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

    /**
     * @param alert the text of an alert right after the list, or null: the items it names are not
     *              asked (all of them when it names none), though they still serve as wrong choices
     */
    private List<Item> list(Topic topic, Node list, String alert) {
        List<Item> items = new ArrayList<>();
        String named = alert == null ? null : alert.toLowerCase(Locale.ROOT);
        boolean namesAny = false;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem li && li.getFirstChild() instanceof Paragraph p) {
                boolean alerted = false;
                for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
                    alerted |= isAlert(c);
                }
                boolean corrected = alerted || corrected(topic, p);
                java.util.Optional<Item> item = glossaryItem(topic, p, corrected);
                if (item.isPresent()) {
                    items.add(item.get());
                    namesAny |= named != null && named.contains(item.get().term().toLowerCase(Locale.ROOT));
                } else if (!corrected && named == null) {
                    boldTerms(topic, p);
                }
            }
        }
        if (named == null) {
            return items;
        }
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            boolean hit = !namesAny || named.contains(i.term().toLowerCase(Locale.ROOT));
            out.add(hit ? new Item(i.term(), i.command(), i.definition(), true) : i);
        }
        return out;
    }

    /**
     * The glossary item the graph read at this paragraph of the topic's body ("**term** - definition"
     * or "`term`: definition"), as a question item; the body's lines are the file's from its first line.
     */
    private static java.util.Optional<Item> glossaryItem(Topic topic, Paragraph p, boolean corrected) {
        int line = p.getSourceSpans().isEmpty() ? -1 : topic.bodyLines().firstLine() + p.getSourceSpans().get(0).getLineIndex();
        return topic.glossary().stream().filter(g -> g.line() == line).findFirst().map(g -> new Item(g.term(),
                g.code() && g.term().matches("[a-z][\\w.-]*( [a-z][\\w-]*)+"), g.definition(), corrected));
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
                String blanked = sentenceWith(sentence.toString().replaceAll("\\s+", " ").strip(), BLANK, term);
                if (blanked == null || blanked.replace(BLANK, "").split("\\s+").length < 4) {
                    return;
                }
                addFillIn(blanked.replace(BLANK, term), new Question("gen-term-" + topic.id() + "-" + slug(term), QuestionType.FILL_IN,
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
        String term = m.group(1);
        String blanked = sentenceWith(text.substring(0, m.start(1)) + BLANK + text.substring(m.end(1)), BLANK, term);
        if (blanked == null || blanked.replace(BLANK, "").split("\\s+").length < 5) {
            return;
        }
        addFillIn(blanked.replace(BLANK, term), new Question("gen-def-" + topic.id(), QuestionType.FILL_IN, "Fill in: " + blanked, null, null,
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

    /** A fill-in from a sentence of the notes, unless another word of that sentence was already blanked. */
    private void addFillIn(String sentence, Question q) {
        String key = sentence.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (!byId.containsKey(q.id()) && sentencesAsked.add(key)) {
            add(q);
        }
    }

    /** A GitHub alert: a block quote whose first line is [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION]. */
    static boolean isAlert(Node node) {
        if (node instanceof dev.dockernotes.notes.Alert) {
            return true; // the notes parser already read it as an alert
        }
        if (!(node instanceof BlockQuote quote)) {
            return false;
        }
        String text = inline(quote).strip();
        return text.matches("(?is)^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\](\\s.*)?$");
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

    private static final java.util.regex.Pattern PRONOUN_SUBJECT = java.util.regex.Pattern.compile(
            "(?i)^(this|that|these|those|it|its|they|their|such|here|there)\\b.*");

    /**
     * The sentence holding the marker, readable on its own: one whose subject is "This ..." or "It ..."
     * comes with the sentence before it (what "this" is), and is null when that is not in the paragraph
     * or would give the term away.
     */
    static String sentenceWith(String paragraph, String marker, String term) {
        List<String> sentences = Sentences.of(paragraph);
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i).strip();
            if (!s.contains(marker)) {
                continue;
            }
            if (!PRONOUN_SUBJECT.matcher(s).matches()) {
                return s;
            }
            if (i == 0) {
                return null;
            }
            String before = sentences.get(i - 1).strip();
            if (PRONOUN_SUBJECT.matcher(before).matches()
                    || before.toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT))) {
                return null;
            }
            return before + " " + s;
        }
        return null;
    }

    static String slug(String term) {
        return term.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String source(Topic topic) {
        return "generated from " + topic.file() + ":" + topic.line();
    }
}
