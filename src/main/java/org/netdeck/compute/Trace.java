package org.netdeck.compute;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything computed for one deck (with its compare runs and the {@code steps_to} goals its text asks for), read by the later stages (diagrams, text, trace.json), and how each value was computed ({@link Provenance}).
 * {@code nudges} is the finite-difference check, ΔL = L(θ + h) − L(θ) by parameter ({@link
 * FiniteDifference#lossChanges}), computed once for the deck's own run (its page text, explanations and trace.json
 * read it here); empty in a compare run's trace.
 *
 * <pre>{@code Trace t = Backprop.compute(spec);  t.loss(); t.gradients().get("w3"); t.updated().loss();}</pre>
 */
public record Trace(
        NetworkSpec network,
        Pass forward,
        Backward backward,
        Update updated,
        Training training,
        List<Run> runs,
        List<StepsTo> stepsTo,
        Provenance provenance,
        Map<String, Double> nudges) {

    public Trace {
        runs = List.copyOf(runs);
        stepsTo = List.copyOf(stepsTo);
        java.util.Objects.requireNonNull(provenance, "provenance");
        nudges = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nudges)); // in parameter order
    }

    /**
     * Equal numbers: two traces are equal when everything computed is (the {@link #nudges} follow from the network),
     * whatever the names their {@link #provenance} records it under (a compare run's are {@code runs.R.}-prefixed, the same run computed alone's are not).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Trace t
                && network.equals(t.network)
                && forward.equals(t.forward)
                && backward.equals(t.backward)
                && updated.equals(t.updated)
                && training.equals(t.training)
                && runs.equals(t.runs)
                && stepsTo.equals(t.stepsTo);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(network, forward, backward, updated, training, runs, stepsTo);
    }

    /** The compare run named {@code name}. */
    public Optional<Run> run(String name) {
        return runs.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The answer to {@code goal}, if it was asked. */
    public Optional<StepsTo> stepsTo(Goal goal) {
        return stepsTo.stream().filter(s -> s.goal().equals(goal)).findFirst();
    }

    /** The initial parameters by name. */
    public Map<String, Double> params() {
        return network.params();
    }

    /** The loss of the initial forward pass. */
    public double loss() {
        return forward.loss();
    }

    /** ∂L/∂θ for every weight and bias. */
    public Map<String, Double> gradients() {
        return backward.gradients();
    }

    /** ∂L/∂z for every non-input neuron. */
    public Map<String, Double> deltas() {
        return backward.deltas();
    }
}
