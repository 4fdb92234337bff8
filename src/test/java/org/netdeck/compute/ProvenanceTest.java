package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netdeck.testing.Arithmetic;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.OptimizersDeck;
import org.netdeck.testing.TestNetworks;

class ProvenanceTest {

    static Stream<Trace> traces() {
        return Stream.of(DefaultDeck.trace(), OptimizersDeck.trace());
    }

    /**
     * Networks no deck has: random ones of every activation and loss (skip connections, frozen biases), each trained
     * by a different optimiser, and a softmax classifier on batches smaller than its data set.
     */
    static Stream<Trace> unseen() {
        Stream.Builder<Trace> b = Stream.builder();
        Optimizer[] optimizers = {
            Optimizer.SGD.with(Optimizer.WEIGHT_DECAY, 0.01),
            Optimizer.defaults(OptimizerKind.MOMENTUM).with(Optimizer.DAMPENING, 0.1),
            Optimizer.defaults(OptimizerKind.NESTEROV),
            Optimizer.defaults(OptimizerKind.RMSPROP)
                    .with(Optimizer.CENTERED, 1)
                    .with(Optimizer.MOMENTUM, 0.5),
            Optimizer.defaults(OptimizerKind.RMSPROP),
            Optimizer.defaults(OptimizerKind.ADAM).with(Optimizer.WEIGHT_DECAY, 0.1)
        };
        int k = 0;
        for (Activation hidden : Activation.values()) {
            for (LossKind loss : List.of(
                    LossKind.SQUARED_ERROR,
                    LossKind.HALF_SQUARED_ERROR,
                    LossKind.MEAN_SQUARED_ERROR,
                    LossKind.BINARY_CROSS_ENTROPY)) {
                Activation output = loss == LossKind.BINARY_CROSS_ENTROPY ? Activation.SIGMOID : hidden;
                NetworkSpec spec = TestNetworks.random(k * 31L + 7, hidden, output, loss)
                        .withIterations(3)
                        .withOptimizer(optimizers[k % optimizers.length]);
                b.add(Backprop.compute(spec));
                k++;
            }
        }
        b.add(Backprop.compute(
                TestNetworks.softmax(TestNetworks.threeClasses(), 2, Optimizer.defaults(OptimizerKind.ADAM), 3)));
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("unseen")
    void networksNoDeckHasExplainEveryValueToo(Trace trace) {
        everyFormulaEvaluatesToItsValueAndEveryOperandIsExplained(trace);
        Provenance p = trace.provenance();
        trace.gradients()
                .forEach((param, g) ->
                        assertEquals(g, p.get("grad." + param).orElseThrow().value()));
        trace.updated()
                .params()
                .forEach((param, v) ->
                        assertEquals(v, p.get("updated." + param).orElseThrow().value()));
        trace.forward()
                .a()
                .forEach((n, a) -> assertEquals(a, p.get(n).orElseThrow().value(), n));
        assertEquals(trace.loss(), p.get("loss").orElseThrow().value());
        assertEquals(
                trace.training().forward().loss(),
                p.get("trained.loss").orElseThrow().value());
    }

    @ParameterizedTest
    @MethodSource("traces")
    void everyFormulaEvaluatesToItsValueAndEveryOperandIsExplained(Trace trace) {
        Provenance p = trace.provenance();
        assertTrue(
                p.explanations().size() > 40,
                "explanations: " + p.explanations().size());
        p.explanations().forEach((name, e) -> {
            assertTrue(Double.isFinite(e.value()), name);
            e.operands().forEach(o -> assertTrue(p.explanations().containsKey(o), name + " uses unexplained " + o));
            String formula = p.formula(name).orElseThrow();
            double v = Arithmetic.evaluate(formula);
            assertEquals(e.value(), v, 1e-9 * Math.max(1, Math.abs(e.value())), name + " = " + formula);
        });
        p.aliases().values().forEach(n -> assertTrue(p.explanations().containsKey(n), "alias of " + n));
    }

    @Test
    void theBackpropDecksNumbersAreTheEnginesAndTheirFormulasReadAsTheyWereComputed() {
        Trace t = DefaultDeck.trace();
        Provenance p = t.provenance();
        assertEquals(t.gradients().get("w3"), p.get("grad.w3").orElseThrow().value());
        assertEquals("{0} * {1}", p.get("grad.w3").orElseThrow().template());
        assertEquals(
                java.util.List.of("delta.yhat", "a.h1"),
                p.get("grad.w3").orElseThrow().operands());
        assertEquals("sigmoid({0})", p.get("yhat").orElseThrow().template());
        assertEquals("{0} * {1} + {2} * {3}", p.get("z.yhat").orElseThrow().template());
        assertEquals("{0} - {1} * {2}", p.get("updated.w1").orElseThrow().template());
        assertEquals("network.inputs.x1", p.get("input.x1").orElseThrow().source());
        assertEquals("0.5", p.formula("input.x1").orElseThrow());
        assertEquals(t.updated().loss(), p.get("updated.loss").orElseThrow().value());
    }

    @ParameterizedTest
    @MethodSource("traces")
    void walkingFromTheGradientOfW1ReachesTheInputsWeightsAndTargets(Trace trace) {
        Provenance p = trace.provenance();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>();
        open.add("grad.w1");
        while (!open.isEmpty()) {
            String n = open.pop();
            if (seen.add(n)) {
                open.addAll(p.get(n).orElseThrow().operands());
            }
        }
        assertTrue(seen.containsAll(Set.of("input.x1", "input.x2", "w1", "target.yhat")), seen.toString());
        seen.stream()
                .filter(n -> p.get(n).orElseThrow().operands().isEmpty())
                .forEach(n -> assertTrue(p.get(n).orElseThrow().given(), n + " ends the walk but is not given"));
        assertFalse(p.get("grad.w1").orElseThrow().given());
    }

    @Test
    void adamsAndMomentumsFirstStepExplainTheirBuffersAndAdamsBiasCorrectedMoments() {
        Provenance p = OptimizersDeck.trace().provenance();
        double g = p.get("runs.adam.grad.w1").orElseThrow().value();
        double beta1 = p.get("runs.adam.optimizer.beta1").orElseThrow().value();
        double beta2 = p.get("runs.adam.optimizer.beta2").orElseThrow().value();
        assertEquals(
                (1 - beta1) * g,
                p.get("runs.adam.state.exp_avg.w1").orElseThrow().value(),
                1e-15);
        assertEquals(
                (1 - beta2) * g * g,
                p.get("runs.adam.state.exp_avg_sq.w1").orElseThrow().value(),
                1e-15);
        assertEquals(g, p.get("runs.adam.state.m_hat.w1").orElseThrow().value(), 1e-12 * Math.abs(g));
        assertEquals(g * g, p.get("runs.adam.state.v_hat.w1").orElseThrow().value(), 1e-12 * g * g);
        assertTrue(p.get("runs.adam.updated.w1")
                .orElseThrow()
                .operands()
                .containsAll(List.of("runs.adam.state.m_hat.w1", "runs.adam.state.v_hat.w1")));
        assertEquals(
                List.of("runs.adam.state.exp_avg.w1"),
                p.get("runs.adam.state.m_hat.w1").orElseThrow().operands().stream()
                        .filter(o -> o.contains("state."))
                        .toList());
        assertEquals(
                p.get("runs.momentum.grad.w1").orElseThrow().value(),
                p.get("runs.momentum.state.momentum_buffer.w1").orElseThrow().value());
        assertTrue(p.get("runs.momentum.updated.w1")
                .orElseThrow()
                .operands()
                .contains("runs.momentum.state.momentum_buffer.w1"));
    }
}
