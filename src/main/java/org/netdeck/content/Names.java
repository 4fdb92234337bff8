package org.netdeck.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What makes a good name in the front matter, and "did you mean" suggestions for a bad one. */
final class Names {

    /** Names appear in references such as {@code {{ grad.w3 }}}, so they are identifiers. */
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Words the reference namespace uses for itself ({@code {{ loss }}}, {@code {{ grad.w1 }}}, ...). */
    static final List<String> RESERVED = List.of(
            "loss",
            "grad",
            "delta",
            "z",
            "updated",
            "trained",
            "target",
            "input",
            "count",
            "local",
            "dLda",
            "improvement",
            "learning_rate",
            "alpha",
            "iterations",
            "runs",
            "steps_to");

    private Names() {}

    /**
     * Why {@code name} cannot name a neuron, weight or bias (or a layer, when {@code reservedApply} is false); empty
     * when it can.
     */
    static Optional<String> whyNot(String name, boolean reservedApply) {
        if (!IDENTIFIER.matcher(name).matches()) {
            return Optional.of("'" + Limits.shorten(name)
                    + "' is not a valid name; a name starts with a letter or '_' and has only"
                    + " letters, digits and '_' (names are used in references like {{ grad.w3 }})");
        }
        if (reservedApply && RESERVED.contains(name)) {
            return Optional.of("'" + name + "' is a reserved name (references use it, as in {{ " + name
                    + " }}); pick another name");
        }
        return Optional.empty();
    }

    /** The candidates quoted and comma-separated: {@code 'a', 'b', 'c'}. */
    static String list(Collection<String> candidates) {
        return String.join(", ", candidates.stream().map(c -> "'" + c + "'").toList());
    }
}
