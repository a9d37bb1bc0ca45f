package dev.dockernotes.notes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A topic that names another topic's key term is related to it: the MENTION edges of the graph.
 * Linear in the words of the notes, and reading them as they come: a text's words are never held
 * as a list of Strings (a 10 MB section has a million of them).
 */
final class Mentions {
    /** A key term, its stemmed words numbered in {@link #vocabulary}, and the topic that owns it. */
    private record Term(String key, int[] words, Topic owner) {}

    /** Every word of every term. */
    private final TermDictionary vocabulary = new TermDictionary();
    /** The terms by the number of their first word. */
    private final Map<Integer, List<Term>> byFirstWord = new HashMap<>();
    /** The most words in a term: how far ahead of a word the text is read. */
    private int longestTerm;

    private Mentions() {}

    /**
     * The mention edges between {@code topics}, given the key terms each defines (in reading order)
     * and the terms of each title, which win: the section called "containerd" owns the term, not a
     * passing bold word.
     */
    static List<Edge> find(List<Topic> topics, Map<Topic, Set<String>> keyTerms, Map<Topic, List<String>> titleTerms) {
        return new Mentions().edges(topics, keyTerms, titleTerms);
    }

    private List<Edge> edges(List<Topic> topics, Map<Topic, Set<String>> keyTerms, Map<Topic, List<String>> titleTerms) {
        Map<String, Topic> owner = new LinkedHashMap<>();
        keyTerms.forEach((topic, ts) -> titleTerms.getOrDefault(topic, List.of())
                .forEach(t -> owner.putIfAbsent(stemmed(t), topic)));
        keyTerms.forEach((topic, ts) -> ts.forEach(t -> owner.putIfAbsent(stemmed(t), topic)));
        owner.keySet().removeIf(t -> t.length() < 3 || t.isBlank());
        if (owner.isEmpty()) {
            return List.of();
        }
        owner.forEach((key, topic) -> {
            String[] words = key.split(" ");
            int[] ids = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                ids[i] = vocabulary.add(words[i]);
            }
            longestTerm = Math.max(longestTerm, ids.length);
            byFirstWord.computeIfAbsent(ids[0], k -> new ArrayList<>()).add(new Term(key, ids, topic));
        });

        Map<Term, Integer> topicsNaming = new IdentityHashMap<>();
        Map<Term, Topic> lastNaming = new IdentityHashMap<>();
        Map<Topic, Map<Topic, Term>> found = new LinkedHashMap<>();
        int[] window = new int[longestTerm];
        StringBuilder stem = new StringBuilder();
        for (Topic topic : topics) {
            String text = topic.text();
            String lower = text.substring(Math.min(text.length(), topic.title().length())).toLowerCase(Locale.ROOT);
            Words words = new Words(lower);
            int read = 0;
            while (words.next()) {
                int stemEnd = Words.stemEnd(lower, words.start(), words.end());
                window[read % longestTerm] = stemEnd >= 0 ? vocabulary.id(lower, words.start(), stemEnd)
                        : vocabulary.id(Words.stem(lower, words.start(), words.end(), stem));
                read++;
                if (read >= longestTerm) {
                    matchAt(read - longestTerm, read, window, topic, topicsNaming, lastNaming, found);
                }
            }
            for (int i = Math.max(0, read - longestTerm + 1); i < read; i++) {
                matchAt(i, read, window, topic, topicsNaming, lastNaming, found);
            }
        }
        // A term named nearly everywhere ("container" in Docker notes) relates nothing in particular.
        int tooCommon = Math.max(5, topics.size() / 2);
        List<Edge> edges = new ArrayList<>();
        found.forEach((from, targets) -> targets.forEach((to, term) -> {
            if (topicsNaming.get(term) <= tooCommon) {
                edges.add(new Edge(from, to, Edge.Kind.MENTION, from.line()));
            }
        }));
        return edges;
    }

    /** The terms that start at word {@code i} of a topic's text, of which {@code read} words are in the window. */
    private void matchAt(int i, int read, int[] window, Topic topic, Map<Term, Integer> topicsNaming,
                         Map<Term, Topic> lastNaming, Map<Topic, Map<Topic, Term>> found) {
        int first = window[i % longestTerm];
        List<Term> candidates = first < 0 ? null : byFirstWord.get(first);
        if (candidates == null) {
            return;
        }
        for (Term term : candidates) {
            if (!matches(term.words(), i, read, window)) {
                continue;
            }
            if (lastNaming.put(term, topic) != topic) {
                topicsNaming.merge(term, 1, Integer::sum);
            }
            Topic to = term.owner();
            if (to != topic && !isAncestor(to, topic) && !isAncestor(topic, to)) {
                found.computeIfAbsent(topic, k -> new LinkedHashMap<>()).putIfAbsent(to, term);
            }
        }
    }

    private boolean matches(int[] term, int i, int read, int[] window) {
        if (i + term.length > read) {
            return false;
        }
        for (int k = 0; k < term.length; k++) {
            if (window[(i + k) % longestTerm] != term[k]) {
                return false;
            }
        }
        return true;
    }

    /** The term as the text's words are compared with it: stemmed words, one space apart. */
    private static String stemmed(String term) {
        return String.join(" ", Search.tokens(term).stream().map(Search::stem).toList());
    }

    static boolean isAncestor(Topic ancestor, Topic t) {
        for (Topic p = t.parent; p != null; p = p.parent) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
