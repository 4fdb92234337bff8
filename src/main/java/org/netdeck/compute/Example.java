package org.netdeck.compute;

import java.util.Map;

/** One example of a data set: a value for every input neuron and a target for every output neuron, by name. */
public record Example(Map<String, Double> inputs, Map<String, Double> targets) {

    public Example {
        inputs = Values.ordered(inputs);
        targets = Values.ordered(targets);
        inputs.forEach(Values::requireFinite);
        targets.forEach(Values::requireFinite);
    }
}
