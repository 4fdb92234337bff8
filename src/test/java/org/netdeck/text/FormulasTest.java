package org.netdeck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Example;
import org.netdeck.compute.Layer;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.OptimizerKind;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Weight;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.TestNetworks;

/** The chain, update and sum references against the engine's numbers, on several networks. */
class FormulasTest {

    /** Matt Mazur's 2-2-2 worked example (the engine tests' copy): half squared error, α = 0.5, frozen biases. */
    static NetworkSpec mazur() {
        return TestNetworks.mazur(0);
    }

    /** Skip connections (x1 straight to yhat, x2 to the second output), tanh and ReLU, trainable biases. */
    static NetworkSpec skip() {
        return new NetworkSpec(
                List.of(
                        new Layer("input", List.of("x1", "x2"), Activation.LINEAR),
                        new Layer("hidden", List.of("h1", "h2"), Activation.TANH),
                        new Layer("output", List.of("yhat", "o2"), Activation.RELU)),
                List.of(
                        new Weight("w1", "x1", "h1", 0.6), new Weight("w2", "x2", "h1", -0.4),
                        new Weight("w3", "x2", "h2", 0.7), new Weight("w4", "h1", "yhat", 0.9),
                        new Weight("w5", "h2", "yhat", 0.5), new Weight("w6", "h1", "o2", 0.8),
                        new Weight("s1", "x1", "yhat", 0.3), new Weight("s2", "x2", "o2", 0.2)),
                List.of(
                        new Bias("b1", "h1", 0.1, true),
                        new Bias("b2", "yhat", 0.2, true),
                        new Bias("b3", "o2", -0.1, false)),
                LossKind.MEAN_SQUARED_ERROR,
                0.1,
                Map.of("x1", 0.5, "x2", -0.8),
                Map.of("yhat", 1.0, "o2", 0.0),
                0);
    }

    /** Four layers of three, fully connected: nine paths from each first-layer weight, so the delta form. */
    static NetworkSpec deep() {
        List<Layer> layers = new ArrayList<>();
        List<Weight> weights = new ArrayList<>();
        String[][] names = {{"x1", "x2", "x3"}, {"h1", "h2", "h3"}, {"g1", "g2", "g3"}, {"o1", "o2", "o3"}};
        for (int l = 0; l < names.length; l++) {
            layers.add(new Layer("l" + l, List.of(names[l]), l == 0 ? Activation.LINEAR : Activation.SIGMOID));
            if (l > 0) {
                for (String from : names[l - 1]) {
                    for (String to : names[l]) {
                        weights.add(new Weight("w" + (weights.size() + 1), from, to, 0.1 * ((weights.size() % 7) - 3)));
                    }
                }
            }
        }
        return new NetworkSpec(
                layers,
                weights,
                List.of(new Bias("b1", "h2", 0.2, true)),
                LossKind.SQUARED_ERROR,
                0.1,
                Map.of("x1", 0.5, "x2", 0.1, "x3", -0.3),
                Map.of("o1", 1.0, "o2", 0.0, "o3", 0.5),
                0);
    }

    static Stream<NetworkSpec> networks() {
        return Stream.of(DefaultDeck.network(), mazur(), skip(), deep());
    }

    @ParameterizedTest
    @MethodSource("networks")
    void everyChainMultipliesOutToTheEnginesGradient(NetworkSpec spec) {
        Trace trace = Backprop.compute(spec);
        Formulas f = new Formulas(trace);
        for (String p : spec.params().keySet()) {
            Formulas.Chain c = f.chain(p);
            double g = trace.gradients().get(p);
            assertEquals(g, c.gradient(), 0.0);
            assertEquals(g, c.value(), 1e-12 * Math.max(1.0, Math.abs(g)), () -> p + ": " + c);
            assertTrue(f.tex("chain." + p)
                    .orElseThrow()
                    .endsWith(" = " + Formulas.number(g, org.netdeck.compute.Precision.GRADIENT) + "\\end{aligned}"));
        }
    }

    @ParameterizedTest
    @MethodSource("networks")
    void everyFormulaIsTexTheTranslatorReads(NetworkSpec spec) {
        Formulas f = new Formulas(Backprop.compute(spec));
        for (String name : f.names()) {
            String html = org.netdeck.math.MathMl.render(
                    org.netdeck.math.Tex.parse(f.tex(name).orElseThrow()), false);
            assertTrue(html.startsWith("<math>"), name);
        }
    }

    @ParameterizedTest
    @MethodSource("networks")
    void everySumAddsUpToTheEnginesWeightedSum(NetworkSpec spec) {
        Trace trace = Backprop.compute(spec);
        Formulas f = new Formulas(trace);
        for (String n : spec.neurons()
                .subList(spec.inputLayer().neurons().size(), spec.neurons().size())) {
            assertEquals(trace.forward().z().get(n), f.sum(n).value(), 1e-15, n);
        }
        spec.inputLayer().neurons().forEach(x -> assertTrue(f.tex("sum." + x).isEmpty(), x));
    }

    @Test
    void seedChainForAHiddenWeightWritesEveryFactor() {
        Trace trace = Backprop.compute(DefaultDeck.network());
        Formulas f = new Formulas(trace);
        Formulas.Chain c = f.chain("w1");
        assertEquals(1, c.terms().size());
        assertFalse(c.deltaForm());
        List<Double> values =
                c.terms().get(0).stream().map(Formulas.Factor::value).toList();
        assertEquals(
                List.of(
                        trace.backward().dLda().get("yhat"),
                        trace.backward().dadz().get("yhat"),
                        0.9,
                        trace.backward().dadz().get("h1"),
                        0.5),
                values);
        assertEquals(
                "\\begin{aligned}\\frac{\\partial L}{\\partial w_1} &= \\frac{\\partial L}{\\partial \\hat{y}}\\,"
                        + "\\sigma'(z_{\\hat{y}})\\,w_3\\,\\sigma'(z_{h_1})\\,x_1 \\\\ &= (-0.595)(0.209)(0.900)(0.240)(0.500)"
                        + " = -0.0134\\end{aligned}",
                f.tex("chain.w1").orElseThrow());
        assertEquals(
                "\\begin{aligned}\\frac{\\partial L}{\\partial w_3} &= \\frac{\\partial L}{\\partial \\hat{y}}\\,"
                        + "\\sigma'(z_{\\hat{y}})\\,h_1 \\\\ &= (-0.595)(0.209)(0.599) = -0.0744\\end{aligned}",
                f.tex("chain.w3").orElseThrow());
    }

    @Test
    void seedUpdateAndSumAreArithmeticWithTheEnginesNumbers() {
        Trace trace = Backprop.compute(DefaultDeck.network());
        Formulas f = new Formulas(trace);
        assertEquals(
                "w_3 \\leftarrow w_3 - \\alpha\\,\\frac{\\partial L}{\\partial w_3} = 0.900 - 0.1 \\times (-0.0744)"
                        + " = 0.9074",
                f.tex("update.w3").orElseThrow());
        assertEquals(
                0.9 - 0.1 * trace.gradients().get("w3"),
                trace.updated().params().get("w3"),
                0.0);
        assertEquals(
                "z_{h_1} = w_1\\,x_1 = 0.800 \\times 0.500 = 0.400",
                f.tex("sum.h1").orElseThrow());
        assertEquals(
                "z_{\\hat{y}} = w_3\\,h_1 + w_4\\,h_2 = 0.900 \\times 0.599 + 0.800 \\times 0.401 = 0.860",
                f.tex("sum.yhat").orElseThrow());
        assertEquals("\\hat{y}", f.tex("label.yhat").orElseThrow());
        assertEquals("\\text{hidden}", f.tex("label.hidden").orElseThrow());
    }

    @Test
    void mazurChainSumsTheTwoPathsThroughTheOutputs() {
        Trace trace = Backprop.compute(mazur());
        Formulas.Chain c = new Formulas(trace).chain("w1");
        assertEquals(2, c.terms().size());
        // Mazur's ∂E_total/∂w1 = 0.000438568
        assertEquals(0.000438568, c.value(), 1e-9);
        String tex = new Formulas(trace).tex("chain.w1").orElseThrow();
        assertTrue(
                tex.contains("\\frac{\\partial L}{\\partial o_1}\\,\\sigma'(z_{o_1})\\,w_5\\,\\sigma'(z_{h_1})\\,i_1"
                        + " + \\frac{\\partial L}{\\partial o_2}\\,\\sigma'(z_{o_2})\\,w_7\\,\\sigma'(z_{h_1})\\,i_1"),
                tex);
        assertTrue(tex.endsWith(" = 0.000439\\end{aligned}"), tex);
        assertEquals(
                "b_1 = 0.350\\quad\\text{(frozen: not trained)}",
                new Formulas(trace).tex("update.b1").orElseThrow());
    }

    @Test
    void skipConnectionsAddTheirPathAndReluTanhSlopesAreNamed() {
        Trace trace = Backprop.compute(skip());
        Formulas f = new Formulas(trace);
        // x1 reaches yhat directly through s1: its chain has one path, no hidden slope
        assertEquals(
                "\\begin{aligned}\\frac{\\partial L}{\\partial s_1} &= \\frac{\\partial L}{\\partial \\hat{y}}\\,"
                        + "\\mathrm{ReLU}'(z_{\\hat{y}})\\,x_1",
                f.tex("chain.s1").orElseThrow().split(" \\\\\\\\")[0]);
        // h1 feeds yhat and o2: two paths for w1, each through tanh'
        assertEquals(2, f.chain("w1").terms().size());
        assertTrue(f.tex("chain.b1").orElseThrow().contains("\\tanh'(z_{h_1})"));
        // four terms: aligned rows, symbols on one, the numbers two products a row, then the sum
        String sum = f.tex("sum.yhat").orElseThrow();
        assertTrue(
                sum.startsWith("\\begin{aligned}z_{\\hat{y}} &= w_4\\,h_1 + w_5\\,h_2 + s_1\\,x_1 + b_2 \\\\ &= "),
                sum);
        assertEquals(4, sum.split(" \\\\\\\\ ").length, sum); // symbols, two rows of numbers, the sum
        assertTrue(sum.split(" \\\\\\\\ ")[2].startsWith("&\\quad + "), sum);
        assertTrue(
                sum.endsWith(" \\\\ &= " + Formulas.number(trace.forward().z().get("yhat"), Precision.VALUE)
                        + "\\end{aligned}"),
                sum);
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> org.netdeck.math.Tex.parse(sum), "TeX netdeck reads");
    }

    @Test
    void manyPathsFallBackToTheDeltaForm() {
        Trace trace = Backprop.compute(deep());
        Formulas f = new Formulas(trace);
        Formulas.Chain c = f.chain("w1"); // x1 → h1: 9 paths to the outputs
        assertTrue(c.deltaForm());
        assertEquals(3, c.terms().size());
        String tex = f.tex("chain.w1").orElseThrow();
        assertTrue(
                tex.startsWith(
                        "\\begin{aligned}\\frac{\\partial L}{\\partial w_1} &= \\sigma'(z_{h_1})\\,\\left(w_{10}\\,\\delta_{g_1}"
                                + " + w_{11}\\,\\delta_{g_2} + w_{12}\\,\\delta_{g_3}\\right)\\,x_1 \\\\ &= ("),
                tex);
        assertFalse(f.chain("w19").deltaForm(), "a last-layer weight has one path");
    }

    @Test
    void chainAndUpdateExistOnlyWhereTheyAddUpToTheEnginesNumbers() {
        NetworkSpec sgd = TestNetworks.mazur(0);
        Formulas plain = new Formulas(Backprop.compute(sgd));
        assertTrue(plain.tex("chain.w1").isPresent() && plain.tex("update.w1").isPresent());
        NetworkSpec adam = sgd.withOptimizer(Optimizer.defaults(OptimizerKind.ADAM));
        Formulas withAdam = new Formulas(Backprop.compute(adam));
        assertTrue(withAdam.tex("chain.w1").isPresent(), "one example: the chain rule holds");
        assertFalse(withAdam.tex("update.w1").isPresent(), "Adam's step is not w − α g");
        NetworkSpec data = new NetworkSpec(
                sgd.layers(),
                sgd.weights(),
                sgd.biases(),
                sgd.loss(),
                sgd.learningRate(),
                List.of(sgd.data().get(0), new Example(sgd.inputs(), Map.of("o1", 0.5, "o2", 0.5))),
                2,
                Optimizer.SGD,
                0);
        Formulas mean = new Formulas(Backprop.compute(data));
        assertFalse(mean.tex("chain.w1").isPresent(), "the gradient is a mean over examples");
        assertFalse(mean.tex("update.w1").isPresent());
        assertTrue(mean.tex("sum.h1").isPresent());
    }
}
