package org.netdeck.compute;

import java.util.List;
import java.util.Objects;

/**
 * How one reported value was computed, as the engine's code computed it: {@code label} says what it is in words,
 * {@code tex} is its formula in symbols (TeX, the operands' symbols in place), {@code operands} the names of the
 * values it used (each explained in the same {@link Provenance}), and {@code template} the arithmetic as plain text
 * with {@code {i}} standing for operand i and every other number written out ({@link Provenance#formula} puts the
 * operands' values in). A value given in the deck's front matter has no operands, its number as template and the
 * front-matter key path it came from as {@code source} (empty for a computed value).
 */
public record Explanation(
        String label, String symbol, String tex, List<String> operands, String template, double value, String source) {

    public Explanation {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(tex, "tex");
        operands = List.copyOf(operands);
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the value was given (written in the front matter), not computed from others. */
    public boolean given() {
        return !source.isEmpty();
    }
}
