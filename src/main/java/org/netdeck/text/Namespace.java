package org.netdeck.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Pass;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;

/**
 * Every value a slide may refer to, by the name an author writes ({@code yhat}, {@code grad.w3},
 * {@code updated.loss}, ...), built once per deck from its {@link Trace}.
 *
 * <pre>{@code new Namespace(trace).lookup("grad.w3")  // OptionalDouble[-0.0656...]}</pre>
 *
 * The fixed names ({@code loss}, {@code improvement}, {@code learning_rate}, {@code alpha},
 * {@code iterations}) win over a neuron or parameter with the same name.
 */
public final class Namespace {

    private final Map<String, Double> values;
    private final Set<String> integers;
    private final Map<String, Precision> kinds;
    private final Formulas formulas;

    public Namespace(Trace trace) {
        NetworkSpec spec = trace.network();
        Map<String, Double> v = new LinkedHashMap<>();
        Set<String> ints = new LinkedHashSet<>();
        List<String> inputs = spec.inputLayer().neurons();
        // plain names: a neuron is its activation, a parameter its initial value
        v.putAll(trace.forward().a());
        Map<String, Double> initial = trace.params();  // built on each call: once here, not once per parameter
        v.putAll(initial);
        pass(v, "", trace.forward());
        spec.inputs().forEach((x, value) -> v.put("input." + x, value));
        spec.targets().forEach((o, value) -> v.put("target." + o, value));
        trace.gradients().forEach((p, g) -> v.put("grad." + p, g));         // ∂L/∂θ
        trace.backward().dLda().forEach((n, g) -> v.put("grad." + n, g));   // ∂L/∂a
        trace.deltas().forEach((n, d) -> v.put("delta." + n, d));           // ∂L/∂z
        trace.backward().dadz().forEach((n, s) -> v.put("local." + n, s));  // ∂a/∂z
        trace.updated().params().forEach((p, value) -> v.put("updated." + p, value));
        trace.updated().forward().a().forEach((n, a) -> v.put("updated." + n, a));
        pass(v, "updated.", trace.updated().forward());
        trace.updated().params().forEach((p, value) -> v.put("change." + p, value - initial.get(p)));
        trace.training().params().forEach((p, value) -> v.put("trained." + p, value));
        trace.training().forward().a().forEach((n, a) -> v.put("trained." + n, a));
        pass(v, "trained.", trace.training().forward());
        v.put("trained.improvement", improvement(trace.loss(), trace.training().forward().loss()));
        v.put("loss", trace.loss());
        v.put("improvement", improvement(trace.loss(), trace.updated().loss()));
        v.put("learning_rate", spec.learningRate());
        v.put("alpha", spec.learningRate());
        integer(v, ints, "iterations", spec.iterations());
        integer(v, ints, "count.weights", spec.weights().size());
        integer(v, ints, "count.biases", spec.biases().size());
        integer(v, ints, "count.parameters", spec.learnableParameters());
        integer(v, ints, "count.neurons", spec.neurons().size());
        integer(v, ints, "count.layers", spec.layers().size());
        integer(v, ints, "count.inputs", inputs.size());
        integer(v, ints, "count.outputs", spec.outputLayer().neurons().size());
        this.values = Collections.unmodifiableMap(v);
        this.integers = Collections.unmodifiableSet(ints);
        this.kinds = kinds(v.keySet(), trace);
        this.formulas = new Formulas(trace);
    }

    /** The precision policy's kind of every name that has one (counts and ratios have none). */
    private static Map<String, Precision> kinds(Set<String> names, Trace trace) {
        Set<String> params = trace.params().keySet();
        Map<String, Precision> k = new LinkedHashMap<>();
        for (String name : names) {
            int dot = name.indexOf('.');
            String family = dot < 0 ? "" : name.substring(0, dot);
            String rest = name.substring(dot + 1);
            Precision p = switch (family) {
                case "grad", "delta", "change" -> Precision.GRADIENT;
                case "updated", "trained" -> rest.equals("loss") ? Precision.LOSS
                        : params.contains(rest) ? Precision.UPDATED
                        : rest.equals("improvement") ? null : Precision.VALUE;
                case "count" -> null;
                case "" -> switch (name) {
                    case "loss" -> Precision.LOSS;
                    case "learning_rate", "alpha" -> Precision.EXACT;
                    case "iterations", "improvement" -> null;
                    default -> Precision.VALUE;  // a neuron's activation or a parameter's initial value
                };
                default -> Precision.VALUE;  // a, z, input, target, local
            };
            if (p != null) {
                k.put(name, p);
            }
        }
        return Collections.unmodifiableMap(k);
    }

    /** How the value {@code name} is shown when no format is written, by the precision policy; empty for counts and ratios. */
    public Optional<Precision> precision(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /** The TeX of a formula reference ({@code label.yhat}, {@code chain.w1}, {@code update.w3}, {@code sum.h1}), if it is one. */
    public Optional<String> formula(String name) {
        return formulas.tex(name);
    }

    /** Every formula reference name. */
    public List<String> formulaNames() {
        return formulas.names();
    }

    /** {@code a.N}, {@code z.N} and {@code loss} of one forward pass, each name after {@code prefix}. */
    private static void pass(Map<String, Double> v, String prefix, Pass pass) {
        pass.a().forEach((n, a) -> v.put(prefix + "a." + n, a));
        pass.z().forEach((n, z) -> v.put(prefix + "z." + n, z));
        v.put(prefix + "loss", pass.loss());
    }

    private static void integer(Map<String, Double> v, Set<String> ints, String name, int value) {
        v.put(name, (double) value);
        ints.add(name);
    }

    /** The fraction of the loss gone: (before − after) / before; 0 when there was no loss to begin with. */
    private static double improvement(double before, double after) {
        return before == 0.0 ? 0.0 : (before - after) / before;
    }

    /** The value named {@code name}, or empty when there is no such name. */
    public OptionalDouble lookup(String name) {
        Double value = values.get(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Whether {@code name} is a count (printed as a whole number by default). */
    public boolean isInteger(String name) {
        return integers.contains(name);
    }

    /** Every name, in a stable order: neurons and parameters first, then the families, then the fixed names. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }
}
