package org.netdeck.compute;

import java.util.List;
import java.util.Map;

/**
 * A training run of {@code iterations} optimiser steps: the loss over the whole data set before each step and after
 * the last ({@code iterations + 1} values, the first being the initial loss), where it ended, the
 * {@link Checkpoints} chosen along the way (the full state at up to {@link Checkpoints#MAX} iterations), and the
 * first {@link Backprop#RECORDED_STEPS} steps in detail ({@code steps}: batch, gradient, optimiser state).
 */
public record Training(
        List<Double> loss,
        Map<String, Double> params,
        Pass forward,
        List<Checkpoint> checkpoints,
        List<OptimizerStep> steps) {

    public Training {
        loss = List.copyOf(loss);
        params = Values.ordered(params);
        checkpoints = List.copyOf(checkpoints);
        steps = List.copyOf(steps);
        if (loss.isEmpty()) {
            throw new IllegalArgumentException("a training run has at least its initial loss");
        }
    }

    /** A run without recorded steps. */
    public Training(List<Double> loss, Map<String, Double> params, Pass forward, List<Checkpoint> checkpoints) {
        this(loss, params, forward, checkpoints, List.of());
    }

    /** A run without checkpoints. */
    public Training(List<Double> loss, Map<String, Double> params, Pass forward) {
        this(loss, params, forward, List.of());
    }
}
