package org.netdeck.compute;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The check a reader can do by hand that a gradient is right: nudge one parameter by {@link #NUDGE}, run the forward
 * pass again and compare the change in the loss, ΔL = L(θ + h) − L(θ), with what the gradient predicts, h · ∂L/∂θ.
 * For a small h they agree to about three digits (the rest is the loss's curvature, h²/2 · ∂²L/∂θ²).
 *
 * <pre>{@code FiniteDifference.lossChanges(spec).get("w5")  // 8.217…e-5 for Mazur's network; h · ∂L/∂w5 = 8.2167e-5}</pre>
 */
public final class FiniteDifference {

    /** The nudge h added to one parameter. */
    public static final double NUDGE = 0.001;

    private FiniteDifference() {}

    /**
     * ΔL = L(θ + h) − L(θ) for every parameter by name (frozen ones included), the others held at their initial
     * values; L over the whole data set, as {@link Backprop#loss} computes it. One forward pass a parameter.
     */
    public static Map<String, Double> lossChanges(NetworkSpec spec) {
        Backprop.Surface surface = Backprop.surface(spec);
        double base = surface.loss(Map.of());
        Map<String, Double> changes = new LinkedHashMap<>();
        spec.params().forEach((p, v) -> {
            double change = surface.loss(Map.of(p, v + NUDGE)) - base;
            if (Double.isFinite(change)) { // a loss that overflows has no change to compare: left out
                changes.put(p, change);
            }
        });
        return Values.ordered(changes);
    }

    /** What each gradient predicts the change to be, h · ∂L/∂θ, by name. */
    public static Map<String, Double> predicted(Trace trace) {
        Map<String, Double> p = new LinkedHashMap<>();
        trace.gradients().forEach((name, g) -> p.put(name, NUDGE * g));
        return Values.ordered(p);
    }

    /**
     * For every weight w from a neuron j to a neuron k, w · δ_k: the part of ∂L/∂a_j that comes back along w (∂L/∂a_j
     * is the sum of these over the weights leaving j, one per path that forks there).
     */
    public static Map<String, Double> shares(Trace trace) {
        Map<String, Double> s = new LinkedHashMap<>();
        for (Weight w : trace.network().weights()) {
            s.put(w.name(), w.value() * trace.deltas().get(w.to()));
        }
        return Values.ordered(s);
    }
}
