package org.netdeck.compute;

import java.util.Map;

/**
 * One forward pass at some parameters: {@code z} (weighted sum plus bias) and {@code a} (activation)
 * for every neuron by name, and the loss of the outputs. For an input neuron {@code z = a =} its input.
 */
public record Pass(Map<String, Double> z, Map<String, Double> a, double loss) {

    public Pass {
        z = Values.ordered(z);
        a = Values.ordered(a);
    }
}
