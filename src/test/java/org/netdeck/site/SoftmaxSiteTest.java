package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.TinySite;

/**
 * A softmax classifier deck builds end to end with a data set, batches, Adam, compare runs, the landscape and every
 * diagram step, its references on the page and its Jacobian in trace.json.
 */
class SoftmaxSiteTest {

    private static final String DECK = """
            ---
            title: Three classes
            summary: Scores to probabilities.
            network:
              layers:
                - {name: input,  neurons: [x1, x2]}
                - {name: hidden, neurons: [h1, h2, h3], activation: tanh}
                - {name: output, neurons: [y1, y2, y3], activation: softmax}
              weights:
                w1: {from: x1, to: h1, value: 0.5}
                w2: {from: x2, to: h1, value: -0.3}
                w3: {from: x1, to: h2, value: 0.8}
                w4: {from: x2, to: h2, value: 0.2}
                w5: {from: x1, to: h3, value: -0.6}
                w6: {from: x2, to: h3, value: 0.4}
                w7: {from: h1, to: y1, value: 0.7}
                w8: {from: h2, to: y2, value: -0.2}
                w9: {from: h3, to: y3, value: 0.1}
                w10: {from: h2, to: y1, value: -0.5}
              biases:
                b1: {neuron: y1, value: 0.0}
                b2: {neuron: y2, value: 0.0}
                b3: {neuron: y3, value: 0.0}
              loss: categorical_cross_entropy
              learning_rate: 0.05
              optimizer: adam
              batch_size: 3
              data:
                - {inputs: {x1: 1.0, x2: 0.1}, targets: {y1: 1, y2: 0, y3: 0}}
                - {inputs: {x1: -0.4, x2: 0.9}, targets: {y1: 0, y2: 1, y3: 0}}
                - {inputs: {x1: -0.5, x2: -0.8}, targets: {y1: 0, y2: 0, y3: 1}}
                - {inputs: {x1: 0.8, x2: -0.2}, targets: {y1: 1, y2: 0, y3: 0}}
                - {inputs: {x1: -0.6, x2: 0.7}, targets: {y1: 0, y2: 1, y3: 0}}
                - {inputs: {x1: -0.3, x2: -1.0}, targets: {y1: 0, y2: 0, y3: 1}}
              iterations: 300
            compare: {learning_rate: [0.01, 0.05]}
            landscape: {x: w7, y: w8, grid: 11, steps: 20}
            ---

            ## Scores

            <!-- diagram: architecture -->

            Class {{ prediction.class }} with probability {{ prediction.probability }}; ŷ₂ = {{ probability.y2 }}.

            ## Forward

            <!-- diagram: forward -->

            $$ J = {{ softmax.jacobian }} $$ and ∂ŷ₁/∂z₂ = {{ softmax.jacobian.y1.y2 }}.

            ## Loss

            <!-- diagram: loss -->

            Loss {{ loss }}.

            ## Gradient

            <!-- diagram: output-gradient -->

            δ = {{ delta.y1 }}.

            ## Chain

            <!-- diagram: chain-rule -->

            ## Update

            <!-- diagram: update -->

            ## Training

            <!-- diagram: training -->

            Accuracy {{ trained.accuracy | percent }} after {{ iterations }} steps.

            ## Landscape

            <!-- diagram: landscape -->
            """;

    @TempDir
    Path tmp;

    @Test
    void aSoftmaxDeckBuildsWithEveryStepAndRunsFeature() throws IOException {
        Path content =
                TinySite.write(tmp.resolve("content"), Map.of("site.yml", TinySite.SITE_YML, "softmax/deck.md", DECK));
        Path out = tmp.resolve("site");
        SiteBuild.Result result = SiteBuild.build(content, Optional.empty(), out);
        assertEquals(List.of("softmax"), result.decks());
        String html = Files.readString(out.resolve("softmax/index.html"), StandardCharsets.UTF_8);
        assertTrue(
                html.matches("(?s).*Accuracy <data value=\"1.0\"[^>]*>100%</data>.*"),
                "the classifier learns the six points");
        assertTrue(html.contains("<mtable"), "the Jacobian as a matrix");
        JsonNode trace =
                new ObjectMapper().readTree(out.resolve("softmax/trace.json").toFile());
        JsonNode softmax = trace.get("backward").get("softmax");
        for (String o : List.of("y1", "y2", "y3")) {
            assertEquals(
                    softmax.get("yhat_minus_y").get(o).asDouble(),
                    trace.get("deltas").get(o).asDouble(),
                    1e-15);
        }
        assertEquals(2, trace.get("runs").size());
    }
}
