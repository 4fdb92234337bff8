package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.TestNetworks;

class TrainingLayoutTest {

    @Test
    void plotsEveryIterationOfAShortRun() {
        Trace trace = Backprop.compute(DefaultDeck.network(1000));
        Layout plot = TrainingLayout.of(trace);
        Line curve = plot.lines().stream()
                .filter(l -> l.classes().contains("curve"))
                .findFirst()
                .orElseThrow();
        assertEquals(TrainingLayout.MAX_POINTS, curve.points().size(), "1001 values decimated to 500");
        List<String> texts = plot.labels().stream().map(Label::text).toList();
        assertTrue(
                texts.containsAll(List.of("0", "200", "400", "600", "800", "1,000", "0.00", "0.02", "0.10")),
                texts.toString());
        assertTrue(texts.contains("start: L = " + Numbers.of(trace.loss(), Precision.LOSS)));
        assertTrue(texts.contains(
                "after 1,000 steps: L = " + Numbers.of(trace.training().loss().get(1000), Precision.LOSS)));
        assertNoOverlaps(plot);
    }

    @Test
    void aRunWithoutStepsIsOnePoint() {
        Layout plot = TrainingLayout.of(Backprop.compute(
                TestNetworks.generated(3, 2, 1, TestNetworks.Wiring.DENSE, LossKind.SQUARED_ERROR, 0)));
        assertTrue(plot.lines().stream().noneMatch(l -> l.classes().contains("curve")));
        assertEquals(
                1,
                plot.circles().stream()
                        .filter(c -> !c.classes().contains("marker"))
                        .count());
        assertEquals(
                1,
                plot.circles().stream()
                        .filter(c -> c.classes().contains("checkpoint-marker"))
                        .count());
        assertEquals(
                List.of("0"),
                plot.labels().stream()
                        .filter(l -> l.anchor() == Anchor.MIDDLE && l.classes().contains("tick-label"))
                        .map(Label::text)
                        .toList());
        assertNoOverlaps(plot);
    }

    @Test
    void decimationKeepsFirstAndLast() {
        List<Integer> kept = TrainingLayout.sample(100_001);
        assertEquals(TrainingLayout.MAX_POINTS, kept.size());
        assertEquals(0, kept.get(0));
        assertEquals(100_000, kept.get(kept.size() - 1));
        assertEquals(List.of(0, 1, 2), TrainingLayout.sample(3));
    }

    private static void assertNoOverlaps(Layout plot) {
        List<Label> labels = plot.labels();
        for (int i = 0; i < labels.size(); i++) {
            assertTrue(labels.get(i).box().inside(plot.bounds()), labels.get(i).text());
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(
                        labels.get(i).box().overlaps(labels.get(j).box()),
                        labels.get(i).text() + " / " + labels.get(j).text());
            }
        }
    }
}
