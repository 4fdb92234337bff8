package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netdeck.testing.TestNetworks;

/** A softmax output layer with categorical cross-entropy: the maths, the general backward path, training. */
class SoftmaxTest {

    private static final double H = 1e-7;

    private static NetworkSpec one(Map<String, Double> inputs, Map<String, Double> targets) {
        return TestNetworks.softmax(List.of(new Example(inputs, targets)), 1, Optimizer.SGD, 3);
    }

    private static NetworkSpec oneHot() {
        return one(Map.of("x1", 0.4, "x2", -0.7), Map.of("y1", 0.0, "y2", 1.0, "y3", 0.0));
    }

    @Test
    void softmaxIsTheClosedForm() {
        double[] a = Softmax.apply(new double[] {1.0, 2.0, 3.0});
        double sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertEquals(Math.exp(1) / sum, a[0], 1e-15);
        assertEquals(Math.exp(2) / sum, a[1], 1e-15);
        assertEquals(Math.exp(3) / sum, a[2], 1e-15);
        assertEquals(0.09003057317038046, a[0], 1e-15); // torch.softmax(tensor([1., 2., 3.]), 0)
        double[] log = Softmax.log(new double[] {1.0, 2.0, 3.0});
        for (int i = 0; i < 3; i++) {
            assertEquals(Math.log(a[i]), log[i], 1e-15);
        }
    }

    @Test
    void jacobianIsTheClosedFormAndMatchesCentralDifferences() {
        double[] z = {0.3, -1.2, 0.8};
        double[] a = Softmax.apply(z);
        double[][] j = Softmax.jacobian(a);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(r == c ? a[r] * (1 - a[r]) : -a[r] * a[c], j[r][c], 1e-16);
                double[] plus = z.clone();
                double[] minus = z.clone();
                plus[c] += H;
                minus[c] -= H;
                double numeric = (Softmax.apply(plus)[r] - Softmax.apply(minus)[r]) / (2 * H);
                assertEquals(numeric, j[r][c], 1e-8, "∂a" + r + "/∂z" + c);
            }
        }
    }

    @Test
    void largeScoresStayFinite() {
        double[] a = Softmax.apply(new double[] {1000.0, -1000.0, 0.0});
        assertEquals(1.0, a[0]);
        assertEquals(0.0, a[1]);
        assertEquals(Math.exp(-1000.0), a[2]); // underflows to 0, no NaN
        double[] log = Softmax.log(new double[] {1000.0, -1000.0, 0.0});
        assertEquals(0.0, log[0], 1e-300);
        assertEquals(-2000.0, log[1]);
        assertEquals(-1000.0, log[2]);
        for (double[] row : Softmax.jacobian(a)) {
            for (double v : row) {
                assertTrue(Double.isFinite(v));
            }
        }
        // a network whose output scores are ±1000: the pass, the loss and the gradients are finite
        NetworkSpec big = one(Map.of("x1", 1000.0, "x2", 0.0), Map.of("y1", 1.0, "y2", 0.0, "y3", 0.0));
        Trace t = Backprop.compute(big.withIterations(0));
        assertTrue(Double.isFinite(t.loss()));
        t.deltas().values().forEach(d -> assertTrue(Double.isFinite(d)));
        t.gradients().values().forEach(g -> assertTrue(Double.isFinite(g)));
    }

    @Test
    void outputsAreProbabilitiesAndTheLossIsMinusLnOfTheTrueClass() {
        Trace t = Backprop.compute(oneHot());
        Map<String, Double> a = t.forward().a();
        assertEquals(1.0, a.get("y1") + a.get("y2") + a.get("y3"), 1e-15);
        double[] p = Softmax.apply(new double[] {
            t.forward().z().get("y1"),
            t.forward().z().get("y2"),
            t.forward().z().get("y3")
        });
        assertEquals(p[1], a.get("y2"), 0.0);
        assertEquals(-Math.log(a.get("y2")), t.loss(), 1e-15);
    }

    @Test
    void deltaThroughTheJacobianIsYhatMinusYAndMatchesCentralDifferences() {
        Map<String, Double> soft = Map.of("y1", 0.2, "y2", 0.5, "y3", 0.3);
        for (NetworkSpec spec : List.of(oneHot(), one(Map.of("x1", -0.9, "x2", 0.6), soft))) {
            Trace t = Backprop.compute(spec);
            Backward b = t.backward();
            Map<String, Map<String, Double>> jac = b.jacobian();
            assertEquals(List.of("y1", "y2", "y3"), List.copyOf(jac.keySet()));
            for (String j : jac.keySet()) {
                double ai = t.forward().a().get(j);
                double y = spec.targets().get(j);
                // the general path: ∂L/∂a = −y/ŷ, then δ_j = Σ_i ∂L/∂a_i ∂a_i/∂z_j
                assertEquals(y == 0.0 ? 0.0 : -y / ai, b.dLda().get(j), 1e-12);
                double general = 0.0;
                for (String i : jac.keySet()) {
                    double expected = t.forward().a().get(i) * ((i.equals(j) ? 1 : 0) - ai);
                    assertEquals(expected, jac.get(i).get(j), 1e-16, "J " + i + "," + j);
                    general += b.dLda().get(i) * jac.get(i).get(j);
                }
                assertEquals(general, b.deltas().get(j), 1e-15);
                assertEquals(ai - y, b.deltas().get(j), 1e-12, "δ = ŷ − y at " + j); // the shortcut
                assertEquals(jac.get(j).get(j), b.dadz().get(j), 0.0);
            }
            // every gradient, the output biases' being δ itself, against central differences of the loss
            for (Map.Entry<String, Double> p : spec.params().entrySet()) {
                double plus = Backprop.loss(spec, Map.of(p.getKey(), p.getValue() + H));
                double minus = Backprop.loss(spec, Map.of(p.getKey(), p.getValue() - H));
                double numeric = (plus - minus) / (2 * H);
                assertEquals(numeric, t.gradients().get(p.getKey()), 1e-7, "∂L/∂" + p.getKey());
            }
            for (String o : List.of("y1", "y2", "y3")) {
                String bias = spec.biases().stream()
                        .filter(x -> x.neuron().equals(o))
                        .findFirst()
                        .orElseThrow()
                        .name();
                assertEquals(t.deltas().get(o), t.gradients().get(bias), 0.0);
            }
        }
    }

    @Test
    void trainsThreeClassesToFullTrainingAccuracy() {
        NetworkSpec spec =
                TestNetworks.softmax(TestNetworks.threeClasses(), 6, Optimizer.defaults(OptimizerKind.ADAM), 300);
        Trace t = Backprop.compute(spec);
        List<Double> loss = t.training().loss();
        assertTrue(loss.get(loss.size() - 1) < 0.1 * loss.get(0), loss.get(0) + " → " + loss.get(loss.size() - 1));
        Map<String, Double> trained = t.training().params();
        for (Example e : spec.data()) {
            NetworkSpec at = TestNetworks.softmax(List.of(e), 1, Optimizer.SGD, 0);
            Pass pass = Backprop.compute(withParams(at, trained)).forward();
            String predicted = argmax(pass.a(), List.of("y1", "y2", "y3"));
            String truth = argmax(e.targets(), List.of("y1", "y2", "y3"));
            assertEquals(truth, predicted, e.toString());
        }
    }

    @Test
    void everyOptimiserAndBatchSizeRunsAndReplaysTheSameCheckpoints() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            NetworkSpec spec = TestNetworks.softmax(TestNetworks.threeClasses(), 4, Optimizer.defaults(kind), 200);
            Training held = Backprop.compute(spec).training();
            List<Double> loss = held.loss();
            assertTrue(loss.get(loss.size() - 1) < loss.get(0), kind + ": " + loss.get(0) + " → " + loss.get(200));
            assertEquals(Backprop.computeReplaying(spec).training(), held, kind::toString);
            // the landscape's surface: the same loss at the trained point
            assertEquals(loss.get(200), Backprop.loss(spec, held.params()), 0.0);
        }
    }

    @Test
    void theSpecKeepsSoftmaxAndCategoricalCrossEntropyTogether() {
        NetworkSpec ok = oneHot();
        assertThrows(
                IllegalArgumentException.class,
                () -> new NetworkSpec(
                        ok.layers(),
                        ok.weights(),
                        ok.biases(),
                        LossKind.SQUARED_ERROR,
                        0.1,
                        ok.inputs(),
                        ok.targets(),
                        0));
        List<Layer> sigmoid = new ArrayList<>(ok.layers());
        sigmoid.set(2, new Layer("output", List.of("y1", "y2", "y3"), Activation.SIGMOID));
        assertThrows(
                IllegalArgumentException.class,
                () -> new NetworkSpec(
                        sigmoid, ok.weights(), ok.biases(), ok.loss(), 0.1, ok.inputs(), ok.targets(), 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> one(Map.of("x1", 0.0, "x2", 0.0), Map.of("y1", 0.5, "y2", 0.4, "y3", 0.0)));
        assertThrows(
                IllegalArgumentException.class,
                () -> one(Map.of("x1", 0.0, "x2", 0.0), Map.of("y1", 1.5, "y2", -0.5, "y3", 0.0)));
    }

    private static NetworkSpec withParams(NetworkSpec spec, Map<String, Double> params) {
        NetworkSpec s = spec;
        for (Map.Entry<String, Double> p : params.entrySet()) {
            s = TestNetworks.withParam(s, p.getKey(), p.getValue());
        }
        return s;
    }

    private static String argmax(Map<String, Double> values, List<String> names) {
        Map<String, Double> m = new LinkedHashMap<>();
        names.forEach(n -> m.put(n, values.get(n)));
        return m.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }
}
