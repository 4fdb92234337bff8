package org.netdeck.compute;

import java.util.Objects;

/** A named connection from a neuron to a neuron in a later layer, with its display {@code label} in TeX. */
public record Weight(String name, String from, String to, double value, String label) {

    /** A weight labelled by its name ({@link Labels#of}). */
    public Weight(String name, String from, String to, double value) {
        this(name, from, to, value, Labels.of(name));
    }

    public Weight {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Values.requireFinite(name, value);
    }
}
