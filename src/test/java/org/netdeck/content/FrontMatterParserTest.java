package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.netdeck.testing.DeckTexts.FILE;
import static org.netdeck.testing.DeckTexts.FULL;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.edit;
import static org.netdeck.testing.DeckTexts.only;
import static org.netdeck.testing.DeckTexts.parse;
import static org.netdeck.testing.DeckTexts.problems;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Layer;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Weight;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;

class FrontMatterParserTest {

    /** The smallest valid deck: every optional field left out. */
    private static final String MINIMAL = """
            ---
            title: Tiny
            network:
              layers:
                - {name: in, neurons: [x]}
                - {name: out, neurons: [y]}
              weights:
                w: {from: x, to: y, value: 2}
              biases:
                b: {neuron: y, value: 0.5}
              loss: half_squared_error
              learning_rate: 1e-2
              inputs: {x: 1}
              targets: {y: 0}
            ---
            """;

    @Test
    void readsEveryFieldOfTheFullExample() {
        FrontMatter front = parse(FULL);
        assertEquals("Backpropagation", front.title());
        assertEquals("How neural networks learn by propagating errors backward through layers.", front.summary());
        assertEquals("Visual Explainer", front.series());
        NetworkSpec n = front.network();
        assertEquals(
                List.of(
                        new Layer("input", List.of("x1", "x2"), Activation.LINEAR),
                        new Layer("hidden", List.of("h1", "h2"), Activation.SIGMOID),
                        new Layer("output", List.of("yhat"), Activation.SIGMOID)),
                n.layers());
        assertEquals(
                List.of(
                        new Weight("w1", "x1", "h1", 0.8),
                        new Weight("w2", "x2", "h2", -0.5),
                        new Weight("w3", "h1", "yhat", 0.9),
                        new Weight("w4", "h2", "yhat", 0.7)),
                n.weights());
        assertEquals(
                List.of(
                        new Bias("b1", "h1", 0.0, true),
                        new Bias("b2", "h2", 0.1, false),
                        new Bias("b3", "yhat", -0.2, true)),
                n.biases());
        assertEquals(LossKind.SQUARED_ERROR, n.loss());
        assertEquals(0.1, n.learningRate());
        assertEquals(Map.of("x1", 0.5, "x2", 0.8), n.inputs());
        assertEquals(List.of("x1", "x2"), List.copyOf(n.inputs().keySet()));
        assertEquals(Map.of("yhat", 1.0), n.targets());
        assertEquals(500, n.iterations());
    }

    @Test
    void fillsDefaults() {
        FrontMatter front = parse(MINIMAL);
        assertEquals("", front.summary());
        assertEquals("", front.series());
        NetworkSpec n = front.network();
        assertEquals(1000, n.iterations());
        assertEquals(Activation.LINEAR, n.layers().get(0).activation());
        assertEquals(Activation.SIGMOID, n.layers().get(1).activation());
        assertEquals(List.of(new Bias("b", "y", 0.5, true)), n.biases());
        assertEquals(0.01, n.learningRate());
        assertEquals(List.of(new Weight("w", "x", "y", 2.0)), n.weights());
    }

    @Test
    void biasesAreOptional() {
        NetworkSpec n = parse(MINIMAL.replace("  biases:\n    b: {neuron: y, value: 0.5}\n", ""))
                .network();
        assertEquals(List.of(), n.biases());
    }

    @Test
    void recordsThePositionOfEveryKeyPathRead() {
        FrontMatter front = parse(FULL);
        Map<String, SourcePosition> at = front.positions();
        assertEquals(new SourcePosition(FILE, 2, 8), at.get("title"));
        assertEquals(new SourcePosition(FILE, 6, 3), at.get("network"));
        assertEquals(new SourcePosition(FILE, 7, 5), at.get("network.layers"));
        assertEquals(new SourcePosition(FILE, 8, 7), at.get("network.layers.1"));
        assertEquals(new SourcePosition(FILE, 8, 53), at.get("network.layers.1.activation"));
        assertEquals(new SourcePosition(FILE, 7, 36), at.get("network.layers.0.neurons.1"));
        assertEquals(new SourcePosition(FILE, 11, 9), at.get("network.weights.w1"));
        assertEquals(new SourcePosition(FILE, 11, 35), at.get("network.weights.w1.value"));
        assertEquals(new SourcePosition(FILE, 16, 45), at.get("network.biases.b1.trainable"));
        assertEquals(new SourcePosition(FILE, 20, 18), at.get("network.learning_rate"));
        assertEquals(new SourcePosition(FILE, 21, 26), at.get("network.inputs.x2"));
        assertEquals(new SourcePosition(FILE, 23, 15), at.get("network.iterations"));
        assertFalse(at.containsKey("network.biases.b3.trainable"), "a default has no position");
        SourcePosition fallback = SourcePosition.of(FILE);
        assertEquals(fallback, front.position("network.biases.b3.trainable", fallback));
    }

    @Test
    void reportsEveryProblemAtOnceInFileOrder() {
        String deck = FULL.replace("title: Backpropagation", "title: ''")
                .replace("value: 0.8}", "value: abc}")
                .replace("learning_rate: 0.1", "learning_rate: -1");
        List<Problem> problems = problems(deck);
        assertEquals(3, problems.size(), problems::toString);
        assertProblem(problems.get(0), 2, 8, "title is empty");
        assertProblem(problems.get(1), 11, 35, "'abc'", "not a number");
        assertProblem(problems.get(2), 20, 18, "greater than 0");
    }

    @Test
    void unknownTopLevelKeySuggestsTheClosest() {
        Problem p = only(edit("series:", "seires:"));
        assertProblem(p, 4, 1, "unknown key 'seires' in the front matter", "did you mean 'series'?");
    }

    @Test
    void unknownTopLevelKeyFarFromAnyListsTheAllowedKeys() {
        Problem p = only(edit("series:", "author:"));
        assertProblem(p, 4, 1, "unknown key 'author'", "'title', 'summary', 'series', 'order', 'network'");
    }

    @Test
    void missingTitleIsReportedAtTheStartOfTheFrontMatter() {
        Problem p = only(edit("title: Backpropagation\n", ""));
        assertProblem(p, 2, 1, "the front matter has no 'title'", "title: Backpropagation");
    }

    @Test
    void missingNetworkIsReported() {
        String deck = FULL.substring(0, FULL.indexOf("network:")) + "---\n";
        Problem p = only(deck);
        assertProblem(p, 2, 1, "has no 'network'");
    }

    @Test
    void emptyTitleIsReported() {
        assertProblem(only(edit("title: Backpropagation", "title:")), 2, 7, "title is empty", "give the deck a title");
        assertProblem(only(edit("title: Backpropagation", "title: '  '")), 2, 8, "title is empty");
    }

    @Test
    void titleMustBeText() {
        Problem p = only(edit("title: Backpropagation", "title: [a, b]"));
        assertProblem(p, 2, 8, "title should be text, but it is a list");
    }

    @Test
    void frontMatterMustBeAMapping() {
        Problem p = only("---\n- title\n- network\n---\n");
        assertProblem(p, 2, 1, "the front matter should be a mapping", "it is a list");
    }

    @Test
    void emptyFrontMatterIsReported() {
        Problem p = only("---\n# nothing yet\n---\n## Slide\n");
        assertProblem(p, 1, 1, "the front matter is empty", "'title:'", "'network:'");
    }

    @Test
    void networkMustBeAMapping() {
        String deck = FULL.substring(0, FULL.indexOf("network:")) + "network: [layers]\n---\n";
        assertProblem(only(deck), 5, 10, "network should be a mapping", "it is a list");
    }
}
