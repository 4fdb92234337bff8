package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first three updates of every optimiser, against a scalar implementation of PyTorch's published update rules
 * written here, apart from the engine: a 2-1 network (y = σ(w1 x1 + w2 x2 + b), squared error) over two examples,
 * whose gradient is written out by hand: ∂L_e/∂θ = −2 (t − y) y (1 − y) · (x1, x2, 1), averaged over the batch.
 */
class OptimizerTest {

    private static final double[][] X = {{0.5, -1.0}, {1.5, 0.25}};
    private static final double[] T = {1.0, 0.0};
    private static final double[] START = {0.3, -0.2, 0.1}; // w1, w2, b
    private static final double ALPHA = 0.1;

    static NetworkSpec tiny(Optimizer optimizer, int batchSize, int iterations) {
        List<Example> data = new ArrayList<>();
        for (int e = 0; e < X.length; e++) {
            data.add(new Example(Map.of("x1", X[e][0], "x2", X[e][1]), Map.of("y", T[e])));
        }
        return new NetworkSpec(
                List.of(
                        new Layer("input", List.of("x1", "x2"), Activation.LINEAR),
                        new Layer("output", List.of("y"), Activation.SIGMOID)),
                List.of(new Weight("w1", "x1", "y", START[0]), new Weight("w2", "x2", "y", START[1])),
                List.of(new Bias("b", "y", START[2], true)),
                LossKind.SQUARED_ERROR,
                ALPHA,
                data,
                batchSize,
                optimizer,
                iterations);
    }

    /** The mean gradient over examples {@code from} to {@code to − 1}, by hand. */
    static double[] gradient(double[] p, int from, int to) {
        double[] g = new double[3];
        for (int e = from; e < to; e++) {
            double y = 1 / (1 + Math.exp(-(p[0] * X[e][0] + p[1] * X[e][1] + p[2])));
            double d = -2 * (T[e] - y) * y * (1 - y);
            g[0] += d * X[e][0] / (to - from);
            g[1] += d * X[e][1] / (to - from);
            g[2] += d / (to - from);
        }
        return g;
    }

    /** The parameters after steps 1, 2, 3 of PyTorch's rule for {@code o}, written as the documentation states it. */
    static List<double[]> reference(Optimizer o) {
        double[] p = START.clone();
        double[] buf = new double[3];
        double[] sq = new double[3];
        double[] gAvg = new double[3];
        double[] m = new double[3];
        double[] v = new double[3];
        List<double[]> out = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            double[] g = gradient(p, 0, X.length);
            for (int k = 0; k < 3; k++) {
                double gk = g[k] + o.weightDecay() * p[k];
                switch (o.kind()) {
                    case SGD -> p[k] = p[k] - ALPHA * gk;
                    case MOMENTUM, NESTEROV -> {
                        buf[k] = t == 1 ? gk : o.momentum() * buf[k] + (1 - o.dampening()) * gk;
                        double step = o.kind() == OptimizerKind.NESTEROV ? gk + o.momentum() * buf[k] : buf[k];
                        p[k] = p[k] - ALPHA * step;
                    }
                    case RMSPROP -> {
                        sq[k] = o.alpha() * sq[k] + (1 - o.alpha()) * gk * gk;
                        double avg = sq[k];
                        if (o.centered()) {
                            gAvg[k] = o.alpha() * gAvg[k] + (1 - o.alpha()) * gk;
                            avg = sq[k] - gAvg[k] * gAvg[k];
                        }
                        double denom = Math.sqrt(avg) + o.eps();
                        if (o.momentum() > 0) {
                            buf[k] = o.momentum() * buf[k] + gk / denom;
                            p[k] = p[k] - ALPHA * buf[k];
                        } else {
                            p[k] = p[k] - ALPHA * gk / denom;
                        }
                    }
                    case ADAM -> {
                        m[k] = o.beta1() * m[k] + (1 - o.beta1()) * gk;
                        v[k] = o.beta2() * v[k] + (1 - o.beta2()) * gk * gk;
                        double mHat = m[k] / (1 - Math.pow(o.beta1(), t));
                        double vHat = v[k] / (1 - Math.pow(o.beta2(), t));
                        p[k] = p[k] - ALPHA * mHat / (Math.sqrt(vHat) + o.eps());
                    }
                }
            }
            out.add(p.clone());
        }
        return out;
    }

    static List<Optimizer> optimizers() {
        List<Optimizer> all = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            all.add(Optimizer.defaults(kind));
            all.add(Optimizer.defaults(kind).with(Optimizer.WEIGHT_DECAY, 0.05));
        }
        all.add(Optimizer.defaults(OptimizerKind.MOMENTUM).with(Optimizer.DAMPENING, 0.3));
        all.add(Optimizer.defaults(OptimizerKind.NESTEROV).with(Optimizer.MOMENTUM, 0.5));
        all.add(Optimizer.defaults(OptimizerKind.RMSPROP)
                .with(Optimizer.CENTERED, 1)
                .with(Optimizer.MOMENTUM, 0.8));
        all.add(Optimizer.defaults(OptimizerKind.RMSPROP).with(Optimizer.ALPHA, 0.5));
        all.add(Optimizer.defaults(OptimizerKind.ADAM)
                .with(Optimizer.BETA1, 0.5)
                .with(Optimizer.BETA2, 0.9)
                .with(Optimizer.EPS, 1e-3));
        return all;
    }

    @Test
    void theFirstThreeUpdatesFollowThePublishedRules() {
        for (Optimizer o : optimizers()) {
            List<Map<String, Double>> path = Backprop.path(tiny(o, 2, 0), 3);
            assertEquals(4, path.size());
            assertEquals(Map.of("w1", START[0], "w2", START[1], "b", START[2]), path.get(0));
            List<double[]> expected = reference(o);
            for (int t = 1; t <= 3; t++) {
                double[] e = expected.get(t - 1);
                assertEquals(e[0], path.get(t).get("w1"), 1e-12, o + " step " + t + " w1");
                assertEquals(e[1], path.get(t).get("w2"), 1e-12, o + " step " + t + " w2");
                assertEquals(e[2], path.get(t).get("b"), 1e-12, o + " step " + t + " b");
            }
        }
    }

    @Test
    void theStepsActuallyDifferBetweenOptimizers() {
        // a guard that the reference is not trivially equal for all: adam's first step is α·sign(g), sgd's α·g
        double[] g = gradient(START, 0, 2);
        double adamFirst = reference(Optimizer.defaults(OptimizerKind.ADAM)).get(0)[0];
        assertEquals(START[0] - ALPHA * Math.signum(g[0]), adamFirst, 1e-8);
        double sgdFirst = reference(Optimizer.SGD).get(0)[0];
        assertEquals(START[0] - ALPHA * g[0], sgdFirst, 1e-15);
    }

    @Test
    void adamsStateIsRecordedForTheFirstSteps() {
        Trace trace = Backprop.compute(tiny(Optimizer.defaults(OptimizerKind.ADAM), 2, 10));
        List<OptimizerStep> steps = trace.training().steps();
        assertEquals(Backprop.RECORDED_STEPS, steps.size());
        double[] g = gradient(START, 0, 2);
        OptimizerStep first = steps.get(0);
        assertEquals(1, first.step());
        assertEquals(g[0], first.gradient().get("w1"), 1e-15);
        assertEquals(0.1 * g[0], first.state().get("exp_avg").get("w1"), 1e-15); // m = (1 − β1) g
        assertEquals(0.001 * g[2] * g[2], first.state().get("exp_avg_sq").get("b"), 1e-15); // v = (1 − β2) g²
        assertEquals(trace.updated().params(), first.params());
        assertEquals(trace.loss(), first.batchLoss(), 0.0, "a whole-set batch's loss is the data set's loss");
    }

    @Test
    void momentumBuffersAreRecorded() {
        Trace trace = Backprop.compute(tiny(Optimizer.defaults(OptimizerKind.MOMENTUM), 2, 3));
        OptimizerStep first = trace.training().steps().get(0);
        assertEquals(first.gradient(), first.state().get("momentum_buffer"), "b = g at the first step");
        assertEquals(List.of("momentum_buffer"), List.copyOf(first.state().keySet()));
        assertEquals(
                0,
                Backprop.compute(tiny(Optimizer.SGD, 2, 3))
                        .training()
                        .steps()
                        .get(0)
                        .state()
                        .size());
    }

    @Test
    void batchesAreTakenInOrderAndTheLastOfAnEpochMayBeSmaller() {
        NetworkSpec spec = tiny(Optimizer.SGD, 1, 3);
        List<OptimizerStep> steps = Backprop.compute(spec).training().steps();
        assertEquals(List.of(1, 2, 1), steps.stream().map(OptimizerStep::first).toList());
        double[] p = START.clone();
        for (int t = 0; t < 3; t++) {
            int e = t % 2;
            double[] g = gradient(p, e, e + 1);
            assertEquals(g[1], steps.get(t).gradient().get("w2"), 1e-15, "step " + (t + 1));
            for (int k = 0; k < 3; k++) {
                p[k] -= ALPHA * g[k];
            }
            assertEquals(p[1], steps.get(t).params().get("w2"), 1e-15);
        }
    }

    @Test
    void checkpointsReplayTheOptimizerExactly() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            NetworkSpec spec = tiny(Optimizer.defaults(kind), 1, 300);
            Trace trace = Backprop.compute(spec);
            List<Map<String, Double>> path = Backprop.path(spec, 300);
            for (Checkpoint c : trace.training().checkpoints()) {
                assertEquals(path.get(c.iteration()), c.params(), kind + " at " + c.iteration());
                assertEquals(trace.training().loss().get(c.iteration()), c.loss(), 0.0);
            }
            assertEquals(path.get(300), trace.training().params());
        }
    }

    @Test
    void outOfRangeHyperParametersAreRefusedByTheRecord() {
        Optimizer adam = Optimizer.defaults(OptimizerKind.ADAM);
        assertThrows(IllegalArgumentException.class, () -> adam.with(Optimizer.BETA1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> adam.with(Optimizer.EPS, 0.0));
        assertThrows(IllegalArgumentException.class, () -> adam.with(Optimizer.WEIGHT_DECAY, -1.0));
        assertThrows(
                IllegalArgumentException.class,
                () -> Optimizer.defaults(OptimizerKind.MOMENTUM).with(Optimizer.MOMENTUM, 0.0));
        assertThrows(IllegalArgumentException.class, () -> adam.with("lr", 0.1));
    }
}
