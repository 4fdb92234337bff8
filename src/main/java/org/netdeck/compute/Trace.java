package org.netdeck.compute;

import java.util.Map;

/**
 * Everything computed for one deck, read by the later stages (diagrams, text, trace.json).
 *
 * <pre>{@code Trace t = Backprop.compute(spec);  t.loss(); t.gradients().get("w3"); t.updated().loss();}</pre>
 */
public record Trace(
        NetworkSpec network,
        Pass forward,
        Backward backward,
        Update updated,
        Training training) {

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
