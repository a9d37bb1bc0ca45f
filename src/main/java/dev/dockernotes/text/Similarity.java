package dev.dockernotes.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Edit distance and "did you mean" suggestions, shared by every lookup that forgives typos. */
public final class Similarity {
    private Similarity() {}

    /** Damerau-Levenshtein (optimal string alignment): a swap of two neighbours costs 1. */
    public static int distance(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }

    /** How many typos a word of this length may carry and still count as meant. */
    public static int tolerance(int length) {
        return length <= 3 ? 0 : length <= 7 ? 1 : 2;
    }

    /**
     * The candidates closest to {@code input}, best first: those within a few edits, and those that
     * start with or contain it. Case-insensitive. At most {@code limit}.
     */
    public static List<String> suggestions(String input, Collection<String> candidates, int limit) {
        String in = input.toLowerCase(Locale.ROOT);
        int maxDistance = Math.max(2, in.length() / 3);
        record Scored(String candidate, int score) {}
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int score;
            if (c.startsWith(in) || in.length() >= 3 && c.contains(in)) {
                score = c.startsWith(in) ? 0 : 1;
            } else {
                if (Math.abs(in.length() - c.length()) > maxDistance) {
                    continue; // at least that many edits apart: skip the quadratic distance (huge inputs)
                }
                int d = distance(in, c);
                if (d > maxDistance) {
                    continue;
                }
                score = 1 + d;
            }
            scored.add(new Scored(candidate, score));
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparingInt(s -> s.candidate().length())
                .thenComparing(Scored::candidate));
        return scored.stream().map(Scored::candidate).distinct().limit(limit).toList();
    }
}
