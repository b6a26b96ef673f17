package org.lifecircle.project;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known key a misspelt one was probably meant to be: same letters ignoring case,
 * underscores and dashes ({@code speed_kmh} → {@code speedKmh}), a prefix ({@code radius} →
 * {@code radiusMeters}), or the smallest edit distance within a third of the key's length.
 * Cost O(K · L²) for K known keys of length L.
 */
final class KeySuggestions {

    private KeySuggestions() {
    }

    static Optional<String> nearest(String unknown, Collection<String> known) {
        String u = normalize(unknown);
        if (u.isEmpty()) return Optional.empty();
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String k : known) {
            String n = normalize(k);
            int score;
            if (n.equals(u)) {
                score = 0;
            } else if (u.length() >= 4 && (n.startsWith(u) || u.startsWith(n))) {
                score = 1;
            } else {
                int d = editDistance(u, n);
                if (d > Math.max(1, Math.min(u.length(), n.length()) / 3)) continue;
                score = 1 + d;
            }
            if (score < bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
