package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netdeck.testing.TestNetworks;

/**
 * The landscape against closed forms: a linear network with one input and two outputs, x1 → y1 (w1) and x1 → y2
 * (w2), squared error, so L(w1, w2) = (t1 − w1·x)² + (t2 − w2·x)², a bowl whose lowest point is (t1/x, t2/x).
 */
class LandscapeTest {

    private static final double X = 2.0;
    private static final double T1 = 3.0; // lowest at w1 = 1.5
    private static final double T2 = 1.4; // and w2 = 0.7

    private static NetworkSpec bowl(double learningRate, int iterations) {
        return TestNetworks.bowl(learningRate, iterations); // x = 2, targets 3 and 1.4
    }

    private static double closedForm(double w1, double w2) {
        return Math.pow(T1 - w1 * X, 2) + Math.pow(T2 - w2 * X, 2);
    }

    private static LandscapeSpec square(int grid, int steps) {
        LandscapeSpec.Range r = new LandscapeSpec.Range(-1, 3);
        return new LandscapeSpec("w1", "w2", Optional.of(r), Optional.of(r), grid, steps);
    }

    @Test
    void everyGridValueIsTheLossThere() {
        Landscape l = Landscape.compute(Backprop.compute(bowl(0.05, 100)), square(41, 20));
        assertEquals(41 * 41, l.loss().size());
        for (int j = 0; j < 41; j++) {
            for (int i = 0; i < 41; i++) {
                assertEquals(closedForm(l.xAt(i), l.yAt(j)), l.loss(i, j), 1e-12, "at " + i + ", " + j);
            }
        }
        assertEquals(-1.0, l.xAt(0));
        assertEquals(3.0, l.yAt(40));
        assertEquals(0.1, l.xAt(1) - l.xAt(0), 1e-12);
    }

    @Test
    void theLowestPointIsTheBowlsBottom() {
        Landscape l = Landscape.compute(Backprop.compute(bowl(0.05, 100)), square(41, 20));
        int lowest = l.lowest();
        assertEquals(1.5, l.xAt(lowest % 41), 1e-9);
        assertEquals(0.7, l.yAt(lowest / 41), 1e-9);
        assertEquals(0.0, l.loss().get(lowest), 1e-20);
    }

    @Test
    void otherParametersStayAtTheirInitialValues() {
        // a frozen-bias network: the landscape over w1 and w2 with b1 at its value, against the engine one point at a
        // time
        NetworkSpec n = new NetworkSpec(
                List.of(
                        new Layer("input", List.of("x1", "x2"), Activation.LINEAR),
                        new Layer("output", List.of("yhat"), Activation.SIGMOID)),
                List.of(new Weight("w1", "x1", "yhat", 0.3), new Weight("w2", "x2", "yhat", -0.4)),
                List.of(new Bias("b1", "yhat", 0.25, true)),
                LossKind.BINARY_CROSS_ENTROPY,
                0.5,
                Map.of("x1", 1.0, "x2", -2.0),
                Map.of("yhat", 1.0),
                10);
        Landscape l = Landscape.compute(Backprop.compute(n), square(5, 3));
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                double z = l.xAt(i) * 1.0 + l.yAt(j) * -2.0 + 0.25;
                double yhat = 1 / (1 + Math.exp(-z));
                assertEquals(-Math.log(yhat), l.loss(i, j), 1e-12);
            }
        }
    }

    @Test
    void pathsFollowGradientDescentFromTheStart() {
        double alpha = 0.05;
        Trace trace = Backprop.compute(
                bowl(alpha, 100), List.of(RunSpec.of(bowl(alpha, 100), Setting.LEARNING_RATE, 0.2)), List.of());
        Landscape l = Landscape.compute(trace, square(11, 20));
        assertEquals(
                List.of("", "lr_0_2"),
                l.paths().stream().map(Landscape.Path::run).toList());
        Landscape.Path own = l.paths().get(0);
        assertEquals(20, own.steps());
        assertEquals(-0.5, own.x().get(0));
        assertEquals(2.5, own.y().get(0));
        assertEquals(-0.5, l.startX());
        assertEquals(closedForm(-0.5, 2.5), l.startLoss(), 1e-12);
        // w ← w − α ∂L/∂w, ∂L/∂w1 = −2(t1 − w1·x)·x, step by step
        double w1 = -0.5;
        double w2 = 2.5;
        for (int s = 1; s <= 20; s++) {
            double g1 = -2 * (T1 - w1 * X) * X;
            double g2 = -2 * (T2 - w2 * X) * X;
            w1 -= alpha * g1;
            w2 -= alpha * g2;
            assertEquals(w1, own.x().get(s), 1e-12);
            assertEquals(w2, own.y().get(s), 1e-12);
            assertEquals(closedForm(w1, w2), own.loss().get(s), 1e-12);
        }
        // the faster run oscillates across the bowl: α·2x² = 1.6 > 1, so w1 − 1.5 flips sign each step
        Landscape.Path fast = l.paths().get(1);
        assertTrue((fast.x().get(1) - 1.5) * (fast.x().get(2) - 1.5) < 0);
    }

    @Test
    void aPathIsNoLongerThanItsRun() {
        Landscape l = Landscape.compute(Backprop.compute(bowl(0.05, 7)), square(5, 50));
        assertEquals(7, l.paths().get(0).steps());
    }

    @Test
    void anAutomaticRangeHoldsEveryPathWithRoomToSpare() {
        LandscapeSpec fitted = LandscapeSpec.of("w1", "w2");
        Landscape l = Landscape.compute(Backprop.compute(bowl(0.05, 100)), fitted);
        assertEquals(LandscapeSpec.DEFAULT_GRID, l.grid());
        for (Landscape.Path p : l.paths()) {
            p.x().forEach(v -> assertTrue(l.x().contains(v) && v > l.x().lo() && v < l.x().hi(), "w1 " + v));
            p.y().forEach(v -> assertTrue(l.y().contains(v) && v > l.y().lo() && v < l.y().hi(), "w2 " + v));
        }
        // w1 runs from −0.5 towards 1.5: the range is that extent padded by 15 % on each side
        Landscape.Path p = l.paths().get(0);
        double lo = p.x().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = p.x().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertEquals(lo - 0.15 * (hi - lo), l.x().lo(), 1e-12);
        assertEquals(hi + 0.15 * (hi - lo), l.x().hi(), 1e-12);
    }

    @Test
    void aRangeTooFarOutIsReported() {
        LandscapeSpec.Range far = new LandscapeSpec.Range(1e199, 1e200);
        LandscapeSpec spec = new LandscapeSpec("w1", "w2", Optional.of(far), Optional.of(far), 5, 3);
        Landscape.NotFinite e = assertThrows(
                Landscape.NotFinite.class, () -> Landscape.compute(Backprop.compute(bowl(0.05, 10)), spec));
        assertTrue(e.getMessage().contains("the loss at w1 = "), e.getMessage());
    }

    @Test
    void specsRefuseWhatCannotBeDrawn() {
        assertThrows(IllegalArgumentException.class, () -> LandscapeSpec.of("w1", "w1"));
        assertThrows(IllegalArgumentException.class, () -> new LandscapeSpec.Range(1, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new LandscapeSpec("w1", "w2", Optional.empty(), Optional.empty(), 1, 5));
        assertThrows(
                IllegalArgumentException.class,
                () -> Landscape.compute(Backprop.compute(bowl(0.05, 10)), LandscapeSpec.of("w1", "w9")));
    }
}
