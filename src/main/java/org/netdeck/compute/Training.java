package org.netdeck.compute;

import java.util.List;
import java.util.Map;

/**
 * A training run of {@code iterations} gradient-descent steps: the loss before each step and after the
 * last ({@code iterations + 1} values, the first being the initial loss), and where it ended.
 */
public record Training(List<Double> loss, Map<String, Double> params, Pass forward) {

    public Training {
        loss = List.copyOf(loss);
        params = Values.ordered(params);
        if (loss.isEmpty()) {
            throw new IllegalArgumentException("a training run has at least its initial loss");
        }
    }
}
