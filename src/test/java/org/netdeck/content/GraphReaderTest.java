package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.netdeck.testing.DeckTexts.FULL;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.edit;
import static org.netdeck.testing.DeckTexts.only;
import static org.netdeck.testing.DeckTexts.problems;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.problem.Problem;

/** Layers, neurons, weights and biases: each mistake an author can make, with where it is reported. */
class GraphReaderTest {

    @Test
    void inputLayerTakesNoActivation() {
        Problem p = only(edit("[x1, x2]}", "[x1, x2], activation: linear}"));
        assertProblem(p, 7, 53, "the input layer passes its inputs on and takes no activation; remove 'activation'");
    }

    @Test
    void unknownActivationSuggestsTheClosestAndListsAll() {
        Problem p = only(edit("[h1, h2], activation: sigmoid", "[h1, h2], activation: sigmod"));
        assertProblem(
                p,
                8,
                53,
                "unknown activation 'sigmod'",
                "did you mean 'sigmoid'?",
                "The activations are 'sigmoid', 'tanh', 'relu', 'linear'");
    }

    @Test
    void unknownActivationFarFromAnyListsAll() {
        Problem p = only(edit("[h1, h2], activation: sigmoid", "[h1, h2], activation: softmax"));
        assertProblem(p, 8, 53, "unknown activation 'softmax'; the activations are 'sigmoid', 'tanh'");
    }

    @Test
    void activationsAreCaseSensitiveButSuggested() {
        Problem p = only(edit("[h1, h2], activation: sigmoid", "[h1, h2], activation: Tanh"));
        assertProblem(p, 8, 53, "unknown activation 'Tanh'", "did you mean 'tanh'?");
    }

    @Test
    void emptyNeuronListIsReported() {
        Problem p = only(edit("neurons: [h1, h2]", "neurons: []"));
        assertProblem(p, 8, 31, "layer 'hidden' has no neurons", "neurons: [h1, h2]");
    }

    @Test
    void fewerThanTwoLayersIsReported() {
        Problem p = only("""
                ---
                title: T
                network:
                  layers: [{name: only, neurons: [x]}]
                  weights: {w: {from: x, to: x, value: 1}}
                  loss: squared_error
                  learning_rate: 0.1
                  inputs: {x: 1}
                  targets: {x: 1}
                ---
                """);
        assertProblem(p, 4, 11, "network.layers has 1 layer", "at least two", "input layer first", "output layer last");
    }

    @Test
    void layerWithoutNeuronsKeyIsReportedAtTheLayer() {
        Problem p = only(
                edit("{name: output, neurons: [yhat],   activation: sigmoid}", "{name: output, activation: sigmoid}"));
        assertProblem(p, 9, 7, "network.layers.2 has no 'neurons'", "neurons: [h1, h2]");
    }

    @Test
    void layerMustBeAMapping() {
        Problem p = only(edit("- {name: output, neurons: [yhat],   activation: sigmoid}", "- output"));
        assertProblem(p, 9, 7, "network.layers.2 should be a mapping", "it is 'output'");
    }

    @Test
    void misspelledRequiredLayerKeyIsReportedAsUnknownAndMissing() {
        List<Problem> all = problems(edit("{name: output, neurons: [yhat],", "{name: output, neuron: [yhat],"));
        assertEquals(2, all.size(), all::toString);
        assertProblem(all.get(0), 9, 7, "network.layers.2 has no 'neurons', which is required");
        assertProblem(all.get(1), 9, 22, "unknown key 'neuron' in network.layers.2", "did you mean 'neurons'?");
    }

    @Test
    void misspelledLayerKeySuggestsTheRightOne() {
        List<Problem> all = problems(edit(
                "{name: output, neurons: [yhat],   activation: sigmoid}",
                "{name: output, neurons: [yhat],   activaton: sigmoid}"));
        assertEquals(1, all.size(), all::toString);
        assertProblem(all.get(0), 9, 41, "unknown key 'activaton' in network.layers.2", "did you mean 'activation'?");
    }

    @Test
    void duplicateLayerNameIsReported() {
        Problem p = only(edit("{name: hidden,", "{name: input,"));
        assertProblem(p, 8, 14, "layer name 'input' is already used at line 7", "give each layer its own name");
    }

    @Test
    void invalidNeuronNameIsReported() {
        Problem p = only(edit("neurons: [x1, x2]", "neurons: [x1, x-2]"));
        assertProblem(p, 7, 36, "'x-2' is not a valid name", "starts with a letter or '_'", "{{ grad.w3 }}");
    }

    @Test
    void reservedNameIsReported() {
        Problem p = only(edit("b3:", "delta:"));
        assertProblem(p, 18, 5, "'delta' is a reserved name", "{{ delta }}", "pick another name");
    }

    @Test
    void everyReservedNameIsRefusedForANeuron() {
        for (String reserved : Names.RESERVED) {
            List<Problem> all = problems(FULL.replace("yhat", reserved));
            assertEquals(1, all.size(), all::toString);
            assertProblem(all.get(0), 9, 32, "'" + reserved + "' is a reserved name");
        }
    }

    @Test
    void nameSharedByABiasAndAWeightIsReportedAtTheLaterOne() {
        Problem p = only(edit("b3:", "w1:"));
        assertProblem(
                p,
                18,
                5,
                "name 'w1' is already used at line 11 (a weight)",
                "every neuron, weight and bias needs its own name");
    }

    @Test
    void nameSharedByAWeightAndANeuronNamesTheLayer() {
        Problem p = only(edit("w4:", "h2:"));
        assertProblem(p, 14, 5, "name 'h2' is already used at line 8 (a neuron in layer 'hidden')");
    }

    @Test
    void duplicateIsReportedAtTheLaterOneEvenWhenBiasesComeFirst() {
        String deck = FULL.replace(
                        "  biases:\n    b1: {neuron: h1, value: 0.0, trainable: true}\n"
                                + "    b2: {neuron: h2, value: 0.1, trainable: false}\n    b3: {neuron: yhat, value: -0.2}\n",
                        "")
                .replace("  weights:\n", "  biases: {w4: {neuron: h1, value: 0.0}}\n  weights:\n");
        Problem p = only(deck);
        assertProblem(p, 15, 5, "name 'w4' is already used at line 10 (a bias)");
    }

    @Test
    void weightFromAnUnknownNeuronSuggestsTheClosest() {
        Problem p = only(edit("from: x1, to: h1, value: 0.8", "from: x3, to: h1, value: 0.8"));
        assertProblem(p, 11, 16, "weight 'w1' comes from 'x3', which is not a neuron", "did you mean 'x1'?");
    }

    @Test
    void weightToAnUnknownNeuronFarFromAnyListsTheNeurons() {
        Problem p = only(edit("to: h1, value: 0.8", "to: output, value: 0.8"));
        assertProblem(
                p,
                11,
                24,
                "weight 'w1' goes to 'output', which is not a neuron",
                "the neurons are 'x1', 'x2', 'h1', 'h2', 'yhat'");
    }

    @Test
    void weightGoingBackwardsNamesBothLayers() {
        Problem p = only(edit("{from: h1, to: yhat", "{from: yhat, to: h1"));
        assertProblem(
                p,
                13,
                26,
                "weight 'w3' goes backwards, from 'yhat' in layer 'output' to 'h1' in the earlier" + " layer 'hidden'",
                "swap 'from' and 'to'");
    }

    @Test
    void weightWithinALayerNamesTheLayer() {
        Problem p = only(edit("to: h1, value: 0.8", "to: x2, value: 0.8"));
        assertProblem(
                p,
                11,
                24,
                "weight 'w1' connects 'x1' and 'x2', which are both in layer 'input'",
                "from one layer to a later one");
    }

    @Test
    void twoWeightsOnOneConnectionAreReported() {
        Problem p = only(edit("{from: x2, to: h2, value: -0.5}", "{from: x1, to: h1, value: -0.5}"));
        assertProblem(
                p, 12, 5, "weight 'w2' connects 'x1' to 'h1' like weight 'w1' at line 11", "keep one weight per pair");
    }

    @Test
    void weightMissingAFieldIsReportedAtItsName() {
        Problem p = only(edit("{from: x1, to: h1, value: 0.8}", "{from: x1, to: h1}"));
        assertProblem(p, 11, 5, "network.weights.w1 has no 'value', which is required", "value: 0.5");
    }

    @Test
    void misspelledWeightKeyIsReported() {
        List<Problem> all = problems(edit("value: 0.8}", "valeu: 0.8}"));
        assertEquals(2, all.size(), all::toString);
        assertProblem(all.get(0), 11, 5, "network.weights.w1 has no 'value'");
        assertProblem(all.get(1), 11, 28, "unknown key 'valeu' in network.weights.w1", "did you mean 'value'?");
    }

    @Test
    void noWeightsIsReported() {
        String deck = FULL.substring(0, FULL.indexOf("    w1:"))
                + FULL.substring(FULL.indexOf("  biases:")).replace("  biases:", "  weights: {}\n  biases:");
        List<Problem> all = problems(deck.replace("  weights:\n  weights: {}", "  weights: {}"));
        assertEquals(1, all.size(), all::toString);
        assertProblem(all.get(0), 10, 12, "network.weights is empty", "at least one weight");
    }

    @Test
    void weightsMustBeAMapping() {
        String deck = FULL.replace("    w1: {from: x1, to: h1, value: 0.8}\n", "    - {from: x1, to: h1, value: 0.8}\n")
                .replace(
                        "    w2: {from: x2, to: h2, value: -0.5}\n    w3: {from: h1, to: yhat, value: 0.9}\n"
                                + "    w4: {from: h2, to: yhat, value: 0.7}\n",
                        "");
        List<Problem> all = problems(deck);
        assertProblem(all.get(0), 11, 5, "network.weights should be a mapping", "it is a list");
    }

    @Test
    void biasOnAnInputNeuronIsReported() {
        Problem p = only(edit("neuron: h1", "neuron: x1"));
        assertProblem(p, 16, 18, "bias 'b1' is on input neuron 'x1'", "take no bias", "hidden or output neuron");
    }

    @Test
    void twoBiasesOnOneNeuronAreReported() {
        Problem p = only(edit("neuron: h2", "neuron: h1"));
        assertProblem(p, 17, 18, "neuron 'h1' already has bias 'b1' (line 16)", "at most one bias");
    }

    @Test
    void biasOnAnUnknownNeuronSuggestsTheClosest() {
        Problem p = only(edit("neuron: yhat", "neuron: yhta"));
        assertProblem(p, 18, 18, "bias 'b3' is on 'yhta', which is not a neuron", "did you mean 'yhat'?");
    }

    @Test
    void trainableMustBeTrueOrFalse() {
        Problem p = only(edit("trainable: true", "trainable: yes"));
        assertProblem(p, 16, 45, "network.biases.b1.trainable is 'yes'", "write true or false");
    }

    @Test
    void biasMissingItsNeuronIsReportedAtItsName() {
        Problem p = only(edit("b3: {neuron: yhat, value: -0.2}", "b3: {value: -0.2}"));
        assertProblem(p, 18, 5, "network.biases.b3 has no 'neuron'", "neuron: h1");
    }
}
