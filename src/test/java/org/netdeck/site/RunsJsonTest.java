package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Checkpoint;
import org.netdeck.compute.Goal;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Precision;
import org.netdeck.compute.RunSpec;
import org.netdeck.compute.Setting;
import org.netdeck.compute.Trace;
import org.netdeck.json.CheckpointJson;
import org.netdeck.json.TraceJson;
import org.netdeck.testing.DefaultDeck;

/** trace.json's checkpoints, runs and steps_to, and the compact checkpoints a page embeds. */
class RunsJsonTest {

    private static final NetworkSpec BASE = Setting.ITERATIONS.apply(DefaultDeck.network(), 400);
    private static final Trace TRACE = Backprop.compute(
            BASE,
            List.of(RunSpec.of(BASE, Setting.LEARNING_RATE, 1), RunSpec.of(BASE, Setting.LEARNING_RATE, 0.01)),
            List.of(new Goal("", "yhat", 0.8), new Goal("lr_1", "yhat", 0.8), new Goal("", "yhat", 2)));

    @Test
    void traceJsonHasCheckpointsRunsAndStepsTo() throws IOException {
        JsonNode json = new ObjectMapper().readTree(TraceJson.write(TRACE));
        JsonNode cps = json.at("/training/checkpoints");
        List<Checkpoint> expected = TRACE.training().checkpoints();
        assertEquals(expected.size(), cps.size());
        assertEquals(0, cps.get(0).get("iteration").asInt());
        assertEquals(400, cps.get(cps.size() - 1).get("iteration").asInt());
        JsonNode mid = cps.get(cps.size() / 2);
        Checkpoint c = expected.get(cps.size() / 2);
        assertEquals(c.iteration(), mid.get("iteration").asInt());
        assertEquals(c.loss(), mid.get("loss").asDouble(), 0.0);
        assertEquals(c.params().get("w3"), mid.at("/params/w3").asDouble(), 0.0);
        assertEquals(c.forward().a().get("yhat"), mid.at("/forward/a/yhat").asDouble(), 0.0);
        assertEquals(c.forward().z().get("h1"), mid.at("/forward/z/h1").asDouble(), 0.0);

        JsonNode runs = json.get("runs");
        assertEquals(2, runs.size());
        assertEquals("lr_1", runs.get(0).get("name").asText());
        assertEquals("learning_rate", runs.get(0).get("setting").asText());
        assertEquals(1.0, runs.get(0).get("value").asDouble());
        assertEquals("lr_0_01", runs.get(1).get("name").asText());
        assertEquals(401, runs.get(1).at("/training/loss").size());
        assertEquals(
                TRACE.run("lr_1").orElseThrow().training().forward().loss(),
                runs.get(0).at("/training/forward/loss").asDouble(),
                0.0);

        JsonNode steps = json.get("steps_to");
        assertEquals(3, steps.size());
        assertTrue(steps.get(0).get("run").isNull());
        assertEquals("lr_1", steps.get(1).get("run").asText());
        assertEquals(
                Backprop.stepsTo(BASE, new Goal("", "yhat", 0.8)).orElseThrow(),
                steps.get(0).get("steps").asInt());
        assertTrue(steps.get(2).get("steps").isNull(), "never reached");
    }

    @Test
    void compactCheckpointsAreColumnsRoundedAsThePageShowsThem() throws IOException {
        String text = CheckpointJson.write(TRACE);
        assertTrue(!text.contains("\n") && !text.contains("<"), text.substring(0, 80));
        JsonNode json = new ObjectMapper().readTree(text);
        List<Checkpoint> cps = TRACE.training().checkpoints();
        assertEquals(cps.size(), json.get("iteration").size());
        for (int i = 0; i < cps.size(); i += 17) {
            Checkpoint c = cps.get(i);
            assertEquals(c.iteration(), json.get("iteration").get(i).asInt());
            assertEquals(
                    shown(Precision.LOSS, c.loss()), json.get("loss").get(i).asDouble());
            assertEquals(
                    shown(Precision.UPDATED, c.params().get("w1")),
                    json.at("/params/w1").get(i).asDouble());
            assertEquals(
                    shown(Precision.VALUE, c.forward().a().get("h2")),
                    json.at("/a/h2").get(i).asDouble());
        }
        assertEquals(List.of("h1", "h2", "yhat"), iterable(json.get("a").fieldNames()));
        assertEquals(
                List.of("w1", "w2", "w3", "w4"), iterable(json.get("params").fieldNames()));
        assertTrue(json.get("z") == null, "the weighted sums stay in trace.json");
    }

    /** {@code x} as the page shows it, read back as a number. */
    private static double shown(Precision p, double x) {
        return Double.parseDouble(p.format(x).replace('\u2212', '-'));
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> l = new ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }
}
