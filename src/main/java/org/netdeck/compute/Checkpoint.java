package org.netdeck.compute;

import java.util.Map;

/** The state of a training run after {@code iteration} gradient-descent steps: every parameter and that forward pass (with its loss). */
public record Checkpoint(int iteration, Map<String, Double> params, Pass forward) {

    public Checkpoint {
        params = Values.ordered(params);
    }

    public double loss() {
        return forward.loss();
    }
}
