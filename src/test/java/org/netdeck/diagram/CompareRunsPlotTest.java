package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.RunSpec;
import org.netdeck.compute.Setting;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;
import org.netdeck.testing.DefaultDeck;

/** The training plot with compare runs: one curve per run, a legend not by colour alone, and the checkpoint marker. */
class CompareRunsPlotTest {

    private static final NetworkSpec BASE = DefaultDeck.network();

    private static Trace compared(double... rates) {
        List<RunSpec> runs = Arrays.stream(rates)
                .mapToObj(r -> RunSpec.of(BASE, Setting.LEARNING_RATE, r))
                .toList();
        return Backprop.compute(BASE, runs, List.of());
    }

    @Test
    void theEndLabelOfARunThatBarelyFallsStepsBelowTheLegend() {
        NetworkSpec slow = BASE.withLearningRate(0.001); // ends near its start, at the top right under the legend
        Trace t = Backprop.compute(
                slow,
                List.of(
                        RunSpec.of(slow, Setting.LEARNING_RATE, 1),
                        RunSpec.of(slow, Setting.LEARNING_RATE, 2),
                        RunSpec.of(slow, Setting.LEARNING_RATE, 5)),
                List.of());
        Layout plot = TrainingLayout.of(t);
        List<Label> legend = plot.labels().stream()
                .filter(l -> l.classes().contains("legend"))
                .toList();
        List<Label> points = plot.labels().stream()
                .filter(l -> l.classes().contains("point-label"))
                .toList();
        assertEquals(2, points.size());
        for (Label p : points) {
            for (Label l : legend) {
                assertFalse(p.box().overlaps(l.box()), "'" + p.text() + "' covers '" + l.text() + "'");
            }
        }
    }

    @Test
    void everyRunHasItsCurveAndALegendEntryWithItsOwnDashPattern() {
        Trace t = compared(0.1, 1, 5); // 0.1 is the deck's own
        Layout plot = TrainingLayout.of(t);
        List<Line> curves = plot.lines().stream()
                .filter(l -> l.classes().contains("curve") && !l.classes().contains("legend-sample"))
                .toList();
        assertEquals(3, curves.size());
        assertTrue(
                curves.get(0).classes().contains("own"), curves.get(0).classes().toString());
        assertTrue(curves.get(1).classes().contains("run-lr_1"));
        assertTrue(curves.get(2).classes().contains("run-lr_5"));
        List<String> legend = plot.labels().stream()
                .filter(l -> l.classes().contains("legend"))
                .map(Label::text)
                .toList();
        assertEquals(List.of("α = 0.1 (this deck)", "α = 1", "α = 5"), legend);
        List<Line> samples = plot.lines().stream()
                .filter(l -> l.classes().contains("legend-sample"))
                .toList();
        assertEquals(3, samples.size());
        // each curve's pattern differs from the others' and its legend sample has the same one
        assertEquals(null, SvgWriter.pattern(curves.get(0).classes()), "the deck's own run is solid");
        for (int k = 0; k < 3; k++) {
            assertTrue(Arrays.equals(
                    SvgWriter.pattern(samples.get(k).classes()),
                    SvgWriter.pattern(curves.get(k).classes())));
            for (int j = k + 1; j < 3; j++) {
                assertFalse(Arrays.equals(
                        SvgWriter.pattern(curves.get(k).classes()),
                        SvgWriter.pattern(curves.get(j).classes())));
            }
        }
        // the last point of the α = 1 curve is its run's last loss
        Point end = curves.get(1).points().get(curves.get(1).points().size() - 1);
        Point endOwn = curves.get(0).points().get(curves.get(0).points().size() - 1);
        assertTrue(end.y() > endOwn.y(), "α = 1 ends lower than α = 0.1");
        assertTrue(plot.description().contains("α = 5: L = "), plot.description());
    }

    @Test
    void theDecksOwnRunIsAddedWhenNoCompareRunHasItsValue() {
        Layout plot = TrainingLayout.of(compared(1, 5));
        List<String> legend = plot.labels().stream()
                .filter(l -> l.classes().contains("legend"))
                .map(Label::text)
                .toList();
        assertEquals(List.of("α = 0.1 (this deck)", "α = 1", "α = 5"), legend);
    }

    @Test
    void theMarkerSitsAtTheLastCheckpointAndTheScalesMapIterationsAndLossToSvgUnits() {
        Trace t = compared(0.1, 1);
        Diagram d = SvgWriter.write(TrainingLayout.of(t));
        Document svg = Jsoup.parse(d.inline(), "", Parser.xmlParser());
        Element root = svg.selectFirst("svg");
        Element marker = svg.selectFirst("circle.checkpoint-marker");
        assertTrue(marker != null, d.inline());
        double x0 = Double.parseDouble(root.attr("data-x0"));
        double x1 = Double.parseDouble(root.attr("data-x1"));
        double px0 = Double.parseDouble(root.attr("data-px0"));
        double px1 = Double.parseDouble(root.attr("data-px1"));
        double y1 = Double.parseDouble(root.attr("data-y1"));
        double py0 = Double.parseDouble(root.attr("data-py0"));
        double py1 = Double.parseDouble(root.attr("data-py1"));
        assertEquals("linear", root.attr("data-scale"));
        assertEquals(0, x0);
        assertTrue(x1 >= t.network().iterations());
        org.netdeck.compute.Checkpoint end =
                t.training().checkpoints().get(t.training().checkpoints().size() - 1);
        assertEquals(t.network().iterations(), end.iteration(), "the last checkpoint is the trained network");
        assertEquals(px0 + (px1 - px0) * end.iteration() / x1, Double.parseDouble(marker.attr("cx")), 0.01);
        assertEquals(py0 + (py1 - py0) * end.loss() / y1, Double.parseDouble(marker.attr("cy")), 0.02);
        assertNotEquals(px0, px1);
        assertEquals(
                2,
                svg.select("path.curve.run:not(.legend-sample)").size()
                        + svg.select("polyline.curve.run:not(.legend-sample)").size(),
                d.inline().length() + "");
        assertEquals(DiagramStep.TRAINING, d.step());
    }
}
