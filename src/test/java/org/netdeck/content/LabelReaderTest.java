package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.edit;
import static org.netdeck.testing.DeckTexts.only;
import static org.netdeck.testing.DeckTexts.parse;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.problem.Problem;
import org.netdeck.testing.DeckTexts;

/** Display labels in the front matter: given on neurons, layers, weights and biases, or derived from names. */
class LabelReaderTest {

    @Test
    void labelsDefaultFromNames() {
        NetworkSpec spec = parse(DeckTexts.FULL).network();
        assertEquals("x_1", spec.label("x1").orElseThrow());
        assertEquals("\\hat{y}", spec.label("yhat").orElseThrow());
        assertEquals("w_3", spec.label("w3").orElseThrow());
        assertEquals("b_2", spec.label("b2").orElseThrow());
        assertEquals("\\text{hidden}", spec.layers().get(1).label());
    }

    @Test
    void labelsAreReadWhereverTheyAreGiven() {
        String deck = edit(
                        "neurons: [yhat],   activation: sigmoid}",
                        "neurons: [{name: yhat, label: '\\hat{o}'}], activation: sigmoid, label: 'Out'}")
                .replace("w1: {from: x1, to: h1, value: 0.8}", "w1: {from: x1, to: h1, value: 0.8, label: 'v_{11}'}")
                .replace("b3: {neuron: yhat, value: -0.2}", "b3: {neuron: yhat, value: -0.2, label: '\\beta'}")
                .replace("neurons: [x1, x2]}", "neurons: [x1, {name: x2, label: '  x_{\\text{two}} '}]}");
        NetworkSpec spec = parse(deck).network();
        assertEquals("\\hat{o}", spec.label("yhat").orElseThrow());
        assertEquals("x_{\\text{two}}", spec.label("x2").orElseThrow());
        assertEquals("x_1", spec.label("x1").orElseThrow());
        assertEquals("v_{11}", spec.label("w1").orElseThrow());
        assertEquals("\\beta", spec.label("b3").orElseThrow());
        assertEquals("Out", spec.layers().get(2).label());
        assertEquals(Map.of("yhat", "\\hat{o}"), spec.layers().get(2).neuronLabels());
    }

    @Test
    void emptyLabelIsReportedAtItsValue() {
        Problem p = only(edit("w2: {from: x2, to: h2, value: -0.5}", "w2: {from: x2, to: h2, value: -0.5, label: ''}"));
        assertProblem(p, 12, 48, "network.weights.w2.label is empty", "leave it out");
    }

    @Test
    void labelWithDollarsIsReported() {
        Problem p = only(edit(
                "b1: {neuron: h1, value: 0.0, trainable: true}",
                "b1: {neuron: h1, value: 0.0, trainable: true, label: '$b$'}"));
        assertProblem(p, 16, 58, "network.biases.b1.label contains '$'", "without dollars");
    }

    @Test
    void labelMustBeText() {
        Problem p = only(edit("neurons: [h1, h2]", "neurons: [h1, {name: h2, label: [h]}]"));
        assertProblem(p, 8, 54, "network.layers.1.neurons.1.label should be text", "it is a list");
    }

    @Test
    void overlongLabelIsReported() {
        Problem p = only(edit("neurons: [h1, h2]", "neurons: [h1, {name: h2, label: '" + "h".repeat(81) + "'}]"));
        assertProblem(p, 8, 54, "is 81 characters long", "at most 80");
    }

    @Test
    void neuronMappingNeedsANameAndKnownKeys() {
        Problem p = only(edit("neurons: [h1, h2]", "neurons: [h1, {label: 'h_2'}]"));
        assertProblem(p, 8, 36, "network.layers.1.neurons.1 has no 'name'", "name: yhat");
        Problem q = only(edit("neurons: [h1, h2]", "neurons: [h1, {name: h2, lable: 'h_2'}]"));
        assertProblem(q, 8, 47, "unknown key 'lable'", "did you mean 'label'?");
    }

    @Test
    void neuronNamesInMappingsAreCheckedLikeBareOnes() {
        Problem p = only(edit("neurons: [h1, h2]", "neurons: [h1, h2, {name: x1, label: 'h'}]"));
        assertProblem(p, 8, 47, "name 'x1' is already used at line 7");
    }

    @Test
    void labelTexIsCheckedAndReportedAtTheFaultyCharacter() {
        Problem p = only(
                edit("w3: {from: h1, to: yhat, value: 0.9}", "w3: {from: h1, to: yhat, value: 0.9, label: 'w_{3'}"));
        assertProblem(p, 13, 52, "network.weights.w3.label");
        Problem q = only(edit("neurons: [yhat],", "neurons: [{name: yhat, label: '\\hut{y}'}],"));
        assertProblem(q, 9, 53, "network.layers.2.neurons.0.label", "hut");
    }
}
