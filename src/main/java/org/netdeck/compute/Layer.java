package org.netdeck.compute;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One layer: a name and its neurons in order. The input layer's activation is {@link Activation#LINEAR}
 * (it passes the inputs on); authors do not write one for it. {@code label} is the layer's display label
 * and {@code neuronLabels} every neuron's, in TeX.
 */
public record Layer(
        String name, List<String> neurons, Activation activation, String label, Map<String, String> neuronLabels) {

    /** A layer whose labels all come from the names ({@link Labels#of}). */
    public Layer(String name, List<String> neurons, Activation activation) {
        this(name, neurons, activation, "\\text{" + name.replace("_", "\\_") + "}", defaults(neurons));
    }

    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(label, "label");
        neurons = List.copyOf(neurons);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String n : neurons) {
            labels.put(n, neuronLabels.getOrDefault(n, Labels.of(n)));
        }
        neuronLabels = Collections.unmodifiableMap(labels);
        if (neurons.isEmpty()) {
            throw new IllegalArgumentException("layer " + name + " has no neurons");
        }
    }

    private static Map<String, String> defaults(List<String> neurons) {
        Map<String, String> m = new LinkedHashMap<>();
        neurons.forEach(n -> m.put(n, Labels.of(n)));
        return m;
    }
}
