package org.netdeck.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Layer;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Weight;

class TraceJsonTest {

    private static final NetworkSpec SPEC = new NetworkSpec(
            List.of(
                    new Layer("input", List.of("x1", "x2"), Activation.LINEAR),
                    new Layer("output", List.of("y"), Activation.RELU)),
            List.of(new Weight("w1", "x1", "y", 0.1), new Weight("w2", "x2", "y", 0.2, "v")),
            List.of(new Bias("b", "y", 0.3, false)),
            LossKind.SQUARED_ERROR,
            0.01,
            Map.of("x1", 1.0, "x2", 2.0),
            Map.of("y", 1.0),
            2);

    @Test
    void writesTheDesignFieldsInOrderWithFullPrecision() throws IOException {
        Trace trace = Backprop.compute(SPEC);
        JsonNode json = new ObjectMapper().readTree(TraceJson.write(trace));
        List<String> fields = iterable(json.fieldNames());
        assertEquals(
                List.of(
                        "network",
                        "forward",
                        "loss",
                        "gradients",
                        "deltas",
                        "backward",
                        "nudge",
                        "updated",
                        "training",
                        "runs",
                        "steps_to"),
                fields);
        JsonNode net = json.get("network");
        assertEquals(
                List.of(
                        "layers",
                        "weights",
                        "biases",
                        "labels",
                        "loss",
                        "learning_rate",
                        "inputs",
                        "targets",
                        "iterations"),
                iterable(net.fieldNames()));
        assertTrue(net.get("layers").get(0).get("activation") == null, "the input layer has no activation");
        assertEquals("relu", net.get("layers").get(1).get("activation").asText());
        assertEquals("\\text{input}", net.get("layers").get(0).get("label").asText());
        assertEquals(
                Map.of("x1", "x_1", "x2", "x_2", "y", "y", "w1", "w_1", "w2", "v", "b", "b"),
                new ObjectMapper().convertValue(net.get("labels"), Map.class));
        assertEquals(
                List.of("x1", "x2", "y", "w1", "w2", "b"),
                iterable(net.get("labels").fieldNames()));
        assertEquals(false, net.get("biases").get("b").get("trainable").asBoolean());
        // z = 0.1·1 + 0.2·2 + 0.3 = 0.8 (as doubles add up), loss = (1 − 0.8)²
        double z = 0.1 * 1.0 + 0.2 * 2.0 + 0.3;
        assertEquals(z, json.get("forward").get("z").get("y").asDouble(), 0.0);
        assertEquals((1 - z) * (1 - z), json.get("loss").asDouble(), 0.0);
        assertEquals(-2 * (1 - z) * 2.0, json.get("gradients").get("w2").asDouble(), 0.0);
        assertEquals(trace.updated().loss(), json.get("updated").get("loss").asDouble(), 0.0);
        assertEquals(0.3, json.get("updated").get("params").get("b").asDouble(), 0.0);
        assertEquals(3, json.get("training").get("loss").size());
    }

    @Test
    void aSoftmaxOutputWritesItsJacobianAndYhatMinusY() throws IOException {
        NetworkSpec spec = new NetworkSpec(
                List.of(
                        new Layer("input", List.of("x1"), Activation.LINEAR),
                        Layer.softmax("output", List.of("y1", "y2"))),
                List.of(new Weight("w1", "x1", "y1", 0.5), new Weight("w2", "x1", "y2", -0.5)),
                List.of(),
                LossKind.CATEGORICAL_CROSS_ENTROPY,
                0.1,
                Map.of("x1", 1.0),
                Map.of("y1", 0.0, "y2", 1.0),
                1);
        JsonNode json = new ObjectMapper().readTree(TraceJson.write(Backprop.compute(spec)));
        assertEquals(
                "softmax",
                json.get("network").get("layers").get(1).get("activation").asText());
        assertEquals(
                "categorical_cross_entropy", json.get("network").get("loss").asText());
        JsonNode softmax = json.get("backward").get("softmax");
        double a1 = 1.0 / (1.0 + Math.exp(-1.0)); // softmax(0.5, −0.5)₁ = σ(1)
        double a2 = 1.0 - a1;
        JsonNode jac = softmax.get("jacobian");
        assertEquals(List.of("y1", "y2"), iterable(jac.fieldNames()));
        assertEquals(a1 * (1 - a1), jac.get("y1").get("y1").asDouble(), 1e-16);
        assertEquals(-a1 * a2, jac.get("y1").get("y2").asDouble(), 1e-16);
        assertEquals(-a2 * a1, jac.get("y2").get("y1").asDouble(), 1e-16);
        assertEquals(a1, softmax.get("yhat_minus_y").get("y1").asDouble(), 1e-16);
        assertEquals(a2 - 1.0, softmax.get("yhat_minus_y").get("y2").asDouble(), 1e-16);
        for (String o : List.of("y1", "y2")) {
            assertEquals(
                    softmax.get("yhat_minus_y").get(o).asDouble(),
                    json.get("deltas").get(o).asDouble(),
                    1e-15);
        }
        assertTrue(new ObjectMapper()
                .readTree(TraceJson.write(Backprop.compute(SPEC)))
                .get("backward")
                .path("softmax")
                .isMissingNode());
    }

    @Test
    void theSameTraceGivesTheSameBytes() {
        assertArrayEquals(TraceJson.write(Backprop.compute(SPEC)), TraceJson.write(Backprop.compute(SPEC)));
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> l = new ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }
}
