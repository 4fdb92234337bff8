package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Layer;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Weight;
import org.netdeck.content.Limits;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.Fuzz;

/**
 * Legible, unambiguous network diagrams, checked on the geometry of every network step of many networks, from one
 * neuron per layer to the limits' densest layers (16-16, 256 weights; 24 neurons in a layer; 12 layers), fully
 * connected, with and without skip connections, and random shapes within the limits:
 *
 * <ul>
 *   <li>every text's font size times the stage's scale (the figure column at 1366×768, {@link #STAGE_WIDTH} ×
 *       {@link #STAGE_HEIGHT} canvas px drawn at {@link #STAGE_SCALE}, over the viewBox) is at least 11 px;
 *   <li>each edge label's box has its centre on its own edge, no other edge passes under it (so it covers no crossing
 *       and its centre is farther from every other edge than from its own), and it overlaps no neuron and no other
 *       text;
 *   <li>a weight whose label is not drawn has it in the step's description (what a screen reader reads).
 * </ul>
 */
class LegibleLabelsTest {

    /** The figure column of the stage at 1366×768 (font scale 0.87 for the height), in canvas px. */
    static final double STAGE_WIDTH = 568;

    static final double STAGE_HEIGHT = 470;
    /** The canvas's scale on the stage at 1366×768 (0.9467: the canvas in the deck's box above the toolbar). */
    static final double STAGE_SCALE = 0.946;

    static final double MIN_PX = 11;

    static Stream<Arguments> networks() {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of("default deck", DefaultDeck.network()));
        int[][] shapes = {
            {1, 1},
            {2, 1},
            {2, 2, 1},
            {2, 2, 2},
            {3, 4, 4, 2},
            {4, 8, 6, 3},
            {3, 5, 2},
            {16, 16},
            {24, 10},
            {10, 24},
            {1, 24, 1},
            {8, 16, 8},
            {4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4},
            {2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1},
            {24, 4, 24},
            {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
        };
        for (int[] s : shapes) {
            all.add(Arguments.of(name(s), dense(s, false)));
            all.add(Arguments.of(name(s) + " skip", dense(s, true)));
        }
        Random random = new Random(32);
        for (int run = 0; run < Fuzz.cases(12); run++) {
            int layers = 2 + random.nextInt(Limits.MAX_LAYERS - 1);
            int[] s = new int[layers];
            for (int i = 0; i < layers; i++) {
                s[i] = 1 + random.nextInt(random.nextBoolean() ? 4 : Limits.MAX_NEURONS_PER_LAYER);
            }
            while (weights(s) > Limits.MAX_WEIGHTS) { // the widest layer loses a neuron until it is legal
                int widest = 0;
                for (int i = 1; i < layers; i++) {
                    widest = s[i] > s[widest] ? i : widest;
                }
                s[widest]--;
            }
            all.add(Arguments.of("random " + name(s), dense(s, random.nextBoolean())));
        }
        return all.stream();
    }

    private static String name(int[] s) {
        StringBuilder b = new StringBuilder();
        for (int n : s) {
            b.append(b.length() == 0 ? "" : "-").append(n);
        }
        return b.toString();
    }

    private static int weights(int[] s) {
        int w = 0;
        for (int i = 1; i < s.length; i++) {
            w += s[i - 1] * s[i];
        }
        return w;
    }

    /** Layers of these sizes, each fully connected to the next; {@code skip}: one more weight over every hidden layer. */
    static NetworkSpec dense(int[] sizes, boolean skip) {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            List<String> names = new ArrayList<>();
            for (int k = 1; k <= sizes[i]; k++) {
                names.add(i == 0 ? "x" + k : i == sizes.length - 1 ? "y" + k : "h" + i + "_" + k);
            }
            layers.add(new Layer(
                    i == 0 ? "input" : i == sizes.length - 1 ? "output" : "hidden" + i,
                    names,
                    i == 0 ? Activation.LINEAR : i == sizes.length - 1 ? Activation.SIGMOID : Activation.TANH));
        }
        List<Weight> weights = new ArrayList<>();
        for (int i = 0; i + 1 < sizes.length; i++) {
            for (String from : layers.get(i).neurons()) {
                for (String to : layers.get(i + 1).neurons()) {
                    int k = weights.size();
                    double v = (k % 2 == 0 ? 1 : -1) * (0.1 + 0.07 * ((k * 7) % 13));
                    weights.add(new Weight("w" + (k + 1), from, to, v));
                }
            }
        }
        if (skip && sizes.length > 2 && weights.size() < Limits.MAX_WEIGHTS) {
            String from = layers.get(0).neurons().get(0);
            String to = layers.get(sizes.length - 1).neurons().get(0);
            weights.add(new Weight("s1", from, to, 0.3));
        }
        List<Bias> biases = new ArrayList<>();
        for (int i = 1; i < sizes.length; i++) {
            for (String n : layers.get(i).neurons()) {
                biases.add(new Bias("b_" + n, n, 0.1, true));
            }
        }
        Map<String, Double> inputs = new LinkedHashMap<>();
        layers.get(0).neurons().forEach(n -> inputs.put(n, 0.1 * inputs.size() - 0.3));
        Map<String, Double> targets = new LinkedHashMap<>();
        layers.get(sizes.length - 1).neurons().forEach(n -> targets.put(n, targets.size() % 2 == 0 ? 1.0 : 0.0));
        return new NetworkSpec(layers, weights, biases, LossKind.SQUARED_ERROR, 0.5, inputs, targets, 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void everyTextIsLegibleOnTheStageAndEveryEdgeLabelSitsOnItsOwnEdgeAlone(String name, NetworkSpec spec) {
        Trace trace = Backprop.compute(spec);
        for (Layout layout : NetworkLayout.all(trace)) {
            String step = name + ", " + layout.step().id();
            double scale = STAGE_SCALE * Math.min(STAGE_WIDTH / layout.width(), STAGE_HEIGHT / layout.height());
            for (Label l : layout.labels()) {
                assertTrue(
                        l.size() * scale >= MIN_PX,
                        () -> step + ": \"" + l.text() + "\" renders at " + l.size() * scale + " px in a "
                                + layout.width() + " × " + layout.height() + " viewBox");
            }
            checkEdgeLabels(step, spec, layout, NetworkContent.of(trace, layout.step()));
        }
    }

    private static void checkEdgeLabels(String step, NetworkSpec spec, Layout layout, StepContent content) {
        Map<String, Line> edges = new LinkedHashMap<>();
        for (Line l : layout.lines()) {
            edges.put(part(l.classes()), l);
        }
        Map<String, List<Label>> edgeLabels = new LinkedHashMap<>();
        List<Box> others = new ArrayList<>();
        for (Label l : layout.labels()) {
            if (l.classes().contains("edge-label")) {
                edgeLabels
                        .computeIfAbsent(part(l.classes()), k -> new ArrayList<>())
                        .add(l);
            } else {
                others.add(l.box());
            }
        }
        List<Point> crossings = crossings(new ArrayList<>(edges.values()));
        List<Box> placed = new ArrayList<>();
        for (Weight w : spec.weights()) {
            List<Label> label = edgeLabels.get(w.name());
            if (label == null) {
                for (String line : content.edgeLabels().get(w.name())) {
                    assertTrue(
                            layout.description().contains(RichText.plain(line)),
                            () -> step + ": " + w.name() + " has no label and its \"" + line
                                    + "\" is not in the description");
                }
                continue;
            }
            Box box = LabelPlacer.union(label, new TextWidths());
            Point centre = new Point(box.x() + box.width() / 2, box.y() + box.height() / 2);
            Line own = edges.get(w.name());
            double ownDistance = distance(centre, own);
            assertTrue(ownDistance <= 2, () -> step + ": " + w.name() + "'s label is " + ownDistance + " off its edge");
            for (Map.Entry<String, Line> e : edges.entrySet()) {
                if (e.getValue() == own) {
                    continue;
                }
                double d = distance(centre, e.getValue());
                assertTrue(
                        d > ownDistance + box.height() / 2,
                        () -> step + ": " + w.name() + "'s label is " + d + " from edge " + e.getKey() + ", "
                                + ownDistance + " from its own");
                List<Point> pts = e.getValue().points();
                for (int i = 1; i < pts.size(); i++) {
                    assertTrue(
                            !LabelPlacer.crosses(pts.get(i - 1), pts.get(i), box),
                            step + ": edge " + e.getKey() + " runs under " + w.name() + "'s label");
                }
            }
            for (Point x : crossings) {
                assertTrue(
                        !box.grow(-0.01).overlaps(x, 0.5),
                        () -> step + ": " + w.name() + "'s label covers the crossing at " + x);
            }
            for (Circle c : layout.circles()) {
                assertTrue(
                        !box.overlaps(c.center(), c.radius()),
                        () -> step + ": " + w.name() + "'s label overlaps neuron " + c.name());
            }
            for (Box b : placed) {
                assertTrue(!box.overlaps(b), () -> step + ": " + w.name() + "'s label overlaps another edge label");
            }
            for (Box b : others) {
                assertTrue(!box.overlaps(b), () -> step + ": " + w.name() + "'s label overlaps a text");
            }
            placed.add(box);
        }
        assertTrue(
                spec.weights().stream().map(Weight::name).toList().containsAll(edgeLabels.keySet()),
                () -> step + ": labels of no weight: " + edgeLabels.keySet());
    }

    /** The name after {@code part-} in a mark's classes. */
    private static String part(List<String> classes) {
        return classes.stream()
                .filter(c -> c.startsWith("part-"))
                .findFirst()
                .orElseThrow()
                .substring(5);
    }

    /** Every point where two edges' pieces cross, away from their ends (edges meet at neurons, not there). */
    private static List<Point> crossings(List<Line> edges) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                List<Point> a = edges.get(i).points();
                List<Point> b = edges.get(j).points();
                for (int p = 1; p < a.size(); p++) {
                    for (int q = 1; q < b.size(); q++) {
                        Point x = intersection(a.get(p - 1), a.get(p), b.get(q - 1), b.get(q));
                        if (x != null) {
                            out.add(x);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Point intersection(Point a, Point b, Point c, Point d) {
        double rx = b.x() - a.x();
        double ry = b.y() - a.y();
        double sx = d.x() - c.x();
        double sy = d.y() - c.y();
        double den = rx * sy - ry * sx;
        if (Math.abs(den) < 1e-9) {
            return null;
        }
        double t = ((c.x() - a.x()) * sy - (c.y() - a.y()) * sx) / den;
        double u = ((c.x() - a.x()) * ry - (c.y() - a.y()) * rx) / den;
        if (t <= 0.01 || t >= 0.99 || u <= 0.01 || u >= 0.99) {
            return null;
        }
        return new Point(a.x() + t * rx, a.y() + t * ry);
    }

    /** The distance from {@code p} to the polyline {@code line}. */
    static double distance(Point p, Line line) {
        double best = Double.POSITIVE_INFINITY;
        List<Point> pts = line.points();
        for (int i = 1; i < pts.size(); i++) {
            Point a = pts.get(i - 1);
            Point b = pts.get(i);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len));
            best = Math.min(best, Math.hypot(p.x() - a.x() - t * dx, p.y() - a.y() - t * dy));
        }
        return best;
    }
}
