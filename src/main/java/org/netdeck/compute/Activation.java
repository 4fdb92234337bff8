package org.netdeck.compute;

import org.netdeck.id.Identified;

/**
 * What a neuron does to its weighted sum {@code z}: {@code a = f(z)}. Authors write the
 * {@link Identified#id() id} ({@code sigmoid}, {@code tanh}, ...) in the front matter.
 */
public enum Activation implements Identified {
    SIGMOID,
    TANH,
    RELU,
    LINEAR;

    /** {@code a = f(z)}. */
    public double apply(double z) {
        return switch (this) {
            case SIGMOID -> 1.0 / (1.0 + Math.exp(-z)); // σ(z) = 1 / (1 + e^−z)
            case TANH -> Math.tanh(z);
            case RELU -> Math.max(0.0, z);
            case LINEAR -> z;
        };
    }

    /** {@code da/dz}, given both {@code z} and {@code a = f(z)} (sigmoid and tanh read it off {@code a}). */
    public double derivative(double z, double a) {
        return switch (this) {
            case SIGMOID -> a * (1.0 - a); // dσ/dz = σ(1 − σ)
            case TANH -> 1.0 - a * a; // d tanh/dz = 1 − tanh²
            case RELU -> z > 0.0 ? 1.0 : 0.0; // 1 for z > 0, else 0 (0 at the kink)
            case LINEAR -> 1.0;
        };
    }
}
