package org.netdeck.compute;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One optimiser step of a training run, as a reader checks it by hand: step {@code step} (from 1) took the batch of
 * examples {@code first} to {@code last} (from 1, inclusive), whose mean loss was {@code batchLoss} at the
 * parameters before the step and whose mean gradient was {@code gradient}; {@code state} is the optimiser's buffers
 * after the step by PyTorch's name ({@code momentum_buffer}; {@code square_avg}, {@code grad_avg}; {@code exp_avg}
 * = m, {@code exp_avg_sq} = v), each by parameter; {@code params} the parameters after it.
 */
public record OptimizerStep(
        int step,
        int first,
        int last,
        double batchLoss,
        Map<String, Double> gradient,
        Map<String, Map<String, Double>> state,
        Map<String, Double> params) {

    public OptimizerStep {
        gradient = Values.ordered(gradient);
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        state.forEach((name, values) -> copy.put(name, Values.ordered(values)));
        state = Values.ordered(copy);
        params = Values.ordered(params);
    }
}
