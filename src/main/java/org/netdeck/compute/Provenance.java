package org.netdeck.compute;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How every value the engine reports was computed, by reference name ({@code z.h1}, {@code a.h1}, {@code grad.w3},
 * {@code updated.loss}, {@code runs.adam.updated.w1}, ...): one {@link Explanation} each, recorded by the code that
 * computed the value while it computed it, so an explanation cannot disagree with its number. {@code aliases} maps
 * the other names of a value to the one it is recorded under ({@code h1} → {@code a.h1}, {@code alpha} → {@code
 * learning_rate}).
 *
 * <pre>{@code trace.provenance().formula("grad.w3")  // "-0.12435... * 0.59868..."}</pre>
 */
public record Provenance(Map<String, Explanation> explanations, Map<String, String> aliases) {

    public static final Provenance EMPTY = new Provenance(Map.of(), Map.of());

    public Provenance {
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
        aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    }

    /** The name {@code name} is recorded under (itself, unless it is an alias). */
    public String resolve(String name) {
        return aliases.getOrDefault(name, name);
    }

    /** The explanation of {@code name} (or of the value it is an alias of), if the engine recorded one. */
    public Optional<Explanation> get(String name) {
        return Optional.ofNullable(explanations.get(resolve(name)));
    }

    /**
     * The arithmetic of {@code name} in plain text with its operands' values in full precision ({@link #number}), a
     * negative one in parentheses: what evaluating gives the value; empty without an explanation.
     */
    public Optional<String> formula(String name) {
        return get(name)
                .map(e -> substitute(e, i -> {
                    String n = number(explanations.get(e.operands().get(i)).value());
                    return n.startsWith("-") ? "(" + n + ")" : n;
                }));
    }

    /** {@code e}'s template with {@code {i}} replaced by {@code operand.apply(i)}. */
    public static String substitute(Explanation e, java.util.function.IntFunction<String> operand) {
        String t = e.template();
        StringBuilder out = new StringBuilder(t.length() + 16 * e.operands().size());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int close = c == '{' ? t.indexOf('}', i) : -1;
            if (close > i) {
                out.append(operand.apply(Integer.parseInt(t.substring(i + 1, close))));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code value} in full precision as plain text: the shortest decimal that reads back as the double (as
     * trace.json writes it), never in exponent notation, with an ASCII minus.
     */
    public static String number(double value) {
        if (value == 0.0) {
            return "0";
        }
        String plain =
                new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return plain;
    }
}
