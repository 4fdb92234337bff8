package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.netdeck.testing.DeckTexts.FULL;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.edit;
import static org.netdeck.testing.DeckTexts.only;
import static org.netdeck.testing.DeckTexts.parse;
import static org.netdeck.testing.DeckTexts.problems;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.problem.Problem;

/** The run settings of {@code network}: loss, learning rate, inputs, targets, iterations. */
class NetworkReaderTest {

    @Test
    void readsEveryLoss() {
        for (LossKind kind : LossKind.values()) {
            NetworkSpec n =
                    parse(edit("loss: squared_error", "loss: " + kind.id())).network();
            assertEquals(kind, n.loss());
        }
    }

    @Test
    void unknownLossSuggestsTheClosestAndListsAll() {
        Problem p = only(edit("loss: squared_error", "loss: squared_eror"));
        assertProblem(
                p,
                19,
                9,
                "unknown loss 'squared_eror'",
                "did you mean 'squared_error'?",
                "'squared_error', 'half_squared_error', 'mean_squared_error', 'binary_cross_entropy'");
    }

    @Test
    void unknownLossFarFromAnyListsAll() {
        Problem p = only(edit("loss: squared_error", "loss: hinge"));
        assertProblem(p, 19, 9, "unknown loss 'hinge'; the losses are 'squared_error', 'half_squared_error'");
    }

    @Test
    void emptyLossListsAll() {
        Problem p = only(edit("loss: squared_error", "loss:"));
        assertProblem(p, 19, 8, "no loss given; the losses are 'squared_error'");
    }

    @Test
    void unknownKeyInNetworkSuggestsTheClosest() {
        List<Problem> all = problems(edit("learning_rate:", "learning_rat:"));
        assertEquals(2, all.size(), all::toString);
        assertProblem(all.get(0), 5, 1, "network has no 'learning_rate', which is required", "learning_rate: 0.1");
        assertProblem(all.get(1), 20, 3, "unknown key 'learning_rat' in network", "did you mean 'learning_rate'?");
    }

    @Test
    void unknownKeyInNetworkFarFromAnyListsTheKeys() {
        Problem p = only(edit("  iterations: 500", "  epochs: 500"));
        assertProblem(
                p,
                23,
                3,
                "unknown key 'epochs' in network",
                "'layers', 'weights', 'biases', 'loss', 'learning_rate', 'optimizer', 'inputs', 'targets', 'data',"
                        + " 'batch_size', 'iterations'");
    }

    @Test
    void missingLossIsReportedAtTheNetworkKey() {
        Problem p = only(edit("  loss: squared_error\n", ""));
        assertProblem(p, 5, 1, "network has no 'loss', which is required", "loss: squared_error");
    }

    @Test
    void learningRateMustBePositive() {
        assertProblem(
                only(edit("learning_rate: 0.1", "learning_rate: 0")),
                20,
                18,
                "network.learning_rate is 0",
                "must be greater than 0");
        assertProblem(
                only(edit("learning_rate: 0.1", "learning_rate: -0.1")),
                20,
                18,
                "network.learning_rate is -0.1",
                "must be greater than 0");
    }

    @Test
    void learningRateMustBeFinite() {
        assertProblem(
                only(edit("learning_rate: 0.1", "learning_rate: .inf")),
                20,
                18,
                "network.learning_rate is .inf, which is not a finite number");
    }

    @Test
    void missingInputIsReportedAtInputs() {
        Problem p = only(edit("{x1: 0.5, x2: 0.8}", "{x1: 0.5}"));
        assertProblem(p, 21, 3, "inputs has no value for input neuron 'x2'", "add 'x2: 0.5'");
    }

    @Test
    void extraInputIsReportedAtItsKey() {
        Problem p = only(edit("{x1: 0.5, x2: 0.8}", "{x1: 0.5, x2: 0.8, x3: 1}"));
        assertProblem(p, 21, 31, "'x3' is not an input neuron", "each input neuron ('x1', 'x2')", "did you mean 'x1'?");
    }

    @Test
    void inputsInLayerOrderWhateverTheWrittenOrder() {
        NetworkSpec n = parse(edit("{x1: 0.5, x2: 0.8}", "{x2: 0.8, x1: 0.5}")).network();
        assertEquals(List.of("x1", "x2"), List.copyOf(n.inputs().keySet()));
        assertEquals(Map.of("x1", 0.5, "x2", 0.8), n.inputs());
    }

    @Test
    void extraTargetIsReportedAtItsKey() {
        Problem p = only(edit("{yhat: 1.0}", "{yhat: 1.0, h1: 0.0}"));
        assertProblem(
                p, 22, 24, "'h1' is not an output neuron", "targets gives a value to each output neuron ('yhat')");
    }

    @Test
    void missingTargetIsReportedAtTargets() {
        Problem p = only(edit("{yhat: 1.0}", "{}"));
        assertProblem(p, 22, 3, "targets has no value for output neuron 'yhat'", "add 'yhat: 1.0'");
    }

    @Test
    void inputValuesMustBeNumbers() {
        Problem p = only(edit("{x1: 0.5, x2: 0.8}", "{x1: 0.5, x2: high}"));
        assertProblem(p, 21, 26, "network.inputs.x2 is 'high', which is not a number");
    }

    @Test
    void iterationsDefaultsTo1000() {
        assertEquals(1000, parse(edit("  iterations: 500\n", "")).network().iterations());
    }

    @Test
    void iterationsAcceptsTheBounds() {
        assertEquals(
                0, parse(edit("iterations: 500", "iterations: 0")).network().iterations());
        assertEquals(
                100_000,
                parse(edit("iterations: 500", "iterations: 100000")).network().iterations());
    }

    @Test
    void negativeIterationsAreReported() {
        assertProblem(
                only(edit("iterations: 500", "iterations: -1")),
                23,
                15,
                "network.iterations is -1",
                "from 0 to 100000");
    }

    @Test
    void fractionalIterationsAreReported() {
        assertProblem(
                only(edit("iterations: 500", "iterations: 10.5")),
                23,
                15,
                "network.iterations is 10.5, which is not a whole number",
                "from 0 to 100000");
        assertProblem(only(edit("iterations: 500", "iterations: 1e3")), 23, 15, "not a whole number");
    }

    @Test
    void tooManyIterationsAreReported() {
        assertProblem(
                only(edit("iterations: 500", "iterations: 100001")),
                23,
                15,
                "network.iterations is 100001, more than the limit of 100000",
                "use at most 100000");
        assertProblem(
                only(edit("iterations: 500", "iterations: 99999999999999999999")),
                23,
                15,
                "more than the limit of 100000");
    }

    @Test
    void emptyIterationsAreReported() {
        assertProblem(
                only(edit("iterations: 500", "iterations:")),
                23,
                14,
                "network.iterations has no value; write a whole number of training steps from 0 to 100000");
    }

    @Test
    void nonNumericIterationsAreReported() {
        assertProblem(
                only(edit("iterations: 500", "iterations: many")),
                23,
                15,
                "network.iterations is 'many', which is not a number");
    }

    @Test
    void crossEntropyTargetMustLieBetweenZeroAndOne() {
        String deck = FULL.replace("loss: squared_error", "loss: binary_cross_entropy")
                .replace("{yhat: 1.0}", "{yhat: 1.5}");
        Problem p = only(deck);
        assertProblem(p, 22, 19, "target 'yhat' is 1.5", "binary_cross_entropy needs targets from 0 to 1");
    }

    @Test
    void crossEntropyAcceptsTargetsAtTheEnds() {
        String deck = FULL.replace("loss: squared_error", "loss: binary_cross_entropy");
        assertEquals(
                LossKind.BINARY_CROSS_ENTROPY,
                parse(deck.replace("{yhat: 1.0}", "{yhat: 0}")).network().loss());
        assertEquals(Map.of("yhat", 1.0), parse(deck).network().targets());
    }

    @Test
    void crossEntropyNeedsASigmoidOutput() {
        String deck = FULL.replace("loss: squared_error", "loss: binary_cross_entropy")
                .replace("neurons: [yhat],   activation: sigmoid", "neurons: [yhat],   activation: relu");
        Problem p = only(deck);
        assertProblem(
                p,
                9,
                53,
                "binary_cross_entropy needs outputs between 0 and 1",
                "the output layer uses 'relu'",
                "activation: sigmoid");
    }

    @Test
    void otherLossesAllowAnyOutputAndTarget() {
        String deck = FULL.replace("neurons: [yhat],   activation: sigmoid", "neurons: [yhat],   activation: linear")
                .replace("{yhat: 1.0}", "{yhat: 7.5}");
        assertEquals(7.5, parse(deck).network().targets().get("yhat"));
    }
}
