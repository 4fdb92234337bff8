package org.netdeck.compute;

import java.util.Objects;

/**
 * A named bias added to one neuron's weighted sum; a frozen ({@code trainable = false}) bias never moves.
 * {@code label} is its display label in TeX.
 */
public record Bias(String name, String neuron, double value, boolean trainable, String label) {

    /** A bias labelled by its name ({@link Labels#of}). */
    public Bias(String name, String neuron, double value, boolean trainable) {
        this(name, neuron, value, trainable, Labels.of(name));
    }

    public Bias {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(neuron, "neuron");
        Values.requireFinite(name, value);
    }
}
