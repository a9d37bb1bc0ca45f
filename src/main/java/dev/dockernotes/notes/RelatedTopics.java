package dev.dockernotes.notes;

import dev.dockernotes.docker.CommandNamer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which topics are related to one topic, strongest first, and only those the notes give evidence
 * for: a link either way; one text naming the other's key terms (counted: named three times says
 * more than once in passing); shared key terms; shared commands; and, only on top of such evidence,
 * being in the same chapter. A one-sentence section that seven others name once each is not
 * related to all seven, and a list of Docker's components that says "image builds" once is not
 * related to the section on images.
 */
final class RelatedTopics {
    /** At most this many: more is a list nobody reads. */
    static final int LIMIT = 5;
    /** The score a topic needs: one link, a term named twice, or two pieces of weaker evidence. */
    static final int THRESHOLD = 2;

    private static final int LINK = 4;
    /** Naming the other's terms counts up to this many times in each direction. */
    private static final int MOST_NAMES = 3;

    private final TopicGraph graph;

    RelatedTopics(TopicGraph graph) {
        this.graph = graph;
    }

    /** One related topic and the evidence for it, for the reader who asks why. */
    record Related(Topic topic, int score, List<String> evidence) {}

    /**
     * Each topic's text as stems, and each key term's stems, made once per graph: a lesson's footers
     * ask for the related topics of every section, and each compares texts with many others.
     */
    private final Map<Topic, List<String>> words = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<String>> termStems = new java.util.concurrent.ConcurrentHashMap<>();

    List<Related> of(Topic topic, CommandNamer namer) {
        Map<Topic, Score> scores = new LinkedHashMap<>();
        for (Edge e : graph.edges()) {
            Topic other = e.from() == topic ? e.to() : e.to() == topic ? e.from() : null;
            if (other == null || other == topic || excluded(topic, other)) {
                continue;
            }
            Score s = scores.computeIfAbsent(other, k -> new Score());
            boolean outgoing = e.from() == topic;
            if (e.kind() == Edge.Kind.LINK) {
                s.add(LINK, outgoing ? "links to it" : "linked from it");
            } else if (outgoing && !s.namesIt) {
                s.namesIt = true;
                int times = Math.max(1, timesNamed(words, topic, other));
                s.add(Math.min(MOST_NAMES, times), "names it" + times(times));
            } else if (!outgoing && !s.namedBy) {
                s.namedBy = true;
                int times = Math.max(1, timesNamed(words, other, topic));
                s.add(Math.min(MOST_NAMES, times), "named by it" + times(times));
            }
        }
        for (Map.Entry<Topic, Score> entry : scores.entrySet()) {
            Topic other = entry.getKey();
            Score s = entry.getValue();
            Set<String> shared = new LinkedHashSet<>(topic.keyTerms());
            shared.retainAll(other.keyTerms());
            if (!shared.isEmpty()) {
                s.add(Math.min(2, shared.size()), "shares the terms " + String.join(", ", shared));
            }
            if (namer != null) {
                List<String> common = new ArrayList<>(graph.commandsTaught(topic, namer));
                common.retainAll(graph.commandsTaught(other, namer));
                if (!common.isEmpty()) {
                    s.add(Math.min(2, common.size()), "also teaches " + String.join(", ", common));
                }
            }
            if (topic.chapter() == other.chapter()) {
                s.add(1, "same chapter");
            }
        }
        Map<Topic, Integer> order = new HashMap<>();
        scores.keySet().forEach(t -> order.put(t, graph.topics().indexOf(t)));
        return scores.entrySet().stream()
                .filter(e -> e.getValue().total >= THRESHOLD)
                // highest score first, then in the notes' order; our own lambda, not Comparator's
                // comparingInt/thenComparing, whose lambdas the launcher's archive lacks (spun at start)
                .sorted((a, b) -> a.getValue().total != b.getValue().total
                        ? Integer.compare(b.getValue().total, a.getValue().total)
                        : Integer.compare(order.get(a.getKey()), order.get(b.getKey())))
                .limit(LIMIT)
                .map(e -> new Related(e.getKey(), e.getValue().total, List.copyOf(e.getValue().evidence)))
                .toList();
    }

    private static String times(int times) {
        return times > 1 ? " " + times + " times" : "";
    }

    /** Its own parent and children are shown as the tree, not as related. */
    private static boolean excluded(Topic topic, Topic other) {
        return other == topic.parent() || topic.children().contains(other);
    }

    /** How often the text of {@code namer} names a key term of {@code named}, word by word as the graph matches. */
    private int timesNamed(Map<Topic, List<String>> words, Topic namer, Topic named) {
        List<String> text = words.computeIfAbsent(namer, t -> Search.tokens(t.text()).stream().map(Search::stem).toList());
        int times = 0;
        for (String term : named.keyTerms()) {
            List<String> stems = termStems.computeIfAbsent(term, k -> Search.tokens(k).stream().map(Search::stem).toList());
            if (stems.isEmpty() || String.join(" ", stems).length() < 3) {
                continue;
            }
            for (int i = 0; i + stems.size() <= text.size(); i++) {
                if (text.subList(i, i + stems.size()).equals(stems)) {
                    times++;
                }
            }
        }
        return times;
    }

    private static final class Score {
        int total;
        boolean namesIt;
        boolean namedBy;
        final List<String> evidence = new ArrayList<>();

        void add(int points, String why) {
            total += points;
            evidence.add(why);
        }
    }
}
