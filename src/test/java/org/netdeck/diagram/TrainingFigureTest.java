package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Checkpoint;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Weight;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.TestNetworks;

/**
 * The training figure: the network at the last checkpoint beside the loss plot, as two panels; every value a page
 * rewrites is tagged and has room for its widest text at any checkpoint; the scales in the root's data attributes put
 * the marker where the build put it.
 */
class TrainingFigureTest {

    static Stream<NetworkSpec> networks() {
        return Stream.of(
                DefaultDeck.network(),
                TestNetworks.generated(4, 3, 2, TestNetworks.Wiring.SKIP, LossKind.BINARY_CROSS_ENTROPY, 300),
                TestNetworks.generated(3, 5, 1, TestNetworks.Wiring.SPARSE, LossKind.MEAN_SQUARED_ERROR, 40));
    }

    @ParameterizedTest
    @MethodSource("networks")
    void theNetworkPanelShowsTheLastCheckpointBesideThePlot(NetworkSpec spec) {
        Trace trace = Backprop.compute(spec);
        Layout figure = TrainingFigure.of(trace);
        List<Checkpoint> cps = trace.training().checkpoints();
        Checkpoint end = cps.get(cps.size() - 1);

        assertEquals(
                List.of("network", "plot"),
                figure.panels().stream().map(Layout.Panel::name).toList());
        Layout.Panel net = figure.panels().get(0);
        Layout.Panel plot = figure.panels().get(1);
        assertTrue(net.box().right() + TrainingFigure.GAP <= plot.box().x() + 1e-9, "side by side");
        assertTrue(net.box().inside(figure.bounds()) && plot.box().inside(figure.bounds()));
        assertEquals(figure.marks().size(), plot.to(), "every mark is in a panel");
        for (Layout.Panel p : figure.panels()) {
            for (Mark m : figure.marks().subList(p.from(), p.to())) {
                if (m instanceof Label l) {
                    assertTrue(l.box().inside(p.box().grow(0.5)), p.name() + ": " + l.text() + " outside its panel");
                }
            }
        }

        List<Mark> netMarks = figure.marks().subList(net.from(), net.to());
        double max = cps.stream()
                .flatMap(c ->
                        spec.weights().stream().map(w -> Math.abs(c.params().get(w.name()))))
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow();
        assertEquals(
                "1.5 4.5 " + java.math.BigDecimal.valueOf(max).toPlainString(),
                figure.data().get("stroke"));
        for (Weight w : spec.weights()) {
            double v = end.params().get(w.name());
            Line edge = netMarks.stream()
                    .filter(m -> m instanceof Line l
                            && l.classes().contains("edge")
                            && l.classes().contains("part-" + w.name()))
                    .map(Line.class::cast)
                    .findFirst()
                    .orElseThrow();
            assertEquals(1.5 + 4.5 * Math.abs(v) / max, edge.width(), 1e-9, w.name());
            assertEquals(v < 0, edge.dashed(), w.name());
            List<String> label = values(netMarks, "edge-label", w.name());
            if (label.isEmpty()) { // no room for its label at a legible size: its value is in the description
                assertTrue(
                        figure.description().contains(w.name() + " = " + Precision.UPDATED.format(v)),
                        w.name() + " has neither a label nor its value in the description");
            } else {
                assertEquals(List.of(Precision.UPDATED.format(v)), label, w.name());
            }
        }
        List<String> inputs = spec.inputLayer().neurons();
        for (String n : spec.neurons()) {
            List<String> shown = values(netMarks, "neuron-value", n);
            if (shown.isEmpty() && !inputs.contains(n)) { // a compact network: the value is in the description
                assertTrue(
                        figure.description()
                                .contains(n + " = "
                                        + Precision.VALUE.format(
                                                end.forward().a().get(n))),
                        n + " has neither its value drawn nor in the description");
                continue;
            }
            assertEquals(
                    inputs.contains(n)
                            ? List.of()
                            : List.of(Precision.VALUE.format(end.forward().a().get(n))),
                    shown,
                    n + ": an input never changes, so it is no value to rewrite");
        }
        spec.biases()
                .forEach(b -> assertTrue(
                        values(netMarks, "bias-label", b.name()).size() == 1
                                || figure.description().contains(b.name() + " = "),
                        b.name()));
        assertEquals(
                List.of(TrainingFigure.caption(end)),
                netMarks.stream()
                        .filter(m -> m.classes().contains("checkpoint-caption"))
                        .map(m -> ((Label) m).text())
                        .toList());
    }

    @ParameterizedTest
    @MethodSource("networks")
    void everyValueHasRoomForItsWidestTextAtAnyCheckpoint(NetworkSpec spec) {
        Trace trace = Backprop.compute(spec);
        Layout figure = TrainingFigure.of(trace);
        List<Mark> marks = figure.marks();
        List<String> problems = new ArrayList<>();
        Backdrop behind = null;
        for (Mark m : marks) {
            if (m instanceof Backdrop b) {
                behind = b;
            } else if (m instanceof Label l
                    && l.classes().contains("value")
                    && l.classes().contains("edge-label")) {
                String name = part(l);
                for (Checkpoint c : trace.training().checkpoints()) {
                    String text = Precision.UPDATED.format(c.params().get(name));
                    if (Label.width(text, l.size()) > behind.box().width() + 1e-9) {
                        problems.add(name + " at iteration " + c.iteration() + ": " + text);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("networks")
    void theSvgHasOneGroupPerPanelAndTheScalesPutTheMarkerAtTheLastCheckpoint(NetworkSpec spec) {
        Trace trace = Backprop.compute(spec);
        Layout figure = TrainingFigure.of(trace);
        Diagram d = SvgWriter.write(figure);
        Document svg = Jsoup.parse(d.inline(), "", Parser.xmlParser());
        Element root = svg.selectFirst("svg");
        assertEquals(
                List.of("training-panel-network", "training-panel-plot"),
                svg.select("g[data-panel]").eachAttr("id"));
        List<Element> groups = svg.select("g[data-panel]");
        for (int i = 0; i < groups.size(); i++) {
            Box b = figure.panels().get(i).box();
            String[] box = groups.get(i).attr("data-box").split(" ");
            assertEquals(b.x(), Double.parseDouble(box[0]), 0.01);
            assertEquals(b.y(), Double.parseDouble(box[1]), 0.01);
            assertEquals(b.width(), Double.parseDouble(box[2]), 0.01);
            assertEquals(b.height(), Double.parseDouble(box[3]), 0.01);
            assertFalse(groups.get(i).select(".label").isEmpty(), "the panel holds its marks");
        }
        Element marker = svg.selectFirst("g[data-panel=plot] circle.checkpoint-marker");
        Checkpoint end = trace.training()
                .checkpoints()
                .get(trace.training().checkpoints().size() - 1);
        Map<String, Double> s = Map.of(
                "x0",
                num(root, "x0"),
                "x1",
                num(root, "x1"),
                "px0",
                num(root, "px0"),
                "px1",
                num(root, "px1"),
                "y0",
                num(root, "y0"),
                "y1",
                num(root, "y1"),
                "py0",
                num(root, "py0"),
                "py1",
                num(root, "py1"));
        double cx = s.get("px0")
                + (end.iteration() - s.get("x0")) * (s.get("px1") - s.get("px0")) / (s.get("x1") - s.get("x0"));
        double cy =
                s.get("py0") + (end.loss() - s.get("y0")) * (s.get("py1") - s.get("py0")) / (s.get("y1") - s.get("y0"));
        assertEquals(cx, Double.parseDouble(marker.attr("cx")), 0.02);
        assertEquals(cy, Double.parseDouble(marker.attr("cy")), 0.02);
        assertEquals(String.valueOf(Precision.UPDATED.decimals().orElseThrow()), root.attr("data-param-decimals"));
        assertEquals(String.valueOf(Precision.VALUE.decimals().orElseThrow()), root.attr("data-value-decimals"));
        assertEquals(String.valueOf(Precision.LOSS.significant().orElseThrow()), root.attr("data-loss-digits"));
    }

    private static double num(Element root, String name) {
        return Double.parseDouble(root.attr("data-" + name));
    }

    /** The texts of the labels tagged {@code value} of kind {@code kind} for the part {@code name}. */
    private static List<String> values(List<Mark> marks, String kind, String name) {
        return marks.stream()
                .filter(m -> m instanceof Label l
                        && l.classes().contains("value")
                        && l.classes().contains(kind)
                        && l.classes().contains("part-" + name))
                .map(m -> ((Label) m).text())
                .toList();
    }

    private static String part(Label l) {
        return l.classes().stream()
                .filter(c -> c.startsWith("part-"))
                .findFirst()
                .orElseThrow()
                .substring(5);
    }
}
