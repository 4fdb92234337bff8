package org.netdeck.compute;

/**
 * The maths of a softmax layer ({@link Layer#softmax()}): {@code a_i = e^{z_i} / Σ_j e^{z_j}} over the layer's
 * neurons, computed stably with the largest {@code z} subtracted first (so {@code z} of ±1000 gives finite values),
 * and its Jacobian {@code ∂a_i/∂z_j = a_i (δ_ij − a_j)}. Pure functions of arrays.
 */
public final class Softmax {

    private Softmax() {}

    /** {@code softmax(z)}: probabilities that sum to 1. */
    public static double[] apply(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] a = new double[z.length];
        double sum = 0.0;
        for (int i = 0; i < z.length; i++) {
            a[i] = Math.exp(z[i] - max); // e^{z − max} ≤ 1: no overflow; the largest term is 1, so sum ≥ 1
            sum += a[i];
        }
        for (int i = 0; i < z.length; i++) {
            a[i] /= sum;
        }
        return a;
    }

    /** {@code ln softmax(z)}, stably: {@code z_i − max − ln Σ_j e^{z_j − max}} (finite where {@code a_i} underflows). */
    public static double[] log(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0.0;
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        double lse = max + Math.log(sum);
        double[] l = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            l[i] = z[i] - lse;
        }
        return l;
    }

    /** The Jacobian of softmax at its output {@code a}: row i, column j is {@code ∂a_i/∂z_j = a_i (δ_ij − a_j)}. */
    public static double[][] jacobian(double[] a) {
        double[][] j = new double[a.length][a.length];
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < a.length; c++) {
                j[r][c] = a[r] * ((r == c ? 1.0 : 0.0) - a[c]);
            }
        }
        return j;
    }
}
