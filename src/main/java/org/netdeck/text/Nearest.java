package org.netdeck.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/** "Did you mean": the closest candidate by edit distance, when it is close enough to be a likely typo. */
final class Nearest {

    private Nearest() {
    }

    /** The candidate nearest to {@code word} (the first of equals), if within max(2, length / 3) edits. */
    static Optional<String> to(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, word.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)", or nothing. */
    static String didYouMean(String word, Collection<String> candidates) {
        return to(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
    static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        Arrays.setAll(row, j -> j);
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];  // distance(a[..i-1], b[..j-1])
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(above + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
