package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Trace;
import org.netdeck.content.FrontMatter;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.OptimizersDeck;

/**
 * The training plot's legend sits where no curve passes: inside the plot where a place is free of every curve, the
 * end points and the start's label, else below the x axis. Checked on the plots the default decks draw, and the place
 * finder on constructed curves that take the legend's usual corner or the whole plot.
 */
class LegendPlacementTest {

    @Test
    void theDefaultDecksLegendsMeetNoCurve() throws IOException {
        FrontMatter backprop = DefaultDeck.frontMatter();
        assertClear(
                TrainingLayout.of(Backprop.compute(backprop.network(), backprop.compare(), List.of())),
                "backprop, its compare runs");
        Trace optimizers = OptimizersDeck.trace();
        assertClear(TrainingLayout.of(optimizers), "optimizers, every run");
        Matcher m = Pattern.compile("<!-- diagram: training runs: ([^>]*?) -->")
                .matcher(Files.readString(OptimizersDeck.FILE));
        int sets = 0;
        while (m.find()) {
            Set<String> runs = Set.of(m.group(1).trim().split("\\s+"));
            assertClear(TrainingLayout.of(optimizers, runs::contains), "optimizers, runs " + runs);
            sets++;
        }
        assertEquals(3, sets, "the optimizers deck's three training slides");
    }

    @Test
    void aCurveThroughTheTopRightCornerMovesTheLegendToWhereNoneIs() {
        Box area = new Box(60, 40, 500, 280);
        // a curve that rises to the top right: the corner is taken, the legend goes down the right side under it
        List<Point> rising = List.of(new Point(60, 300), new Point(300, 250), new Point(560, 45));
        Box place = TrainingLayout.freePlace(200, 60, List.of(rising), List.of(), area)
                .orElseThrow();
        assertTrue(place.inside(area), place.toString());
        assertFalse(meets(rising, place.grow(TrainingLayout.LEGEND_CLEARANCE - 0.01)), "clear of the curve: " + place);
        assertTrue(place.y() > 40, "not in the top right corner: " + place);
        // a flat curve along the top: under it, at the right
        List<Point> flat = List.of(new Point(60, 60), new Point(560, 60));
        Box under = TrainingLayout.freePlace(200, 60, List.of(flat), List.of(), area)
                .orElseThrow();
        assertEquals(60 + TrainingLayout.LEGEND_CLEARANCE * 2, under.y(), 8, "the first row under the curve: " + under);
        assertEquals(560 - 200, under.x(), 1e-9, "at the right");
        // a box to avoid (the start's label) at the top right is avoided like a curve
        Box start = new Box(330, 40, 230, 30);
        Box beside = TrainingLayout.freePlace(200, 60, List.of(), List.of(start), area)
                .orElseThrow();
        assertFalse(beside.grow(TrainingLayout.LEGEND_CLEARANCE - 0.01).overlaps(start), beside.toString());
    }

    @Test
    void noPlaceIsFreeWhenCurvesZigzagOverTheWholePlot() {
        Box area = new Box(60, 40, 500, 280);
        List<Point> zigzag = new ArrayList<>();
        for (int k = 0; k <= 50; k++) {
            zigzag.add(new Point(60 + 10 * k, k % 2 == 0 ? 40 : 320));
        }
        assertEquals(Optional.empty(), TrainingLayout.freePlace(200, 60, List.of(zigzag), List.of(), area));
        // two flat curves a little closer than the legend is high, at every height: none free either
        List<List<Point>> lines = new ArrayList<>();
        for (double y = 45; y < 320; y += 50) {
            lines.add(List.of(new Point(60, y), new Point(560, y)));
        }
        assertEquals(Optional.empty(), TrainingLayout.freePlace(200, 60, lines, List.of(), area));
    }

    /** Whether a segment of the polyline meets {@code box}. */
    private static boolean meets(List<Point> line, Box box) {
        for (int k = 0; k + 1 < line.size(); k++) {
            if (LabelPlacer.crosses(line.get(k), line.get(k + 1), box)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a curve's segment meets {@code box}. */
    private static boolean crossed(Layout plot, Box box) {
        for (Line curve : plot.lines()) {
            if (!curve.classes().contains("curve") || curve.classes().contains("legend-sample")) {
                continue;
            }
            List<Point> p = curve.points();
            for (int k = 0; k + 1 < p.size(); k++) {
                if (LabelPlacer.crosses(p.get(k), p.get(k + 1), box)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The legend's box (its samples and texts) after asserting that no curve's segment comes within 3 units of it,
     * that it is inside the picture and that no text overlaps another.
     */
    private static Box assertClear(Layout plot, String what) {
        List<Box> parts = new ArrayList<>();
        plot.labels().stream().filter(l -> l.classes().contains("legend")).forEach(l -> parts.add(l.box()));
        plot.lines().stream()
                .filter(l -> l.classes().contains("legend-sample"))
                .forEach(l -> parts.add(new Box(
                        l.points().get(0).x(),
                        l.points().get(0).y() - 1,
                        l.points().get(1).x() - l.points().get(0).x(),
                        2)));
        assertFalse(parts.isEmpty(), what + ": no legend");
        double x0 = parts.stream().mapToDouble(Box::x).min().orElseThrow();
        double y0 = parts.stream().mapToDouble(Box::y).min().orElseThrow();
        double x1 = parts.stream().mapToDouble(Box::right).max().orElseThrow();
        double y1 = parts.stream().mapToDouble(Box::bottom).max().orElseThrow();
        Box legend = new Box(x0, y0, x1 - x0, y1 - y0);
        assertFalse(crossed(plot, legend.grow(3)), what + ": a curve passes the legend " + legend);
        assertTrue(legend.inside(plot.bounds()), what + ": legend " + legend + " outside " + plot.bounds());
        List<Label> labels = plot.labels();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(
                        labels.get(i).box().overlaps(labels.get(j).box()),
                        what + ": " + labels.get(i).text() + " / "
                                + labels.get(j).text());
            }
        }
        return legend;
    }
}
