package org.netdeck.compute;

import java.util.Map;

/** The parameters after gradient descent ({@code θ − α ∂L/∂θ}; frozen biases unchanged), and the forward pass with them. */
public record Update(Map<String, Double> params, Pass forward) {

    public Update {
        params = Values.ordered(params);
    }

    public double loss() {
        return forward.loss();
    }
}
