package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 30: a run is settled, oscillating or diverging by its loss over the last tenth of the run. */
class RunBehaviourTest {

    /** Losses {@code f(k)} for k = 0 … n. */
    private static List<Double> losses(int n, java.util.function.IntToDoubleFunction f) {
        List<Double> l = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            l.add(f.applyAsDouble(k));
        }
        return l;
    }

    @Test
    void theTailIsTheLastTenthOfTheRun() {
        RunBehaviour.Tail t = RunBehaviour.Tail.of(losses(200, k -> k));
        assertEquals(180, t.from());
        assertEquals(200, t.to());
        assertEquals(180.0, t.min());
        assertEquals(200.0, t.max());
        assertEquals(190.0, t.mean(), 1e-12);
        assertEquals(20.0, t.rebound(), 1e-12);
        assertEquals(0.0, t.drawdown());
        // a short run: at least the last step
        assertEquals(4, RunBehaviour.Tail.of(losses(5, k -> 1)).from());
        assertEquals(0, RunBehaviour.Tail.of(List.of(0.5)).from());
    }

    @Test
    void aFallingRunHoweverFastIsSettled() {
        assertEquals(RunBehaviour.SETTLED, RunBehaviour.of(losses(2000, k -> Math.exp(-k / 50.0))));
        assertEquals(RunBehaviour.SETTLED, RunBehaviour.of(losses(2000, k -> 0.3)));
        // small bumps: climbs of 1 % of the mean, every other step
        assertEquals(RunBehaviour.SETTLED, RunBehaviour.of(losses(2000, k -> k % 2 == 0 ? 0.1 : 0.1 * 1.01)));
        // one climb back of 9 % of the mean while falling
        assertEquals(RunBehaviour.SETTLED, RunBehaviour.of(losses(2000, k -> k == 1950 ? 0.195 : 0.2 - k * 1e-5)));
    }

    @Test
    void aLossThatJumpsUpAndDownOscillates() {
        assertEquals(RunBehaviour.OSCILLATING, RunBehaviour.of(losses(2000, k -> k % 2 == 0 ? 0.5 : 1.3)));
        // one climb back of 12 % of the mean while falling
        assertEquals(RunBehaviour.OSCILLATING, RunBehaviour.of(losses(2000, k -> k == 1950 ? 0.205 : 0.2 - k * 1e-5)));
    }

    @Test
    void aLossThatClimbsAboveTheStartDiverges() {
        assertEquals(RunBehaviour.DIVERGING, RunBehaviour.of(losses(100, k -> 1 + 0.01 * k * k)));
        // climbing, but still below the start: a run recovering from its first steps' jump is not diverging
        assertEquals(RunBehaviour.OSCILLATING, RunBehaviour.of(losses(100, k -> k == 0 ? 1000 : 1 + 0.01 * k * k)));
    }

    /**
     * The engine's run built to oscillate: one sigmoid neuron with x = 1 and targets 1, 1, 0 (best at ŷ = 2/3, where
     * the loss's curvature in w is 2/9): a step α = 12 past the stable 2/(2/9) = 9 jumps between two values of w.
     */
    @Test
    void anEngineRunPastItsStableStepOscillates() {
        NetworkSpec wild = wild(12);
        Trace t = Backprop.compute(wild);
        assertEquals(RunBehaviour.OSCILLATING, RunBehaviour.of(t.training().loss()));
        RunBehaviour.Tail tail = RunBehaviour.Tail.of(t.training().loss());
        // the two-cycle of w ← w − α(σ(w) − 2/3), recomputed here
        double w = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= 200; k++) {
            double p = 1 / (1 + Math.exp(-w));
            double loss = -(2 * Math.log(p) + Math.log(1 - p)) / 3;
            if (k >= 180) {
                lo = Math.min(lo, loss);
                hi = Math.max(hi, loss);
            }
            w -= 12 * (p - 2.0 / 3);
        }
        assertEquals(lo, tail.min(), 1e-9);
        assertEquals(hi, tail.max(), 1e-9);
        assertEquals(
                RunBehaviour.SETTLED,
                RunBehaviour.of(Backprop.compute(wild(1)).training().loss()));
    }

    static NetworkSpec wild(double learningRate) {
        List<Example> data = List.of(
                new Example(Map.of("x", 1.0), Map.of("y", 1.0)),
                new Example(Map.of("x", 1.0), Map.of("y", 1.0)),
                new Example(Map.of("x", 1.0), Map.of("y", 0.0)));
        return new NetworkSpec(
                List.of(
                        new Layer("input", List.of("x"), Activation.LINEAR),
                        new Layer("output", List.of("y"), Activation.SIGMOID)),
                List.of(new Weight("w", "x", "y", 0.0)),
                List.of(),
                LossKind.BINARY_CROSS_ENTROPY,
                learningRate,
                data,
                3,
                Optimizer.SGD,
                200);
    }
}
