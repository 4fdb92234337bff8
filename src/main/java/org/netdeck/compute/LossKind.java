package org.netdeck.compute;

import org.netdeck.id.Identified;

/**
 * How far the outputs {@code a} are from the targets {@code t}, summed over the output neurons
 * (or averaged, for {@code mean_squared_error}). Authors write the {@link Identified#id() id}
 * ({@code squared_error}, ...) in the front matter.
 */
public enum LossKind implements Identified {
    /** {@code L = Σ (t − a)²}. */
    SQUARED_ERROR,
    /** {@code L = Σ ½ (t − a)²}. */
    HALF_SQUARED_ERROR,
    /** {@code L = (1/n) Σ (t − a)²} over the {@code n} outputs. */
    MEAN_SQUARED_ERROR,
    /** {@code L = −Σ [t ln a + (1 − t) ln(1 − a)]}, for outputs in (0, 1) and targets in [0, 1]. */
    BINARY_CROSS_ENTROPY,
    /**
     * {@code L = −Σ t ln a}, for a softmax output layer ({@link Layer#softmax()}) whose outputs are probabilities and
     * targets a probability vector (one-hot or soft: each in [0, 1], summing to 1). It needs a softmax output, and a
     * softmax output needs it ({@link NetworkSpec} checks both).
     */
    CATEGORICAL_CROSS_ENTROPY;

    /** The contribution of one output, before any averaging (what the loss diagram writes per output). */
    public double term(double t, double a) {
        return switch (this) {
            case SQUARED_ERROR, MEAN_SQUARED_ERROR -> (t - a) * (t - a);
            case HALF_SQUARED_ERROR -> 0.5 * (t - a) * (t - a);
            // a term whose weight t or 1 − t is zero contributes nothing, even when a is exactly 0 or 1
            case BINARY_CROSS_ENTROPY ->
                -((t == 0.0 ? 0.0 : t * Math.log(a)) + (t == 1.0 ? 0.0 : (1.0 - t) * Math.log(1.0 - a)));
            case CATEGORICAL_CROSS_ENTROPY -> t == 0.0 ? 0.0 : -t * Math.log(a); // a class with t = 0 adds nothing
        };
    }

    /** {@code ∂L/∂a} for one output, {@code n} being the number of outputs. */
    double derivative(double t, double a, int n) {
        return switch (this) {
            case SQUARED_ERROR -> -2.0 * (t - a); // d(t − a)²/da = −2(t − a)
            case HALF_SQUARED_ERROR -> -(t - a); // d½(t − a)²/da = −(t − a)
            case MEAN_SQUARED_ERROR -> -2.0 * (t - a) / n; // each term carries 1/n
            case BINARY_CROSS_ENTROPY -> (a - t) / (a * (1.0 - a)); // −t/a + (1 − t)/(1 − a)
            case CATEGORICAL_CROSS_ENTROPY -> t == 0.0 ? 0.0 : -t / a; // d(−t ln a)/da = −t/a
        };
    }

    /** {@code L} over all outputs of one example. */
    public double value(double[] targets, double[] outputs) {
        double sum = 0.0;
        for (int i = 0; i < targets.length; i++) {
            sum += term(targets[i], outputs[i]);
        }
        return this == MEAN_SQUARED_ERROR ? sum / targets.length : sum;
    }
}
