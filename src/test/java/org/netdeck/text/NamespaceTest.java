package org.netdeck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netdeck.testing.DeckParts.sigmoid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Bias;
import org.netdeck.testing.DeckParts;
import org.netdeck.testing.DefaultDeck;

class NamespaceTest {

    private static final double EPS = 1e-12;

    private final Namespace ns = new Namespace(Backprop.compute(DefaultDeck.network()));

    private double v(String name) {
        return ns.lookup(name).orElseThrow(() -> new AssertionError("no value " + name));
    }

    /** The default network by hand: forward pass, loss and gradients for weights w. */
    private record Hand(
            double[] w,
            double h1,
            double h2,
            double zy,
            double y,
            double loss,
            double dy,
            double localY,
            double deltaY,
            double dh1,
            double dh2,
            double deltaH1,
            double deltaH2,
            double[] grad) {
        static Hand at(double... w) {
            double h1 = sigmoid(0.5 * w[0]);
            double h2 = sigmoid(0.8 * w[1]);
            double zy = w[2] * h1 + w[3] * h2;
            double y = sigmoid(zy);
            double loss = (1.0 - y) * (1.0 - y);
            double dy = -2.0 * (1.0 - y);
            double localY = y * (1.0 - y);
            double deltaY = dy * localY;
            double dh1 = deltaY * w[2];
            double dh2 = deltaY * w[3];
            double deltaH1 = dh1 * h1 * (1.0 - h1);
            double deltaH2 = dh2 * h2 * (1.0 - h2);
            double[] grad = {deltaH1 * 0.5, deltaH2 * 0.8, deltaY * h1, deltaY * h2};
            return new Hand(w, h1, h2, zy, y, loss, dy, localY, deltaY, dh1, dh2, deltaH1, deltaH2, grad);
        }

        Hand step() {
            double[] next = new double[4];
            for (int k = 0; k < 4; k++) {
                next[k] = w[k] - 0.1 * grad[k];
            }
            return at(next);
        }
    }

    private static final Hand START = Hand.at(0.8, -0.5, 0.9, 0.8);

    @Test
    void plainNamesAreActivationsAndInitialParameters() {
        assertEquals(0.598687660112452, v("h1"), EPS);
        assertEquals(sigmoid(0.4), v("h1"), EPS);
        assertEquals(sigmoid(-0.4), v("a.h2"), EPS);
        assertEquals(START.y(), v("yhat"), EPS);
        assertEquals(0.5, v("x1"));
        assertEquals(0.8, v("a.x2"));
        assertEquals(0.4, v("z.h1"), EPS);
        assertEquals(START.zy(), v("z.yhat"), EPS);
        assertEquals(-0.5, v("w2"));
        assertEquals(0.8, v("w4"));
        assertEquals(0.5, v("input.x1"));
        assertEquals(0.8, v("input.x2"));
        assertEquals(1.0, v("target.yhat"));
        assertEquals(START.loss(), v("loss"), EPS);
    }

    @Test
    void gradientsDeltasAndLocalSlopes() {
        for (int k = 0; k < 4; k++) {
            assertEquals(START.grad()[k], v("grad.w" + (k + 1)), EPS);
        }
        assertEquals(START.dy(), v("grad.yhat"), EPS);
        assertEquals(START.dh1(), v("grad.h1"), EPS);
        assertEquals(START.dh2(), v("grad.h2"), EPS);
        assertEquals(START.deltaY(), v("delta.yhat"), EPS);
        assertEquals(START.deltaH1(), v("delta.h1"), EPS);
        assertEquals(START.deltaH2(), v("delta.h2"), EPS);
        assertEquals(START.localY(), v("local.yhat"), EPS);
        assertEquals(START.h1() * (1 - START.h1()), v("local.h1"), EPS);
        assertTrue(ns.lookup("grad.x1").isEmpty(), "an input has no ∂L/∂a");
        assertTrue(ns.lookup("delta.x1").isEmpty());
    }

    @Test
    void oneGradientStep() {
        Hand next = START.step();
        assertEquals(next.w()[2], v("updated.w3"), EPS);
        assertEquals(0.9 - 0.1 * START.grad()[2], v("updated.w3"), EPS);
        assertEquals(-0.1 * START.grad()[0], v("change.w1"), EPS);
        assertEquals(next.h1(), v("updated.h1"), EPS);
        assertEquals(next.y(), v("updated.yhat"), EPS);
        assertEquals(next.y(), v("updated.a.yhat"), EPS);
        assertEquals(next.zy(), v("updated.z.yhat"), EPS);
        assertEquals(next.loss(), v("updated.loss"), EPS);
        assertEquals((START.loss() - next.loss()) / START.loss(), v("improvement"), EPS);
        assertTrue(v("improvement") > 0.0);
    }

    @Test
    void endOfTheTrainingRun() {
        Hand h = START;
        for (int i = 0; i < DefaultDeck.network().iterations(); i++) {
            h = h.step();
        }
        assertEquals(h.w()[0], v("trained.w1"), 1e-10);
        assertEquals(h.w()[3], v("trained.w4"), 1e-10);
        assertEquals(h.y(), v("trained.yhat"), 1e-10);
        assertEquals(h.zy(), v("trained.z.yhat"), 1e-10);
        assertEquals(h.loss(), v("trained.loss"), 1e-10);
        assertEquals((START.loss() - h.loss()) / START.loss(), v("trained.improvement"), 1e-10);
    }

    @Test
    void runSettingsAndCounts() {
        assertEquals(0.1, v("learning_rate"));
        assertEquals(0.1, v("alpha"));
        assertEquals(DefaultDeck.network().iterations(), v("iterations"));
        assertEquals(4, v("count.weights"));
        assertEquals(0, v("count.biases"));
        assertEquals(4, v("count.parameters"));
        assertEquals(5, v("count.neurons"));
        assertEquals(3, v("count.layers"));
        assertEquals(2, v("count.inputs"));
        assertEquals(1, v("count.outputs"));
        assertTrue(ns.isInteger("iterations"));
        assertTrue(ns.isInteger("count.neurons"));
        assertFalse(ns.isInteger("loss"));
        assertFalse(ns.isInteger("learning_rate"));
    }

    @Test
    void frozenBiasesAreCountedButNotLearnable() {
        Namespace biased = new Namespace(Backprop.compute(
                DeckParts.withBiases(List.of(new Bias("b1", "h1", 0.25, true), new Bias("b2", "yhat", -0.1, false)))));
        assertEquals(2, biased.lookup("count.biases").orElseThrow());
        assertEquals(5, biased.lookup("count.parameters").orElseThrow());
        assertEquals(0.25, biased.lookup("b1").orElseThrow());
        assertEquals(sigmoid(0.4 + 0.25), biased.lookup("h1").orElseThrow(), EPS);
        assertEquals(-0.1, biased.lookup("updated.b2").orElseThrow());
        assertEquals(0.0, biased.lookup("change.b2").orElseThrow());
        assertEquals(
                biased.lookup("delta.h1").orElseThrow(),
                biased.lookup("grad.b1").orElseThrow(),
                EPS);
    }

    @Test
    void unknownNamesAreEmptyAndNamesListsEveryFamily() {
        assertTrue(ns.lookup("grad.w5").isEmpty());
        assertTrue(ns.lookup("Loss").isEmpty());
        assertTrue(ns.names()
                .containsAll(List.of(
                        "x1",
                        "h1",
                        "yhat",
                        "w1",
                        "a.h1",
                        "z.h1",
                        "input.x1",
                        "target.yhat",
                        "loss",
                        "grad.w1",
                        "grad.h1",
                        "delta.h1",
                        "local.h1",
                        "updated.w1",
                        "updated.h1",
                        "updated.z.h1",
                        "updated.loss",
                        "change.w1",
                        "trained.w1",
                        "trained.h1",
                        "trained.loss",
                        "trained.improvement",
                        "improvement",
                        "learning_rate",
                        "alpha",
                        "iterations",
                        "count.weights",
                        "count.biases",
                        "count.parameters",
                        "count.neurons",
                        "count.layers",
                        "count.inputs",
                        "count.outputs")));
        for (String name : ns.names()) {
            assertTrue(ns.lookup(name).isPresent(), name);
        }
    }
}
