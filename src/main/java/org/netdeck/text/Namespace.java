package org.netdeck.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Pass;
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
