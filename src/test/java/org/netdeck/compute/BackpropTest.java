package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.TestNetworks;

class BackpropTest {

    /**
     * The published figure, to every decimal it was printed with (9, or 8 where the article printed 8):
     * the computed value rounds to it.
     */
    private static void assertPublished(String published, double actual) {
        int decimals = published.length() - published.indexOf('.') - 1;
        double halfUnit = 0.5 * Math.pow(10, -decimals);
        assertEquals(Double.parseDouble(published), actual, halfUnit, "published " + published);
    }

    @Test
    void mazurForwardPassAndErrorMatchThePublishedExample() {
        Trace t = Backprop.compute(TestNetworks.mazur(1));
        Map<String, Double> a = t.forward().a();
        assertPublished("0.593269992", a.get("h1"));
        assertPublished("0.596884378", a.get("h2"));
        assertPublished("0.75136507", a.get("o1"));
        assertPublished("0.772928465", a.get("o2"));
        assertPublished("0.298371109", t.loss());
    }

    @Test
    void mazurOneUpdateMatchesThePublishedWeights() {
        Map<String, Double> p =
                Backprop.compute(TestNetworks.mazur(1)).updated().params();
        assertPublished("0.35891648", p.get("w5"));
        assertPublished("0.408666186", p.get("w6"));
        assertPublished("0.511301270", p.get("w7"));
        assertPublished("0.561370121", p.get("w8"));
        assertPublished("0.149780716", p.get("w1"));
        assertPublished("0.19956143", p.get("w2"));
        assertPublished("0.24975114", p.get("w3"));
        assertPublished("0.29950229", p.get("w4"));
        // the biases are frozen in the example
        assertEquals(0.35, p.get("b1"));
        assertEquals(0.60, p.get("b4"));
    }

    @Test
    void mazurTrainingErrorsMatchThePublishedFigures() {
        Trace t = Backprop.compute(TestNetworks.mazur(10_000));
        List<Double> loss = t.training().loss();
        assertEquals(10_001, loss.size());
        assertPublished("0.298371109", loss.get(0));
        assertEquals(0.291027924, loss.get(1), 1e-6);
        assertEquals(0.0000351085, loss.get(10_000), 1e-6);
        assertEquals(t.updated().loss(), loss.get(1));
        assertEquals(loss.get(10_000), t.training().forward().loss());
    }

    @Test
    void defaultDeckNetworkTellsTheDecksStory() {
        Trace t = Backprop.compute(DefaultDeck.network());
        assertEquals(0.60, t.forward().a().get("h1"), 0.005);
        assertEquals(0.40, t.forward().a().get("h2"), 0.005);
        assertEquals(0.70, t.forward().a().get("yhat"), 0.005);
        double yhat = t.forward().a().get("yhat");
        assertEquals((1 - yhat) * (1 - yhat), t.loss(), 1e-15);
        assertEquals(-2 * (1 - yhat), t.backward().dLda().get("yhat"), 1e-15); // ∂L/∂ŷ = −2(y − ŷ)
        assertTrue(t.updated().loss() < t.loss(), "one step lowers the loss");
        assertTrue(t.training().forward().loss() < t.updated().loss(), "training lowers it further");
    }

    @Test
    void zForInputsIsTheInputAndDeltaIsDlDaTimesSlope() {
        Trace t = Backprop.compute(DefaultDeck.network());
        assertEquals(0.5, t.forward().z().get("x1"));
        assertEquals(0.8, t.forward().a().get("x2"));
        for (String n : List.of("h1", "h2", "yhat")) {
            double a = t.forward().a().get(n);
            assertEquals(a * (1 - a), t.backward().dadz().get(n), 1e-15);
            assertEquals(
                    t.backward().dLda().get(n) * t.backward().dadz().get(n),
                    t.deltas().get(n),
                    1e-15);
        }
        assertEquals(List.of("h1", "h2", "yhat"), List.copyOf(t.deltas().keySet()));
    }

    @Test
    void frozenBiasesStayWhileTrainableOnesMove() {
        NetworkSpec base = DefaultDeck.network();
        NetworkSpec spec = new NetworkSpec(
                base.layers(),
                base.weights(),
                List.of(new Bias("b1", "h1", 0.1, false), new Bias("b2", "yhat", 0.2, true)),
                base.loss(),
                base.learningRate(),
                base.inputs(),
                base.targets(),
                5);
        Trace t = Backprop.compute(spec);
        assertEquals(0.1, t.updated().params().get("b1"));
        assertEquals(0.1, t.training().params().get("b1"));
        assertTrue(t.gradients().get("b1") != 0.0, "a frozen bias still has a gradient");
        assertEquals(0.2 - 0.1 * t.gradients().get("b2"), t.updated().params().get("b2"), 1e-15);
        assertEquals(5, spec.learnableParameters()); // four weights and b2
    }

    @Test
    void zeroIterationsStillShowsOneUpdateAndOneLossValue() {
        NetworkSpec base = DefaultDeck.network();
        NetworkSpec spec = new NetworkSpec(
                base.layers(),
                base.weights(),
                base.biases(),
                base.loss(),
                base.learningRate(),
                base.inputs(),
                base.targets(),
                0);
        Trace t = Backprop.compute(spec);
        assertEquals(List.of(t.loss()), t.training().loss());
        assertEquals(spec.params(), t.training().params());
        assertTrue(t.updated().loss() < t.loss());
    }

    @Test
    void aLearningRateTooLargeIsReportedAsDivergence() {
        NetworkSpec spec = new NetworkSpec(
                List.of(
                        new Layer("in", List.of("x"), Activation.LINEAR),
                        new Layer("out", List.of("y"), Activation.LINEAR)),
                List.of(new Weight("w", "x", "y", 1.0)),
                List.of(),
                LossKind.SQUARED_ERROR,
                1e6,
                Map.of("x", 3.0),
                Map.of("y", 1.0),
                1000);
        Divergence d = assertThrows(Divergence.class, () -> Backprop.compute(spec));
        assertTrue(d.step() > 0 && d.step() < 1000, "diverges within the run: " + d.step());
    }

    @Test
    void anOverflowingWeightedSumIsDivergenceAtTheInitialParametersNamingTheLargestTerm() {
        NetworkSpec spec = new NetworkSpec(
                List.of(
                        new Layer("in", List.of("x1", "x2"), Activation.LINEAR),
                        new Layer("out", List.of("y"), Activation.SIGMOID)),
                List.of(new Weight("w1", "x1", "y", 10.0), new Weight("w2", "x2", "y", 0.5)),
                List.of(),
                LossKind.SQUARED_ERROR,
                0.1,
                Map.of("x1", 1e308, "x2", 1.0),
                Map.of("y", 1.0),
                10);
        // z = 10 · 1e308 overflows although the sigmoid and the loss would stay finite
        Divergence d = assertThrows(Divergence.class, () -> Backprop.compute(spec));
        assertEquals(0, d.step());
        assertEquals(Optional.of("inputs.x1"), d.culprit());
        assertTrue(d.getMessage().startsWith("the weighted sum z of y is Infinity"), d.getMessage());
    }

    @Test
    void meanSquaredErrorAveragesOverOutputs() {
        NetworkSpec spec = new NetworkSpec(
                List.of(
                        new Layer("in", List.of("x"), Activation.LINEAR),
                        new Layer("out", List.of("y1", "y2"), Activation.LINEAR)),
                List.of(new Weight("u", "x", "y1", 2.0), new Weight("v", "x", "y2", -1.0)),
                List.of(),
                LossKind.MEAN_SQUARED_ERROR,
                0.1,
                Map.of("x", 1.0),
                Map.of("y1", 1.0, "y2", 1.0),
                0);
        Trace t = Backprop.compute(spec);
        assertEquals((1.0 + 4.0) / 2, t.loss(), 1e-15); // ((1−2)² + (1−(−1))²)/2
        assertEquals(-2.0 * (1 - 2.0) / 2 * 1.0, t.gradients().get("u"), 1e-15);
        assertEquals(-2.0 * (1 + 1.0) / 2 * 1.0, t.gradients().get("v"), 1e-15);
    }

    @Test
    void binaryCrossEntropyOfASigmoidOutputHasDeltaAMinusT() {
        NetworkSpec spec = new NetworkSpec(
                List.of(
                        new Layer("in", List.of("x"), Activation.LINEAR),
                        new Layer("out", List.of("y"), Activation.SIGMOID)),
                List.of(new Weight("w", "x", "y", 0.3)),
                List.of(),
                LossKind.BINARY_CROSS_ENTROPY,
                0.1,
                Map.of("x", 2.0),
                Map.of("y", 0.25),
                0);
        Trace t = Backprop.compute(spec);
        double a = 1 / (1 + Math.exp(-0.6));
        assertEquals(-(0.25 * Math.log(a) + 0.75 * Math.log(1 - a)), t.loss(), 1e-15);
        assertEquals(a - 0.25, t.deltas().get("y"), 1e-12); // ∂L/∂z = a − t for sigmoid + cross-entropy
    }

    /**
     * The checkpoints taken from the states a run held are the ones a replay of the run computes: every optimiser,
     * in batches, over more steps than checkpoints (so they are selected), and random networks.
     */
    @Test
    void heldCheckpointsAreTheReplayedOnes() {
        List<NetworkSpec> specs = new ArrayList<>();
        for (Optimizer o : OptimizerTest.optimizers()) {
            specs.add(OptimizerTest.tiny(o, 1, 450));
        }
        specs.add(TestNetworks.mazur(1_000));
        for (long seed = 0; seed < 5; seed++) {
            NetworkSpec r = TestNetworks.random(seed, Activation.TANH, Activation.SIGMOID, LossKind.SQUARED_ERROR);
            specs.add(
                    new NetworkSpec(r.layers(), r.weights(), r.biases(), r.loss(), 0.05, r.inputs(), r.targets(), 300));
        }
        for (NetworkSpec spec : specs) {
            Training held = Backprop.compute(spec).training();
            Training replayed = Backprop.computeReplaying(spec).training();
            assertTrue(held.checkpoints().size() < spec.iterations() + 1); // selected, not every step
            assertEquals(replayed.checkpoints(), held.checkpoints(), spec::toString);
            assertEquals(replayed, held);
        }
    }
}
