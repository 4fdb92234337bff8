package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Example;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;
import org.netdeck.content.FrontMatterParser;
import org.netdeck.testing.DefaultDeck;

/**
 * What the network steps say about a run on a data set, with batches and another optimiser: the neuron values are the
 * first example's, the loss and the gradients the set's mean, and the update is the optimiser's step on the first
 * batch. Each caption is checked against the engine: the first example's own loss, computed by a single-example run
 * of that example, and the mean of every example's loss.
 */
class NetworkContentTest {

    /** A 2-2-2 network on three examples, Adam on batches of two. */
    private static final String YAML = """
            title: Data
            network:
              layers:
                - {name: in, neurons: [x1, x2]}
                - {name: hid, neurons: [h1, h2], activation: tanh}
                - {name: out, neurons: [{name: p, label: 'p_{\\text{cat}}'}, q], activation: sigmoid}
              weights:
                w1: {from: x1, to: h1, value: 0.5}
                w2: {from: x2, to: h2, value: -0.4}
                w3: {from: h1, to: p, value: 0.9}
                w4: {from: h2, to: q, value: 0.8}
                w5: {from: h1, to: q, value: -0.3}
              loss: squared_error
              optimizer: adam
              learning_rate: 0.05
              batch_size: 2
              data:
                - {inputs: {x1: 1.0, x2: 0.2}, targets: {p: 1, q: 0}}
                - {inputs: {x1: 0.1, x2: 0.9}, targets: {p: 0, q: 1}}
                - {inputs: {x1: 0.6, x2: 0.6}, targets: {p: 1, q: 1}}
              iterations: 20
            """;

    private static NetworkSpec spec() {
        return FrontMatterParser.parse(Path.of("data.md"), YAML, 1).network();
    }

    /** The loss of {@code spec}'s example {@code e} alone: a single-example run of it. */
    private static double exampleLoss(NetworkSpec spec, int e) {
        Example x = spec.data().get(e);
        NetworkSpec one = new NetworkSpec(
                spec.layers(),
                spec.weights(),
                spec.biases(),
                spec.loss(),
                spec.learningRate(),
                x.inputs(),
                x.targets(),
                0);
        return Backprop.compute(one).loss();
    }

    @Test
    void theLossStepWritesTheFirstExamplesLossAndThenTheMeanOverTheSet() {
        NetworkSpec spec = spec();
        Trace trace = Backprop.compute(spec);
        double first = exampleLoss(spec, 0);
        double mean = (first + exampleLoss(spec, 1) + exampleLoss(spec, 2)) / 3;
        assertEquals(mean, trace.loss(), 1e-12);
        assertNotEquals(
                Numbers.of(first, Precision.LOSS), Numbers.of(mean, Precision.LOSS), "a fixture that tells them apart");

        StepContent loss = NetworkContent.of(trace, DiagramStep.LOSS);
        List<String> captions = loss.captions();
        assertEquals("example 1 of 3: sum of the 2 terms = " + Numbers.of(first, Precision.LOSS), captions.get(3));
        assertEquals(
                "L = mean of the 3 examples' losses = " + Numbers.of(trace.loss(), Precision.LOSS), captions.get(4));
        assertEquals(5, captions.size());
        assertTrue(loss.description().contains("for example 1 of 3"), loss.description());
        assertFalse(loss.description().contains("$"), "labels are words in the description: " + loss.description());
        assertFalse(loss.description().contains("\\text"), loss.description());
    }

    @Test
    void theChainRuleSaysTheGradientIsAMeanAndShowsTheFirstExamplesFactorsWithoutMultiplyingThem() {
        Trace trace = Backprop.compute(spec());
        StepContent chain = NetworkContent.of(trace, DiagramStep.CHAIN_RULE);
        String worked = RichText.plain(chain.captions().get(1));
        String delta = Numbers.of(trace.deltas().get("p"), Precision.GRADIENT);
        String h1 = Numbers.value(trace.forward().a().get("h1"));
        assertEquals(
                "∂L/∂w3 = mean over the 3 examples of δpcat · h1 = "
                        + Numbers.of(trace.gradients().get("w3"), Precision.GRADIENT) + "; example 1: "
                        + (delta.startsWith(Numbers.MINUS) ? "(" + delta + ")" : delta) + " × " + h1,
                worked);
        // the first example's product is not the set's gradient, so the caption must not say it is
        assertNotEquals(
                Numbers.of(trace.deltas().get("p") * trace.forward().a().get("h1"), Precision.GRADIENT),
                Numbers.of(trace.gradients().get("w3"), Precision.GRADIENT));
        assertTrue(
                chain.captions().get(0).contains("for example 1 of 3"),
                chain.captions().get(0));
    }

    @Test
    void theUpdateNamesTheOptimiserAndTheBatchItsFirstStepUsed() {
        Trace trace = Backprop.compute(spec());
        StepContent update = NetworkContent.of(trace, DiagramStep.UPDATE);
        assertEquals("Update: one adam step", update.title());
        assertTrue(
                update.captions()
                        .get(0)
                        .startsWith(
                                "one adam step with learning rate α = 0.05 on the first batch, examples 1–2 of 3; "),
                update.captions().get(0));
        assertFalse(update.description().contains("gradient-descent"), update.description());
        // Adam's first step moves every parameter with a gradient by about α, whatever the gradient's size
        Map<String, Double> after = trace.updated().params();
        assertEquals(0.05, Math.abs(after.get("w1") - 0.5), 1e-6);
    }

    @Test
    void plainGradientDescentOnOneExampleKeepsItsFormula() {
        Trace trace = DefaultDeck.trace();
        StepContent update = NetworkContent.of(trace, DiagramStep.UPDATE);
        assertEquals("Gradient-descent update", update.title());
        assertTrue(update.captions().get(0).startsWith("w ← w − α · ∂L/∂w with learning rate α = 0.1; loss L: "));
        StepContent loss = NetworkContent.of(trace, DiagramStep.LOSS);
        assertEquals(2, loss.captions().size());
        assertTrue(loss.captions().get(1).startsWith("L = ("), loss.captions().get(1));
    }

    @Test
    void plainGradientDescentOnBatchesSaysWhichExamplesItsGradientCameFrom() {
        NetworkSpec spec = spec().withOptimizer(org.netdeck.compute.Optimizer.SGD);
        assertEquals(
                "w ← w − α · ∂L/∂w (∂L/∂w on the first batch, examples 1–2 of 3) with learning rate α = 0.05",
                NetworkContent.step(spec));
    }
}
