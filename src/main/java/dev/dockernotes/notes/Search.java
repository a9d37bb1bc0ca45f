package dev.dockernotes.notes;

import dev.dockernotes.text.Similarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full-text search over the topics with BM25 (k1 1.2, b 0.75). Words are lower-cased and reduced
 * to a light singular stem ("volumes" -> "volume"); a query word the notes never use is matched to
 * their words within a typo or two. Heading words count three times.
 */
public final class Search {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[._-][\\p{L}\\p{N}]+)*");
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final int TITLE_WEIGHT = 3;
    private static final int SNIPPET_CHARS = 160;

    /** One search result: the topic, its score, and a snippet with the matched words' positions. */
    public record Hit(Topic topic, double score, String snippet, List<int[]> marks) {}

    private final List<Topic> topics;
    private final Map<String, Map<Integer, Integer>> postings = new HashMap<>();
    private final int[] lengths;
    private final double averageLength;

    Search(List<Topic> topics) {
        this.topics = topics;
        this.lengths = new int[topics.size()];
        long total = 0;
        for (int d = 0; d < topics.size(); d++) {
            Topic t = topics.get(d);
            int length = 0;
            for (String w : tokens(t.title())) {
                postings.computeIfAbsent(stem(w), k -> new HashMap<>()).merge(d, TITLE_WEIGHT, Integer::sum);
                length += TITLE_WEIGHT;
            }
            String body = t.text().substring(Math.min(t.text().length(), t.title().length()));
            for (String w : tokens(body)) {
                postings.computeIfAbsent(stem(w), k -> new HashMap<>()).merge(d, 1, Integer::sum);
                length++;
            }
            // A correction's words find the topic, without making the user's own text count for less.
            for (Correction c : t.corrections()) {
                for (String w : tokens(c.text())) {
                    postings.computeIfAbsent(stem(w), k -> new HashMap<>()).merge(d, 1, Integer::sum);
                }
            }
            lengths[d] = length;
            total += length;
        }
        averageLength = topics.isEmpty() ? 1 : Math.max(1, (double) total / topics.size());
    }

    /** Lower-cased words; "overlay2", "docker.sock" and "is-active" stay whole. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
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
        Map<String, Double> terms = expand(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<Integer, Double> scores = new HashMap<>();
        int n = topics.size();
        terms.forEach((term, weight) -> {
            Map<Integer, Integer> docs = postings.get(term);
            double idf = Math.log(1 + (n - docs.size() + 0.5) / (docs.size() + 0.5));
            docs.forEach((d, tf) -> {
                double norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[d] / averageLength));
                scores.merge(d, weight * idf * norm, Double::sum);
            });
        });
        // Topics matching more of the query's words come first among near-equal scores.
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : ranked.subList(0, Math.min(limit, ranked.size()))) {
            Topic t = topics.get(e.getKey());
            hits.add(snippet(t, e.getValue(), terms.keySet()));
        }
        return hits;
    }

    /** Query words to indexed terms with a weight: exact stems 1.0, the closest typo matches 0.6. */
    private Map<String, Double> expand(String query) {
        Map<String, Double> terms = new LinkedHashMap<>();
        for (String word : tokens(query)) {
            String s = stem(word);
            if (postings.containsKey(s)) {
                terms.merge(s, 1.0, Math::max);
                continue;
            }
            int tolerance = Similarity.tolerance(s.length());
            if (tolerance == 0) {
                continue;
            }
            // Only the closest spellings: "contaner" means "container", not also "containerd".
            int best = tolerance + 1;
            List<String> closest = new ArrayList<>();
            for (String candidate : postings.keySet()) {
                if (Math.abs(candidate.length() - s.length()) > tolerance) {
                    continue;
                }
                int d = Similarity.distance(s, candidate);
                if (d < best) {
                    best = d;
                    closest.clear();
                }
                if (d == best) {
                    closest.add(candidate);
                }
            }
            for (String candidate : closest) {
                terms.merge(candidate, 0.6, Math::max);
            }
        }
        return terms;
    }

    private Hit snippet(Topic topic, double score, Set<String> terms) {
        String text = topic.text();
        List<int[]> matches = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (terms.contains(stem(m.group()))) {
                matches.add(new int[] {m.start(), m.end()});
            }
        }
        int start = 0;
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
            start = Math.max(0, matches.get(best)[0] - 30);
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
        }
        int end = Math.min(text.length(), start + SNIPPET_CHARS);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - start < SNIPPET_CHARS + 20) {
            end++;
        }
        String prefix = start > 0 ? "…" : "";
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

    /** Distinct indexed words, for completion and suggestions. */
    public Set<String> vocabulary() {
        return new LinkedHashSet<>(postings.keySet());
    }

    static Comparator<Hit> byScore() {
        return Comparator.comparingDouble(Hit::score).reversed();
    }
}
