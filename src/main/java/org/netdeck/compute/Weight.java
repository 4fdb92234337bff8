package org.netdeck.compute;

import java.util.Objects;

/** A named connection from a neuron to a neuron in a later layer. */
public record Weight(String name, String from, String to, double value) {

    public Weight {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Values.requireFinite(name, value);
    }
}
