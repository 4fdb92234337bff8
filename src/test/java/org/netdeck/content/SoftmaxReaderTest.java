package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.edit;
import static org.netdeck.testing.DeckTexts.only;
import static org.netdeck.testing.DeckTexts.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Activation;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.problem.Problem;

/** {@code activation: softmax} and {@code loss: categorical_cross_entropy}: read together, each mistake at its place. */
class SoftmaxReaderTest {

    /** A 2-3 softmax classifier on two examples. Line 1 is the opening '---'. */
    private static final String DECK = """
            ---
            title: Softmax
            network:
              layers:
                - {name: input,  neurons: [x1, x2]}
                - {name: output, neurons: [y1, y2, y3], activation: softmax}
              weights:
                w1: {from: x1, to: y1, value: 0.8}
                w2: {from: x2, to: y2, value: -0.5}
                w3: {from: x1, to: y3, value: 0.3}
              loss: categorical_cross_entropy
              learning_rate: 0.1
              data:
                - {inputs: {x1: 0.5, x2: 0.8}, targets: {y1: 1, y2: 0, y3: 0}}
                - {inputs: {x1: -0.5, x2: 0.1}, targets: {y1: 0.2, y2: 0.5, y3: 0.3}}
              iterations: 10
            ---
            ## First slide
            """;

    private static String change(String from, String to) {
        int at = DECK.indexOf(from);
        assertTrue(at >= 0 && DECK.indexOf(from, at + 1) < 0, from);
        return DECK.replace(from, to);
    }

    @Test
    void readsASoftmaxClassifier() {
        NetworkSpec n = parse(DECK).network();
        assertEquals(LossKind.CATEGORICAL_CROSS_ENTROPY, n.loss());
        assertTrue(n.outputLayer().softmax());
        assertEquals(Activation.LINEAR, n.outputLayer().activation());
        assertEquals("softmax", n.outputLayer().activationId());
        assertEquals(List.of("y1", "y2", "y3"), n.outputLayer().neurons());
    }

    @Test
    void categoricalCrossEntropyNeedsASoftmaxOutput() {
        Problem p = only(change(", activation: softmax}", ", activation: sigmoid}"));
        assertProblem(
                p,
                11,
                9,
                "categorical_cross_entropy",
                "needs a softmax output layer",
                "'sigmoid'",
                "activation: softmax");
        Problem d = only(change(", activation: softmax}", "}"));
        assertProblem(d, 11, 9, "'sigmoid' (the default)");
    }

    @Test
    void aSoftmaxOutputNeedsCategoricalCrossEntropy() {
        Problem p = only(change("loss: categorical_cross_entropy", "loss: squared_error"));
        assertProblem(p, 6, 57, "softmax output layer", "'squared_error'", "loss: categorical_cross_entropy");
        Problem b = only(change("loss: categorical_cross_entropy", "loss: binary_cross_entropy"));
        assertProblem(b, 6, 57, "'binary_cross_entropy'");
    }

    @Test
    void softmaxIsForTheOutputLayerOnly() {
        String hidden = change(
                        "    - {name: output,",
                        "    - {name: hidden, neurons: [h1], activation: softmax}\n    - {name: output,")
                .replace("w3: {from: x1, to: y3", "w4: {from: x1, to: h1, value: 1}\n    w3: {from: h1, to: y3");
        Problem p = only(hidden);
        assertProblem(p, 6, 49, "only the output layer may use it");
    }

    @Test
    void softmaxNeedsTwoOutputs() {
        String single = DECK.replace("[y1, y2, y3]", "[y1]")
                .replace("    w2: {from: x2, to: y2, value: -0.5}\n    w3: {from: x1, to: y3, value: 0.3}\n", "")
                .replace(", y2: 0, y3: 0", "")
                .replace("{y1: 0.2, y2: 0.5, y3: 0.3}", "{y1: 1}");
        Problem p = only(single);
        assertProblem(p, 6, 49, "softmax over one neuron is always 1", "two or more neurons");
    }

    @Test
    void unknownActivationSuggestsSoftmax() {
        Problem p = only(change("activation: softmax}", "activation: sotfmax}"));
        assertProblem(p, 6, 57, "unknown activation 'sotfmax'", "did you mean 'softmax'?");
    }

    @Test
    void targetsAreProbabilitiesAtTheirPlace() {
        Problem range = only(change("{y1: 0.2, y2: 0.5, y3: 0.3}", "{y1: -0.2, y2: 0.9, y3: 0.3}"));
        assertProblem(range, 15, 51, "target 'y1' is -0.2", "probabilities", "[0, 1]");
        Problem sum = only(change("{y1: 0.2, y2: 0.5, y3: 0.3}", "{y1: 0.2, y2: 0.5, y3: 0.2}"));
        assertProblem(sum, 15, 51, "network.data.1.targets sum to 0.9", "must sum to 1 (within 1e-9)");
    }

    @Test
    void theBackpropFixtureStillNamesEveryActivation() {
        // the unknown-activation hint lists softmax with the per-neuron activations
        Problem p = only(edit("activation: sigmoid}\n    - {name: output", "activation: sigmod}\n    - {name: output"));
        assertProblem(p, 8, 53, "did you mean 'sigmoid'?", "'softmax'");
    }
}
