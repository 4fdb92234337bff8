package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.netdeck.testing.TestNetworks;

/** Training on a data set: the loss and gradient are means over the examples, checked three independent ways. */
class DataSetTest {

    /** {@code base}'s network with {@code count} seeded random examples, trained in batches of {@code batch}. */
    static NetworkSpec withData(
            NetworkSpec base, long seed, int count, int batch, Optimizer optimizer, int iterations) {
        Random rnd = new Random(seed);
        List<Example> data = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            Map<String, Double> in = new LinkedHashMap<>();
            base.inputLayer().neurons().forEach(n -> in.put(n, rnd.nextDouble() * 2 - 1));
            Map<String, Double> out = new LinkedHashMap<>();
            base.outputLayer()
                    .neurons()
                    .forEach(n -> out.put(
                            n, base.loss() == LossKind.BINARY_CROSS_ENTROPY ? rnd.nextDouble() : rnd.nextGaussian()));
            data.add(new Example(in, out));
        }
        return new NetworkSpec(
                base.layers(), base.weights(), base.biases(), base.loss(), 0.1, data, batch, optimizer, iterations);
    }

    /** The network of {@code spec} trained on its example {@code e} alone. */
    static NetworkSpec only(NetworkSpec spec, int e) {
        return new NetworkSpec(
                spec.layers(),
                spec.weights(),
                spec.biases(),
                spec.loss(),
                spec.learningRate(),
                List.of(spec.data().get(e)),
                1,
                spec.optimizer(),
                spec.iterations());
    }

    private static List<NetworkSpec> cases() {
        List<NetworkSpec> all = new ArrayList<>();
        for (Activation hidden : Activation.values()) {
            for (LossKind loss : LossKind.values()) {
                Activation output = loss == LossKind.BINARY_CROSS_ENTROPY ? Activation.SIGMOID : hidden;
                long seed = 101L * hidden.ordinal() + loss.ordinal();
                all.add(withData(
                        TestNetworks.random(seed, hidden, output, loss),
                        seed,
                        2 + (int) (seed % 4),
                        1,
                        Optimizer.SGD,
                        0));
            }
        }
        return all;
    }

    @Test
    void theLossAndGradientAreTheMeansOverTheExamples() {
        for (NetworkSpec spec : cases()) {
            int n = spec.data().size();
            Map<String, Double> params = spec.params();
            double loss = 0;
            Map<String, Double> mean = new LinkedHashMap<>();
            for (int e = 0; e < n; e++) {
                NetworkSpec one = only(spec, e);
                loss += Backprop.compute(one).loss() / n;
                Backprop.gradient(one, params).forEach((p, g) -> mean.merge(p, g / n, Double::sum));
            }
            Trace trace = Backprop.compute(spec);
            assertEquals(loss, trace.loss(), 1e-12 * Math.max(1, Math.abs(loss)));
            assertEquals(loss, Backprop.loss(spec, params), 1e-12 * Math.max(1, Math.abs(loss)));
            Map<String, Double> gradient = Backprop.gradient(spec, params);
            assertEquals(gradient, trace.gradients());
            mean.forEach((p, g) -> assertEquals(g, gradient.get(p), 1e-12 * Math.max(1, Math.abs(g)), p));
        }
    }

    @Test
    void theDataSetGradientMatchesCentralDifferencesOfTheDataSetLoss() {
        double h = 1e-6;
        for (NetworkSpec spec : cases()) {
            Map<String, Double> params = spec.params();
            Map<String, Double> gradient = Backprop.gradient(spec, params);
            for (String p : params.keySet()) {
                Map<String, Double> plus = new LinkedHashMap<>(params);
                plus.put(p, params.get(p) + h);
                Map<String, Double> minus = new LinkedHashMap<>(params);
                minus.put(p, params.get(p) - h);
                double numeric = (Backprop.loss(spec, plus) - Backprop.loss(spec, minus)) / (2 * h);
                if (spec.layers().stream().anyMatch(l -> l.activation() == Activation.RELU)
                        && Math.abs(numeric - gradient.get(p)) > 1e-4) {
                    continue; // a ReLU kink inside ±h: the difference proves nothing there
                }
                assertEquals(numeric, gradient.get(p), 1e-6 * Math.abs(numeric) + 1e-8, p);
            }
        }
    }

    @Test
    void aMiniBatchStepUsesTheMeanGradientOfItsExamples() {
        NetworkSpec spec = withData(
                TestNetworks.random(7, Activation.TANH, Activation.SIGMOID, LossKind.BINARY_CROSS_ENTROPY),
                7,
                3,
                2,
                Optimizer.SGD,
                20);
        List<OptimizerStep> steps = Backprop.compute(spec).training().steps();
        // step 1: examples 1 and 2 at the initial parameters; step 2: example 3 alone, after step 1
        Map<String, Double> g1 = Backprop.gradient(only(spec, 0), spec.params());
        Map<String, Double> g2 = Backprop.gradient(only(spec, 1), spec.params());
        assertEquals(
                List.of(1, 3, 1, 3, 1), steps.stream().map(OptimizerStep::first).toList());
        assertEquals(
                List.of(2, 3, 2, 3, 2), steps.stream().map(OptimizerStep::last).toList());
        g1.forEach((p, g) ->
                assertEquals((g + g2.get(p)) / 2, steps.get(0).gradient().get(p), 1e-15, p));
        Map<String, Double> g3 = Backprop.gradient(only(spec, 2), steps.get(0).params());
        g3.forEach((p, g) -> assertEquals(g, steps.get(1).gradient().get(p), 1e-15, p));
        double batchLoss =
                (Backprop.loss(only(spec, 0), spec.params()) + Backprop.loss(only(spec, 1), spec.params())) / 2;
        assertEquals(batchLoss, steps.get(0).batchLoss(), 1e-15);
    }

    @Test
    void trainingRecordsTheDataSetsLossAtEveryStep() {
        NetworkSpec sigmoid = withData(
                TestNetworks.random(3, Activation.SIGMOID, Activation.SIGMOID, LossKind.HALF_SQUARED_ERROR),
                3,
                4,
                3,
                Optimizer.defaults(OptimizerKind.NESTEROV),
                20);
        for (NetworkSpec spec : List.of(sigmoid, linear())) {
            Trace trace = Backprop.compute(spec);
            List<Map<String, Double>> path = Backprop.path(spec, spec.iterations());
            Backprop.Surface surface = Backprop.surface(spec);
            for (int t = 0; t <= spec.iterations(); t++) {
                assertEquals(
                        Backprop.loss(spec, path.get(t)),
                        trace.training().loss().get(t),
                        0.0,
                        "step " + t);
                assertEquals(trace.training().loss().get(t), surface.loss(path.get(t)), 0.0, "step " + t);
            }
            assertEquals(path.get(1), trace.updated().params());
        }
    }

    @Test
    void oneSurfaceGivesTheLossAtPointAfterPointEvenAfterAnOverflow() {
        NetworkSpec spec = linear();
        List<Map<String, Double>> path = Backprop.path(spec, spec.iterations());
        Backprop.Surface surface = Backprop.surface(spec);
        Map<String, Double> huge = new LinkedHashMap<>();
        spec.params().keySet().forEach(p -> huge.put(p, 1e308));
        for (Map<String, Double> point : path) {
            assertEquals(Double.POSITIVE_INFINITY, surface.loss(huge));
            // the overflow leaves nothing behind for the next point
            assertEquals(Backprop.loss(spec, point), surface.loss(point), 0.0);
        }
        String first = spec.params().keySet().iterator().next();
        assertEquals(Backprop.loss(spec, Map.of(first, 0.25)), surface.loss(Map.of(first, 0.25)), 0.0);
        assertEquals(Backprop.compute(spec).loss(), surface.loss(Map.of()), 0.0); // unnamed: the initial value
    }

    /** A linear network trained with Adam: every number overflows once the parameters are huge. */
    private static NetworkSpec linear() {
        return withData(
                TestNetworks.random(5, Activation.LINEAR, Activation.LINEAR, LossKind.HALF_SQUARED_ERROR),
                5,
                4,
                2,
                Optimizer.defaults(OptimizerKind.ADAM),
                12);
    }

    /** The optimizers deck's recommended settings: 2-2-1, tanh hidden, sigmoid output, binary cross-entropy, α = 0.1. */
    static NetworkSpec xor(Optimizer optimizer, int iterations) {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        List<Example> data = new ArrayList<>();
        for (double[] row : x) {
            data.add(new Example(Map.of("x1", row[0], "x2", row[1]), Map.of("y", row[0] != row[1] ? 1.0 : 0.0)));
        }
        return new NetworkSpec(
                List.of(
                        new Layer("input", List.of("x1", "x2"), Activation.LINEAR),
                        new Layer("hidden", List.of("h1", "h2"), Activation.TANH),
                        new Layer("output", List.of("y"), Activation.SIGMOID)),
                List.of(
                        new Weight("w1", "x1", "h1", 0.5),
                        new Weight("w2", "x2", "h1", -0.4),
                        new Weight("w3", "x1", "h2", -0.3),
                        new Weight("w4", "x2", "h2", 0.6),
                        new Weight("w5", "h1", "y", 0.7),
                        new Weight("w6", "h2", "y", -0.8)),
                List.of(
                        new Bias("b1", "h1", 0.1, true),
                        new Bias("b2", "h2", -0.1, true),
                        new Bias("b3", "y", 0.05, true)),
                LossKind.BINARY_CROSS_ENTROPY,
                0.1,
                data,
                4,
                optimizer,
                iterations);
    }

    @Test
    void adamLearnsXor() {
        Trace trace = Backprop.compute(xor(Optimizer.defaults(OptimizerKind.ADAM), 1000));
        List<Double> loss = trace.training().loss();
        assertTrue(loss.get(0) > 0.69, "starts near ln 2: " + loss.get(0));
        assertTrue(loss.get(1000) < 1e-3, "final loss " + loss.get(1000));
        // every example is classified: y > 0.5 exactly where x1 ≠ x2
        NetworkSpec trained = xor(Optimizer.SGD, 0);
        for (Example e : trained.data()) {
            NetworkSpec one = new NetworkSpec(
                    trained.layers(),
                    trained.weights(),
                    trained.biases(),
                    trained.loss(),
                    0.1,
                    List.of(e),
                    1,
                    Optimizer.SGD,
                    0);
            double l = Backprop.loss(one, trace.training().params());
            assertTrue(l < 0.01, e + ": " + l); // −ln of the probability given to the right class
        }
    }

    @Test
    void onXorMomentumAndAdamBeatPlainGradientDescent() {
        double sgd = last(Backprop.compute(xor(Optimizer.SGD, 1000)));
        double momentum = last(Backprop.compute(xor(Optimizer.defaults(OptimizerKind.MOMENTUM), 1000)));
        double adam = last(Backprop.compute(xor(Optimizer.defaults(OptimizerKind.ADAM), 1000)));
        assertTrue(sgd > 0.1, "sgd " + sgd);
        assertTrue(momentum < 0.01, "momentum " + momentum);
        assertTrue(adam < momentum, "adam " + adam);
    }

    @Test
    void anOverflowingInputIsBlamedOnItsExample() {
        NetworkSpec spec = new NetworkSpec(
                List.of(
                        new Layer("input", List.of("x1"), Activation.LINEAR),
                        new Layer("output", List.of("y"), Activation.LINEAR)),
                List.of(new Weight("w1", "x1", "y", 2.0)),
                List.of(),
                LossKind.SQUARED_ERROR,
                0.1,
                List.of(
                        new Example(Map.of("x1", 1.0), Map.of("y", 0.0)),
                        new Example(Map.of("x1", 1e308), Map.of("y", 0.0))),
                2,
                Optimizer.SGD,
                1);
        Divergence d = org.junit.jupiter.api.Assertions.assertThrows(Divergence.class, () -> Backprop.compute(spec));
        assertEquals(0, d.step());
        assertEquals("data.1.inputs.x1", d.culprit().orElseThrow());
        assertEquals(Double.POSITIVE_INFINITY, Backprop.loss(spec, spec.params()));
    }

    private static double last(Trace trace) {
        return trace.training().loss().get(trace.training().loss().size() - 1);
    }
}
