package dev.dockernotes.notes;

import dev.dockernotes.text.Similarity;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Full-text search over the topics with BM25 (k1 1.2, b 0.75). Words are lower-cased and reduced
 * to a light singular stem ("volumes" -> "volume"); a query word the notes never use is matched to
 * their words within a typo or two. Heading words count three times.
 *
 * <p>The index is compact, so that notes of tens of megabytes search in a heap of ten times their
 * size: each distinct word once, numbered, in a {@link TermDictionary}; each word's postings as two
 * int arrays (topics and term frequencies) cut from one array for all words. Snippets are cut from a
 * hit's text when asked, so no word of the text is kept as a String.
 */
public final class Search {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final int TITLE_WEIGHT = 3;
    private static final int SNIPPET_CHARS = 160;

    /** One search result: the topic, its score, and a snippet with the matched words' positions. */
    public record Hit(Topic topic, double score, String snippet, List<int[]> marks) {}

    private final List<Topic> topics;
    /** Indexed words (stems) and their numbers. */
    private final TermDictionary terms = new TermDictionary();
    /** Term t's postings are docs[postingStart[t], postingStart[t + 1]), with the term's frequency in tfs. */
    private final int[] postingStart;
    private final int[] docs;
    private final int[] tfs;
    private final int[] lengths;
    private final double averageLength;

    Search(List<Topic> topics) {
        this.topics = topics;
        this.lengths = new int[topics.size()];
        // One pass over the words: each topic's distinct terms with their counts, topic after topic.
        Postings flat = new Postings();
        long total = 0;
        for (int d = 0; d < topics.size(); d++) {
            Topic t = topics.get(d);
            int length = TITLE_WEIGHT * flat.add(t.title(), TITLE_WEIGHT);
            length += flat.add(t.text().substring(Math.min(t.text().length(), t.title().length())), 1);
            // A correction's words find the topic, without making the user's own text count for less.
            for (Correction c : t.corrections()) {
                flat.add(c.text(), 1);
            }
            flat.endTopic();
            lengths[d] = length;
            total += length;
        }
        averageLength = topics.isEmpty() ? 1 : Math.max(1, (double) total / topics.size());
        terms.trim();
        // Then grouped by term (a counting sort), topics in reading order within each term.
        int termCount = terms.size();
        postingStart = new int[termCount + 1];
        for (int t = 0; t < termCount; t++) {
            postingStart[t + 1] = postingStart[t] + flat.documentFrequency.at(t);
        }
        flat.documentFrequency = null;
        int[] next = Arrays.copyOf(postingStart, termCount);
        docs = new int[flat.termIds.size];
        tfs = new int[flat.termIds.size];
        int k = 0;
        for (int d = 0; d < topics.size(); d++) {
            for (int end = flat.topicEnds.at(d); k < end; k++) {
                int p = next[flat.termIds.at(k)]++;
                docs[p] = d;
                tfs[p] = flat.counts.at(k);
            }
        }
    }

    /** The index while it is built: (term, count) pairs, topic after topic. */
    private final class Postings {
        final IntList termIds = new IntList();
        final IntList counts = new IntList();
        final IntList topicEnds = new IntList();
        IntList documentFrequency = new IntList();
        /** The current topic's count of each term, and the terms it has so far. */
        private int[] count = new int[1024];
        private final IntList seen = new IntList();
        private final StringBuilder stem = new StringBuilder();

        /** Indexes the text's words with this weight each; returns how many words it had. */
        int add(String text, int weight) {
            int words = 0;
            String lower = text.toLowerCase(Locale.ROOT);
            Words scan = new Words(lower);
            while (scan.next()) {
                int stemEnd = Words.stemEnd(lower, scan.start(), scan.end());
                int id = stemEnd >= 0 ? terms.id(lower, scan.start(), stemEnd) : -1;
                if (id < 0) {
                    id = terms.add(Words.stem(lower, scan.start(), scan.end(), stem));
                }
                if (id >= count.length) {
                    count = Arrays.copyOf(count, Math.max(id + 1, count.length * 2));
                }
                if (count[id] == 0) {
                    seen.add(id);
                }
                count[id] += weight;
                words++;
            }
            return words;
        }

        void endTopic() {
            for (int i = 0; i < seen.size; i++) {
                int id = seen.at(i);
                termIds.add(id);
                counts.add(count[id]);
                count[id] = 0;
                while (documentFrequency.size <= id) {
                    documentFrequency.add(0);
                }
                documentFrequency.increment(id);
            }
            seen.size = 0;
            topicEnds.add(termIds.size);
        }
    }

    /** A growable array of ints. */
    private static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length + (values.length >> 1));
            }
            values[size++] = value;
        }

        int at(int i) {
            return values[i];
        }

        void increment(int i) {
            values[i]++;
        }
    }

    /** Lower-cased words; "overlay2", "docker.sock" and "is-active" stay whole. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        Words words = new Words(lower);
        while (words.next()) {
            out.add(lower.substring(words.start(), words.end()));
        }
        return out;
    }

    /** A light English stem: plurals to singular, nothing more (so "runc" stays "runc"). */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    public List<Hit> search(String query, int limit) {
        Map<Integer, Double> matched = expand(query);
        if (matched.isEmpty() || limit <= 0) {
            return List.of();
        }
        int n = topics.size();
        double[] scores = new double[n];
        IntList scored = new IntList();
        matched.forEach((term, weight) -> {
            int from = postingStart[term];
            int to = postingStart[term + 1];
            int df = to - from;
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            for (int k = from; k < to; k++) {
                int d = docs[k];
                int tf = tfs[k];
                double norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[d] / averageLength));
                if (scores[d] == 0) {
                    scored.add(d); // every term adds a positive amount, so 0 means not scored yet
                }
                scores[d] += weight * idf * norm;
            }
        });
        Set<String> words = new HashSet<>();
        matched.keySet().forEach(t -> words.add(terms.word(t)));
        List<Hit> hits = new ArrayList<>();
        for (int d : best(scores, scored, limit)) {
            hits.add(snippet(topics.get(d), scores[d], words));
        }
        return hits;
    }

    /**
     * The {@code limit} best-scored topics, best first; equal scores in reading order. A heap of the
     * best so far, so a word in every topic costs no sort of them all.
     */
    private static int[] best(double[] scores, IntList scored, int limit) {
        int size = Math.min(limit, scored.size);
        // heap[0] is the worst of those kept
        int[] heap = new int[size];
        int kept = 0;
        for (int i = 0; i < scored.size; i++) {
            int d = scored.at(i);
            if (kept < size) {
                heap[kept] = d;
                for (int c = kept++; c > 0 && ranksBefore(scores, heap[(c - 1) / 2], heap[c]); c = (c - 1) / 2) {
                    swap(heap, c, (c - 1) / 2);
                }
            } else if (ranksBefore(scores, d, heap[0])) {
                heap[0] = d;
                siftDown(scores, heap, 0, kept);
            }
        }
        for (int end = kept - 1; end > 0; end--) {
            swap(heap, 0, end);
            siftDown(scores, heap, 0, end);
        }
        return heap;
    }

    /** Higher score first; among equal scores the topic that comes first in the notes. */
    private static boolean ranksBefore(double[] scores, int a, int b) {
        int c = Double.compare(scores[b], scores[a]);
        return c != 0 ? c < 0 : a < b;
    }

    private static void siftDown(double[] scores, int[] heap, int i, int size) {
        while (true) {
            int worst = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && ranksBefore(scores, heap[worst], heap[left])) {
                worst = left;
            }
            if (right < size && ranksBefore(scores, heap[worst], heap[right])) {
                worst = right;
            }
            if (worst == i) {
                return;
            }
            swap(heap, i, worst);
            i = worst;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    /** Query words to indexed terms with a weight: exact stems 1.0, the closest typo matches 0.6. */
    private Map<Integer, Double> expand(String query) {
        Map<Integer, Double> matched = new LinkedHashMap<>();
        for (String word : tokens(query)) {
            String s = stem(word);
            int exact = terms.id(s);
            if (exact >= 0) {
                matched.merge(exact, 1.0, Math::max);
                continue;
            }
            int tolerance = Similarity.tolerance(s.length());
            if (tolerance == 0) {
                continue;
            }
            // Only the closest spellings: "contaner" means "container", not also "containerd".
            int best = tolerance + 1;
            List<Integer> closest = new ArrayList<>();
            for (int candidate = 0; candidate < terms.size(); candidate++) {
                if (Math.abs(terms.length(candidate) - s.length()) > tolerance) {
                    continue;
                }
                int d = Similarity.distance(s, terms.chars(candidate));
                if (d < best) {
                    best = d;
                    closest.clear();
                }
                if (d == best) {
                    closest.add(candidate);
                }
            }
            for (int candidate : closest) {
                matched.merge(candidate, 0.6, Math::max);
            }
        }
        return matched;
    }

    /** The word {@code text[from, to)} in lower case, as {@link String#toLowerCase} makes it. */
    private static CharSequence lowerCase(String text, int from, int to, StringBuilder into) {
        into.setLength(0);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return text.substring(from, to).toLowerCase(Locale.ROOT);
            }
            into.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return into;
    }

    private static CharSequence stemOf(CharSequence lowerWord, StringBuilder into) {
        return Words.stem(lowerWord, 0, lowerWord.length(), into);
    }

    private Hit snippet(Topic topic, double score, Set<String> terms) {
        String text = topic.text();
        // The heading is printed above the snippet: the snippet is of the text below it.
        int body = text.startsWith(topic.title()) && text.length() > topic.title().length()
                ? topic.title().length() + 1 : 0;
        List<int[]> matches = new ArrayList<>();
        TermDictionary wanted = new TermDictionary();
        int longest = 0;
        for (String t : terms) {
            wanted.add(t);
            longest = Math.max(longest, t.length());
        }
        StringBuilder stem = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        Words words = new Words(text, body);
        while (words.next()) {
            int from = words.start();
            int to = words.end();
            // a word longer than every term (by more than a plural's "es") cannot stem to one of them
            if (to - from <= longest + 2 && wanted.id(stemOf(lowerCase(text, from, to, lower), stem)) >= 0) {
                matches.add(new int[] {from, to});
            }
        }
        int start = body;
        if (!matches.isEmpty()) {
            // The window with the most matches, starting a little before its first match.
            int best = 0;
            int bestCount = 0;
            for (int i = 0; i < matches.size(); i++) {
                int count = 0;
                for (int j = i; j < matches.size() && matches.get(j)[1] - matches.get(i)[0] <= SNIPPET_CHARS - 20; j++) {
                    count++;
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = i;
                }
            }
            start = Math.max(body, matches.get(best)[0] - 30);
            while (start > body && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
        }
        int end = Math.min(text.length(), start + SNIPPET_CHARS);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - start < SNIPPET_CHARS + 20) {
            end++;
        }
        String prefix = start > body ? "…" : "";
        String suffix = end < text.length() ? "…" : "";
        String snippet = prefix + text.substring(start, end).strip() + suffix;
        int offset = start - prefix.length() + (text.substring(start, end).length() - text.substring(start, end).stripLeading().length());
        List<int[]> marks = new ArrayList<>();
        for (int[] match : matches) {
            if (match[0] >= start && match[1] <= end) {
                marks.add(new int[] {match[0] - offset, match[1] - offset});
            }
        }
        return new Hit(topic, score, snippet, marks);
    }

    /** Distinct indexed words, for completion and suggestions (a read-only view, not a copy). */
    public Set<String> vocabulary() {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return o instanceof String word && terms.id(word) >= 0;
            }

            @Override
            public int size() {
                return terms.size();
            }

            @Override
            public Iterator<String> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < terms.size();
                    }

                    @Override
                    public String next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return terms.word(next++);
                    }
                };
            }
        };
    }

    static Comparator<Hit> byScore() {
        return Comparator.comparingDouble(Hit::score).reversed();
    }
}
