package org.netdeck.content;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What makes a good name in the front matter, and "did you mean" suggestions for a bad one. */
final class Names {

    /** Names appear in references such as {@code {{ grad.w3 }}}, so they are identifiers. */
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Words the reference namespace uses for itself ({@code {{ loss }}}, {@code {{ grad.w1 }}}, ...). */
    static final List<String> RESERVED = List.of("loss", "grad", "delta", "z", "updated", "trained", "target",
            "input", "count", "local", "dLda", "improvement", "learning_rate", "alpha", "iterations");

    private Names() {
    }

    /** Why {@code name} cannot name a neuron, weight or bias (or a layer, when {@code reservedApply} is false); empty when it can. */
    static Optional<String> whyNot(String name, boolean reservedApply) {
        if (!IDENTIFIER.matcher(name).matches()) {
            return Optional.of("'" + name + "' is not a valid name; a name starts with a letter or '_' and has only"
                    + " letters, digits and '_' (names are used in references like {{ grad.w3 }})");
        }
        if (reservedApply && RESERVED.contains(name)) {
            return Optional.of("'" + name + "' is a reserved name (references use it, as in {{ " + name
                    + " }}); pick another name");
        }
        return Optional.empty();
    }

    /** The candidate closest to {@code word}, if it is close enough to be what was meant. */
    static Optional<String> closest(String word, Collection<String> candidates) {
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
                ? Optional.of(best) : Optional.empty();
    }

    /** {@code "; did you mean 'x'?"} when a candidate is close, else {@code "; <otherwise>"}. */
    static String suggest(String word, Collection<String> candidates, String otherwise) {
        return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("; " + otherwise);
    }

    /** The candidates quoted and comma-separated: {@code 'a', 'b', 'c'}. */
    static String list(Collection<String> candidates) {
        return String.join(", ", candidates.stream().map(c -> "'" + c + "'").toList());
    }

    /** Edits (insert, delete, substitute, swap two neighbours) that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
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
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);  // "tahn" -> "tanh" is one edit
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
