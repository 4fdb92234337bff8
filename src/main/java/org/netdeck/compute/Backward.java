package org.netdeck.compute;

import java.util.Map;

/**
 * One backward pass. For every non-input neuron: {@code dLda} (∂L/∂a, summed over every path to
 * the loss), {@code dadz} (the activation's local slope ∂a/∂z) and {@code deltas}
 * (∂L/∂z = ∂L/∂a · ∂a/∂z). For every weight and bias, frozen ones included: {@code gradients} (∂L/∂θ).
 */
public record Backward(
        Map<String, Double> dLda, Map<String, Double> dadz, Map<String, Double> deltas, Map<String, Double> gradients) {

    public Backward {
        dLda = Values.ordered(dLda);
        dadz = Values.ordered(dadz);
        deltas = Values.ordered(deltas);
        gradients = Values.ordered(gradients);
    }
}
