package org.netdeck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Provenance;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Weight;
import org.netdeck.problem.DidYouMean;

/**
 * The formula reference {@code paths.NEURON}: ∂L/∂a of a neuron that feeds others, as the sum of what comes back along
 * each weight leaving it, symbols, then numbers, then each product ({@code via.W}, {@link org.netdeck.compute.FiniteDifference#shares}), then the sum:
 * <pre>∂L/∂h₁ = δ_o₁ w₅ + δ_o₂ w₇ = (0.138)(0.400) + (−0.0381)(0.500) = 0.0554 + (−0.0190) = 0.0364</pre>
 * on aligned rows. Every number follows the {@link Precision} policy (δ and the products as gradients, weights as
 * values).
 */
final class Forks {

    static final String PREFIX = "paths.";

    private final Trace trace;
    private final NetworkSpec spec;
    private final Map<String, Double> shares;

    Forks(Trace trace, Map<String, Double> shares) {
        this.trace = trace;
        this.spec = trace.network();
        this.shares = shares;
    }

    static boolean isForkName(String name) {
        return name.startsWith(PREFIX);
    }

    /** The neurons with at least one weight leaving them: those {@code paths.NEURON} writes. */
    List<String> neurons() {
        List<String> n = new ArrayList<>();
        for (String neuron : spec.neurons()) {
            if (spec.weights().stream().anyMatch(w -> w.from().equals(neuron))) {
                n.add(neuron);
            }
        }
        return n;
    }

    List<String> names() {
        return neurons().stream().map(n -> PREFIX + n).toList();
    }

    Optional<String> tex(String name) {
        return marked(name).map(t -> Formulas.plain(t, trace.provenance()));
    }

    /** {@link #tex} with the engine's numbers marked ({@link Formulas#value}), for {@link Formulas#node}. */
    Optional<String> marked(String name) {
        String neuron = name.substring(PREFIX.length());
        if (!isForkName(name) || !neurons().contains(neuron)) {
            return Optional.empty();
        }
        List<String> symbols = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> products = new ArrayList<>();
        for (Weight w : spec.weights()) {
            if (w.from().equals(neuron)) {
                String delta = "\\delta_{" + spec.label(w.to()).orElseThrow() + "}";
                symbols.add(delta + "\\," + w.label());
                Provenance p = trace.provenance();
                numbers.add("("
                        + Formulas.value(p, "delta." + w.to(), trace.deltas().get(w.to()), Precision.GRADIENT) + ")("
                        + Formulas.value(p, w.name(), w.value(), Precision.VALUE) + ")");
                String share = "via." + w.name();
                products.add(
                        products.isEmpty()
                                ? Formulas.value(p, share, shares.get(w.name()), Precision.GRADIENT)
                                : Formulas.operandValue(p, share, shares.get(w.name()), Precision.GRADIENT));
            }
        }
        String lhs = "\\frac{\\partial L}{\\partial " + spec.label(neuron).orElseThrow() + "}";
        String total = Formulas.value(
                trace.provenance(), "grad." + neuron, trace.backward().dLda().get(neuron), Precision.GRADIENT);
        String rows = lhs + " &= " + String.join(" + ", symbols) + " \\\\ &= " + String.join(" + ", numbers);
        if (products.size() > 1) {
            rows += " \\\\ &= " + String.join(" + ", products);
        }
        return Optional.of("\\begin{aligned}" + rows + " = " + total + "\\end{aligned}");
    }

    /** Why {@code paths.NAME} has no formula, when it names no neuron with weights leaving it. */
    Optional<String> absent(String name) {
        if (!isForkName(name) || marked(name).isPresent()) {
            return Optional.empty();
        }
        String neuron = name.substring(PREFIX.length());
        if (spec.neurons().contains(neuron)) {
            return Optional.of("paths.NEURON writes ∂L/∂a as a sum over the weights leaving the neuron, but no weight"
                    + " leaves " + neuron + "; the neurons that feed others are " + String.join(", ", neurons()));
        }
        return Optional.of("unknown neuron '" + neuron + "' in paths.NEURON"
                + DidYouMean.hint(
                        neuron, neurons(), "the neurons that feed others are " + String.join(", ", neurons())));
    }
}
