package org.netdeck.compute;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One backward pass. For every non-input neuron: {@code dLda} (∂L/∂a, summed over every path to
 * the loss), {@code dadz} (the activation's local slope ∂a/∂z) and {@code deltas}
 * (∂L/∂z = ∂L/∂a · ∂a/∂z). For every weight and bias, frozen ones included: {@code gradients} (∂L/∂θ).
 *
 * <p>With a softmax output layer every output's δ depends on every output's ∂L/∂a: {@code jacobian} holds
 * ∂a_i/∂z_j = a_i(δ_ij − a_j) (row by output i, column by output j), δ_j = Σ_i ∂L/∂a_i · ∂a_i/∂z_j (the Jacobian
 * transposed times ∂L/∂a), and an output's {@code dadz} is the Jacobian's diagonal entry ∂a_i/∂z_i. Without one,
 * {@code jacobian} is empty.
 */
public record Backward(
        Map<String, Double> dLda,
        Map<String, Double> dadz,
        Map<String, Double> deltas,
        Map<String, Double> gradients,
        Map<String, Map<String, Double>> jacobian) {

    /** A backward pass without a softmax layer. */
    public Backward(
            Map<String, Double> dLda,
            Map<String, Double> dadz,
            Map<String, Double> deltas,
            Map<String, Double> gradients) {
        this(dLda, dadz, deltas, gradients, Map.of());
    }

    public Backward {
        dLda = Values.ordered(dLda);
        dadz = Values.ordered(dadz);
        deltas = Values.ordered(deltas);
        gradients = Values.ordered(gradients);
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        jacobian.forEach((row, columns) -> rows.put(row, Values.ordered(columns)));
        jacobian = Values.ordered(rows);
    }
}
