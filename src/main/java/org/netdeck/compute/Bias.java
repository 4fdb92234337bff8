package org.netdeck.compute;

import java.util.Objects;

/** A named bias added to one neuron's weighted sum; a frozen ({@code trainable = false}) bias never moves. */
public record Bias(String name, String neuron, double value, boolean trainable) {

    public Bias {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(neuron, "neuron");
        Values.requireFinite(name, value);
    }
}
