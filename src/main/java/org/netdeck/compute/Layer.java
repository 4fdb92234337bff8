package org.netdeck.compute;

import java.util.List;
import java.util.Objects;

/**
 * One layer: a name and its neurons in order. The input layer's activation is {@link Activation#LINEAR}
 * (it passes the inputs on); authors do not write one for it.
 */
public record Layer(String name, List<String> neurons, Activation activation) {

    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activation, "activation");
        neurons = List.copyOf(neurons);
        if (neurons.isEmpty()) {
            throw new IllegalArgumentException("layer " + name + " has no neurons");
        }
    }
}
