package org.netdeck.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean": the candidate closest to a mistyped word, when it is close enough to be a typo.
 *
 * <pre>{@code DidYouMean.closest("tahn", List.of("sigmoid", "tanh"))  // Optional[tanh]}</pre>
 *
 * <p>Every message words a suggestion one way, through {@link #hint}: {@code unknown activation 'tahn'; did you
 * mean 'tanh'? The activations are ...}.
 */
public final class DidYouMean {

    private DidYouMean() {}

    /** The candidate closest to {@code word} (ignoring case; the first of equals), if it is close enough. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        // a typo or two, more for long words; never a whole different short word
        return best != null && bestDistance <= Math.max(1, Math.min(3, best.length() / 3))
                ? Optional.of(best)
                : Optional.empty();
    }

    /**
     * {@code "; did you mean 'x'?"} when a candidate is close enough, else nothing: the one wording of a suggestion.
     */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /**
     * {@link #hint(String, Collection)} followed by what the author may write, {@code more} starting in lower case:
     * {@code "; did you mean 'tanh'? The activations are ..."}, or {@code "; the activations are ..."}.
     */
    public static String hint(String word, Collection<String> candidates, String more) {
        String hint = hint(word, candidates);
        return hint.isEmpty()
                ? "; " + more
                : hint + " " + more.substring(0, 1).toUpperCase(Locale.ROOT) + more.substring(1);
    }

    /** Edits (insert, delete, substitute, swap two neighbours) that turn {@code a} into {@code b}. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1); // "tahn" -> "tanh" is one edit
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
