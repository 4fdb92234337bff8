package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.TestNetworks;

/** Layout checks without Batik: everything inside the viewBox, no label on another label or on a neuron. */
class NetworkLayoutTest {

    static Stream<Arguments> networks() {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of("default", DefaultDeck.network()));
        int[][] shapes = {{2, 1, 1}, {3, 2, 1}, {3, 8, 8}, {4, 5, 2}, {5, 3, 3}, {6, 8, 1}, {6, 8, 8}};
        for (int[] s : shapes) {
            for (TestNetworks.Wiring w : TestNetworks.Wiring.values()) {
                all.add(Arguments.of(
                        s[0] + "x" + s[1] + "-" + s[2] + "-" + w,
                        TestNetworks.generated(s[0], s[1], s[2], w, LossKind.values()[all.size() % 4], 3)));
            }
        }
        return all.stream();
    }

    @Test
    void aNetworkTallerThanWideSpreadsItsColumnsToMakeRoomForItsLabels() {
        // 5-5-2, densely wired: its 35 weights' labels need more room than the texts' sizes give
        Trace trace =
                Backprop.compute(TestNetworks.generated(3, 5, 2, TestNetworks.Wiring.DENSE, LossKind.SQUARED_ERROR, 3));
        Layout layout = NetworkLayout.all(trace).get(0);
        // drawn as large as it fits (0.37 of its size when its rows spread apart as well) in a 16:9 slide's diagram
        // box, under the text (1088 × 480) or beside it (560 × 500)
        double scale = Math.max(
                Math.min(1088 / layout.width(), 480 / layout.height()),
                Math.min(560 / layout.width(), 500 / layout.height()));
        assertTrue(
                scale >= 0.45,
                () -> "a 5-5-2 network's diagram is " + layout.width() + " × " + layout.height() + ", drawn at " + scale
                        + " of its size on a slide");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void labelsNeverOverlapLabelsOrNeurons(String name, NetworkSpec spec) {
        Trace trace = Backprop.compute(spec);
        List<Layout> layouts = NetworkLayout.all(trace);
        assertEquals(NetworkLayout.STEPS.size(), layouts.size());
        for (Layout layout : layouts) {
            String where = name + " " + layout.step().id() + ": ";
            Box bounds = layout.bounds();
            for (Circle c : layout.circles()) {
                assertTrue(
                        new Box(
                                        c.center().x() - c.radius(),
                                        c.center().y() - c.radius(),
                                        2 * c.radius(),
                                        2 * c.radius())
                                .inside(bounds),
                        where + c.name() + " outside the viewBox");
            }
            List<Label> labels = layout.labels();
            for (int i = 0; i < labels.size(); i++) {
                Label a = labels.get(i);
                assertTrue(a.box().inside(bounds), () -> where + "'" + a.text() + "' outside the viewBox " + a.box());
                for (int j = i + 1; j < labels.size(); j++) {
                    Label b = labels.get(j);
                    if (a.classes().contains("worked") && b.classes().contains("worked")) {
                        continue; // the chain rule's worked lines share one place: one shows at a time
                    }
                    assertFalse(
                            a.box().overlaps(b.box()), () -> where + "'" + a.text() + "' overlaps '" + b.text() + "'");
                }
                for (Circle c : layout.circles()) {
                    if (c.name().equals(a.owner())) {
                        Box box = a.box();
                        for (Point corner :
                                List.of(new Point(box.x(), box.y()), new Point(box.right(), box.bottom()))) {
                            assertTrue(
                                    corner.distance(c.center()) <= c.radius(),
                                    where + "'" + a.text() + "' sticks out of " + c.name());
                        }
                    } else {
                        assertFalse(
                                a.box().overlaps(c.center(), c.radius()),
                                where + "'" + a.text() + "' overlaps neuron " + c.name());
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void edgesNeverRunThroughNeurons(String name, NetworkSpec spec) {
        Layout layout = NetworkLayout.all(Backprop.compute(spec)).get(0);
        List<Circle> circles = layout.circles();
        for (Line edge : layout.lines()) {
            for (int k = 0; k <= 200; k++) {
                Point p = edge.at(k / 200.0);
                for (Circle c : circles) {
                    // the message only when it fails: written out for each of ~10^6 checks it was most of the time
                    assertTrue(
                            p.distance(c.center()) >= c.radius() - 0.5,
                            () -> name + ": an edge " + edge.points() + " runs through " + c.name());
                }
            }
        }
    }

    @Test
    void neuronsKeepTheirPlacesFromStepToStep() {
        List<Layout> layouts = NetworkLayout.all(
                Backprop.compute(TestNetworks.generated(4, 3, 2, TestNetworks.Wiring.SKIP, LossKind.SQUARED_ERROR, 2)));
        for (Layout l : layouts) {
            assertEquals(
                    layouts.get(0).circles(),
                    l.circles().stream()
                            .map(c -> new Circle(
                                    c.name(),
                                    c.center(),
                                    c.radius(),
                                    layouts.get(0).circles().stream()
                                            .filter(d -> d.name().equals(c.name()))
                                            .findFirst()
                                            .orElseThrow()
                                            .classes()))
                            .toList());
            assertEquals(layouts.get(0).width(), l.width());
        }
    }

    @Test
    void namesEveryNeuronAndWeightInEveryStep() {
        Trace trace = DefaultDeck.trace();
        for (Layout l : NetworkLayout.all(trace)) {
            List<String> texts = l.labels().stream().map(Label::text).toList();
            for (String n : trace.network().neurons()) {
                String label =
                        "$" + trace.network().label(n).orElseThrow() + "$"; // x1 is drawn as x_1, yhat as \hat{y}
                assertTrue(texts.contains(label), l.step() + " misses neuron " + n);
            }
            for (String w : List.of("w_1", "w_2", "w_3", "w_4")) {
                assertTrue(texts.stream().anyMatch(t -> t.contains("$" + w + "$")), l.step() + " misses weight " + w);
            }
        }
    }

    @Test
    void emphasisesEachStepsActivePath() {
        Layout loss = NetworkLayout.of(DefaultDeck.trace(), DiagramStep.LOSS);
        assertTrue(loss.circles().stream()
                .filter(c -> c.name().equals("yhat"))
                .allMatch(c -> c.classes().contains("active")));
        assertTrue(loss.circles().stream()
                .filter(c -> c.name().equals("x1"))
                .allMatch(c -> c.classes().contains("muted")));
        Layout gradient = NetworkLayout.of(DefaultDeck.trace(), DiagramStep.OUTPUT_GRADIENT);
        assertEquals(
                List.of(
                        List.of("edge", "positive", "muted", "part-w1"),
                        List.of("edge", "negative", "muted", "part-w2"),
                        List.of("edge", "positive", "active", "part-w3"),
                        List.of("edge", "positive", "active", "part-w4")),
                gradient.lines().stream().map(Line::classes).toList());
        assertEquals(
                2,
                gradient.marks().stream()
                        .filter(m -> m instanceof Arrow a && a.classes().contains("backward"))
                        .count());
        Line w2 = gradient.lines().get(1);
        assertTrue(w2.dashed());
        assertTrue(
                gradient.lines().get(2).width() > gradient.lines().get(1).width(), "|0.9| draws thicker than |−0.5|");
    }
}
