package org.netdeck.compute;

import java.util.List;
import java.util.Map;

/**
 * A training run of {@code iterations} gradient-descent steps: the loss before each step and after the
 * last ({@code iterations + 1} values, the first being the initial loss), where it ended, and the
 * {@link Checkpoints} chosen along the way (the full state at up to {@link Checkpoints#MAX} iterations).
 */
public record Training(List<Double> loss, Map<String, Double> params, Pass forward, List<Checkpoint> checkpoints) {

    public Training {
        loss = List.copyOf(loss);
        params = Values.ordered(params);
        checkpoints = List.copyOf(checkpoints);
        if (loss.isEmpty()) {
            throw new IllegalArgumentException("a training run has at least its initial loss");
        }
    }

    /** A run without checkpoints. */
    public Training(List<Double> loss, Map<String, Double> params, Pass forward) {
        this(loss, params, forward, List.of());
    }
}
