package org.netdeck.compute;

import java.util.Optional;
import org.netdeck.id.Identified;

/**
 * What a neuron does to its weighted sum {@code z}: {@code a = f(z)}. Authors write the {@link Identified#id() id}
 * ({@code sigmoid}, {@code tanh}, ...) in the front matter.
 *
 * <p>Everything about one activation is its constant: its maths ({@link #apply f}, {@link #derivative f′}), the name a
 * layer header gives it ({@link #displayName}), the TeX of its slope in a chain-rule formula ({@link #slopeTex}) and
 * how a number's explanation writes both ({@link #formula}, {@link #slopeFormula}, {@link #slopeReason}).
 * A new activation is one more constant here (and a row in the reference's activation table); {@code
 * GradientCheckTest} checks its derivative against central differences by itself.
 */
public enum Activation implements Identified {
    SIGMOID("sigmoid σ", "\\sigma'") {
        @Override
        public double apply(double z) {
            return 1.0 / (1.0 + Math.exp(-z)); // σ(z) = 1 / (1 + e^−z)
        }

        @Override
        public double derivative(double z, double a) {
            return a * (1.0 - a); // dσ/dz = σ(1 − σ)
        }

        @Override
        public String formula() {
            return "sigmoid({0})";
        }

        @Override
        public String slopeFormula(double z) {
            return "{0} * (1 - {0})";
        }

        @Override
        public String slopeReason(double z) {
            return "σ′(z) = σ(z)(1 − σ(z))";
        }
    },
    TANH("tanh", "\\tanh'") {
        @Override
        public double apply(double z) {
            return Tanh.of(z); // StrictMath.tanh, bit for bit, without a native call
        }

        @Override
        public double derivative(double z, double a) {
            return 1.0 - a * a; // d tanh/dz = 1 − tanh²
        }

        @Override
        public String formula() {
            return "tanh({0})";
        }

        @Override
        public String slopeFormula(double z) {
            return "1 - {0}^2";
        }

        @Override
        public String slopeReason(double z) {
            return "tanh′(z) = 1 − tanh²(z)";
        }
    },
    RELU("ReLU", "\\mathrm{ReLU}'") {
        @Override
        public double apply(double z) {
            return Math.max(0.0, z);
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0.0 ? 1.0 : 0.0; // 1 for z > 0, else 0 (0 at the kink)
        }

        @Override
        public String formula() {
            return "relu({0})";
        }

        @Override
        public boolean slopeReadsZ() {
            return true;
        }

        @Override
        public String slopeFormula(double z) {
            return z > 0.0 ? "1" : "0";
        }

        @Override
        public String slopeReason(double z) {
            return z > 0.0 ? "1 as z > 0" : "0 as z ≤ 0";
        }
    },
    /** The identity; its slope 1 is left out of chain-rule formulas. */
    LINEAR("linear", null) {
        @Override
        public double apply(double z) {
            return z;
        }

        @Override
        public double derivative(double z, double a) {
            return 1.0; // da/dz = 1
        }

        @Override
        public String formula() {
            return "{0}";
        }

        @Override
        public String slopeFormula(double z) {
            return "1";
        }

        @Override
        public String slopeReason(double z) {
            return "1 for a linear neuron";
        }
    };

    private final String displayName;
    private final String slopeTex;

    Activation(String displayName, String slopeTex) {
        this.displayName = displayName;
        this.slopeTex = slopeTex;
    }

    /** {@code a = f(z)}. */
    public abstract double apply(double z);

    /** {@code da/dz}, given both {@code z} and {@code a = f(z)} (sigmoid and tanh read it off {@code a}). */
    public abstract double derivative(double z, double a);

    /**
     * How {@code a} is computed from its sum, for the explanation of a number ({@code data-formula}): {@code {0}} is
     * {@code z}, in the functions and operators of the reference's formula grammar ({@code sigmoid({0})}).
     */
    public abstract String formula();

    /**
     * How the slope {@code da/dz} at {@code z} is computed, as {@link #formula}, with {@code {0}} the neuron's {@code
     * a}, or its {@code z} when {@link #slopeReadsZ}.
     */
    public abstract String slopeFormula(double z);

    /** Why the slope at {@code z} is what it is, in words and symbols: {@code σ′(z) = σ(z)(1 − σ(z))}. */
    public abstract String slopeReason(double z);

    /** Whether {@link #slopeFormula} is written in {@code z} (else in {@code a}). */
    public boolean slopeReadsZ() {
        return false;
    }

    /** The activation as a layer header names it, with the symbol the formulas use: {@code sigmoid σ}. */
    public String displayName() {
        return displayName;
    }

    /**
     * The TeX of the slope's function in a chain-rule product, applied to {@code z} there: {@code \sigma'} gives
     * {@code \sigma'(z_{h_1})}; empty when the slope is 1 everywhere and the product leaves it out.
     */
    public Optional<String> slopeTex() {
        return Optional.ofNullable(slopeTex);
    }
}
