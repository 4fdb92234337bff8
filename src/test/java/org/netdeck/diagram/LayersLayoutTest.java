package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;
import org.netdeck.content.Limits;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.TestNetworks;

/** The {@code layers} step: a column vector per layer, a grid of values per weight matrix, a key, words for all. */
class LayersLayoutTest {

    private static final Trace MAZUR = Backprop.compute(TestNetworks.mazur(0));

    private static List<Label> labels(Layout l, String cls) {
        return l.labels().stream().filter(x -> x.classes().contains(cls)).toList();
    }

    private static List<Region> cells(Layout l, String cls) {
        return l.marks().stream()
                .filter(Region.class::isInstance)
                .map(Region.class::cast)
                .filter(r -> r.classes().contains(cls))
                .toList();
    }

    private static Label valueOf(Layout l, String part) {
        return labels(l, "cell-value").stream()
                .filter(x -> x.classes().contains("part-" + part))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell value for " + part));
    }

    @Test
    void eachWeightIsACellInItsRowAndColumn() {
        Layout l = Diagrams.layout(MAZUR, DiagramStep.LAYERS);
        assertEquals(DiagramStep.LAYERS, l.step());
        // w5 h1→o1, w6 h2→o1, w7 h1→o2, w8 h2→o2: row = the neuron it goes to, column = the one it comes from
        Label w5 = valueOf(l, "w5");
        Label w6 = valueOf(l, "w6");
        Label w7 = valueOf(l, "w7");
        assertEquals("0.400", w5.text());
        assertEquals(w5.at().y(), w6.at().y(), 0.0, "w5 and w6 share o1's row");
        assertTrue(w6.at().x() > w5.at().x(), "h2's column after h1's");
        assertEquals(w5.at().x(), w7.at().x(), 0.0, "w5 and w7 share h1's column");
        assertTrue(w7.at().y() > w5.at().y(), "o2's row under o1's");
        // the layers' vectors carry the activations, the bias vectors the biases
        assertEquals(
                Numbers.value(MAZUR.forward().a().get("o1")), valueOf(l, "o1").text());
        assertEquals("0.350", valueOf(l, "b1").text());
        assertEquals(
                8,
                l.marks().stream()
                        .filter(Region.class::isInstance)
                        .filter(r -> ((Region) r).classes().stream().anyMatch(c -> c.matches("part-w\\d")))
                        .count(),
                "eight weight cells");
        assertEquals(
                List.of("W of hidden (2×2)", "+ b", "W of output (2×2)", "+ b"),
                labels(l, "layer-label").stream()
                        .map(Label::text)
                        .filter(t -> t.startsWith("W") || t.startsWith("+"))
                        .toList());
    }

    @Test
    void signAndSizeAreShownByMoreThanColour() {
        Layout l = Diagrams.layout(Backprop.compute(DefaultDeck.network()), DiagramStep.LAYERS);
        // w2 = −0.5: its value has the minus sign, its cell is "negative" and its outline dashed
        assertEquals("−0.500", valueOf(l, "w2").text());
        Region cell = l.marks().stream()
                .filter(Region.class::isInstance)
                .map(Region.class::cast)
                .filter(r -> r.classes().contains("part-w2"))
                .findFirst()
                .orElseThrow();
        assertTrue(cell.classes().contains("negative"), cell.classes().toString());
        assertTrue(l.lines().stream()
                .anyMatch(x -> x.classes().contains("part-w2") && x.classes().contains("cell-border") && x.dashed()));
        // the largest |w| is in the deepest shade
        Region w1 = cells(l, "part-w1").get(0);
        assertTrue(w1.classes().contains("size-3"), w1.classes().toString()); // 0.9 is w3's; 0.8 ≥ 3/4 of it
        // a missing connection is a dotted blank cell, and the key explains it
        assertEquals(3, cells(l, "none").size(), "x2→h1 and x1→h2 have no weight; plus the key's sample");
        List<String> key = labels(l, "legend").stream().map(Label::text).toList();
        assertTrue(
                key.containsAll(List.of("positive", "negative (dashed)", "deeper: larger |w|", "no weight")),
                key.toString());
    }

    @Test
    void theDescriptionListsEveryMatrixRowByRow() {
        String d = Diagrams.layout(MAZUR, DiagramStep.LAYERS).description();
        assertTrue(
                d.contains(
                        "W of output, 2 by 2, columns h1, h2: row o1 w5 0.400, w6 0.450; row o2 w7 0.500, w8 0.550."),
                d);
        assertTrue(d.contains("W of hidden, 2 by 2, columns i1, i2: row h1 w1 0.150, w2 0.200;"), d);
        assertTrue(d.contains("b of output: 0.600, 0.600."), d);
        assertTrue(d.contains("Layer output, a = o1 0.751, o2 0.773."), d);
    }

    static Stream<NetworkSpec> largest() {
        // the limits: 24 neurons a layer, 256 weights; dense 10-24-… and sparse 12-layer networks, and skips
        return Stream.of(
                wide(),
                TestNetworks.generated(Limits.MAX_LAYERS, 4, 4, TestNetworks.Wiring.SPARSE, LossKind.SQUARED_ERROR, 0),
                TestNetworks.generated(4, 5, 2, TestNetworks.Wiring.SKIP, LossKind.SQUARED_ERROR, 0));
    }

    /** 24 inputs (the most a layer may have), 8 hidden, 8 outputs, dense: 256 weights, the most a network may have. */
    static NetworkSpec wide() {
        List<org.netdeck.compute.Layer> layers = new ArrayList<>();
        List<org.netdeck.compute.Weight> weights = new ArrayList<>();
        java.util.Map<String, Double> inputs = new java.util.LinkedHashMap<>();
        java.util.Map<String, Double> targets = new java.util.LinkedHashMap<>();
        int[] sizes = {Limits.MAX_NEURONS_PER_LAYER, 8, 8};
        String[] prefix = {"x", "h", "y"};
        List<List<String>> names = new ArrayList<>();
        for (int l = 0; l < sizes.length; l++) {
            List<String> n = new ArrayList<>();
            for (int k = 1; k <= sizes[l]; k++) {
                n.add(prefix[l] + k);
            }
            names.add(n);
            layers.add(new org.netdeck.compute.Layer(
                    List.of("input", "hidden", "output").get(l),
                    n,
                    l == 0 ? org.netdeck.compute.Activation.LINEAR : org.netdeck.compute.Activation.SIGMOID));
        }
        for (int l = 1; l < sizes.length; l++) {
            for (String to : names.get(l)) {
                for (String from : names.get(l - 1)) {
                    int k = weights.size();
                    weights.add(new org.netdeck.compute.Weight(
                            "w" + (k + 1), from, to, (k % 2 == 0 ? 1 : -1) * 0.013 * (k % 77)));
                }
            }
        }
        names.get(0).forEach(x -> inputs.put(x, 0.5));
        names.get(2).forEach(y -> targets.put(y, 1.0));
        return new NetworkSpec(layers, weights, List.of(), LossKind.SQUARED_ERROR, 0.1, inputs, targets, 0);
    }

    @ParameterizedTest
    @MethodSource("largest")
    void aLargeNetworkKeepsItsTextSizeAndNoTextOverlaps(NetworkSpec spec) {
        assertTrue(
                spec.weights().size() <= Limits.MAX_WEIGHTS,
                "within the limits: " + spec.weights().size());
        Layout l = Diagrams.layout(Backprop.compute(spec), DiagramStep.LAYERS);
        List<Label> text = l.labels();
        for (Label t : text) {
            assertTrue(t.size() >= LayersLayout.VALUE_SIZE, t.text() + " at " + t.size());
            assertTrue(t.box().inside(l.bounds()), t.text() + " outside the diagram");
        }
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            for (int j = i + 1; j < text.size(); j++) {
                if (text.get(i).box().overlaps(text.get(j).box())) {
                    overlaps.add(text.get(i).text() + " / " + text.get(j).text());
                }
            }
        }
        assertEquals(List.of(), overlaps);
        List<String> inCells = l.marks().stream()
                .filter(Region.class::isInstance)
                .flatMap(r -> ((Region) r).classes().stream())
                .filter(c -> c.startsWith("part-"))
                .map(c -> c.substring(5))
                .toList();
        List<String> adjacent = spec.weights().stream()
                .filter(w -> layer(spec, w.to()) == layer(spec, w.from()) + 1)
                .map(org.netdeck.compute.Weight::name)
                .toList();
        assertTrue(inCells.containsAll(adjacent), "a cell for every weight between adjacent layers");
        assertTrue(
                spec.weights().stream()
                        .filter(w -> !adjacent.contains(w.name()))
                        .noneMatch(w -> inCells.contains(w.name())),
                "none for a weight that skips a layer");
        // wrapped into rows: about as wide as a slide's diagram, not a strip
        assertTrue(l.width() < 4 * l.height(), l.width() + " × " + l.height());
    }

    private static int layer(NetworkSpec spec, String neuron) {
        for (int l = 0; ; l++) {
            if (spec.layers().get(l).neurons().contains(neuron)) {
                return l;
            }
        }
    }

    @Test
    void aWeightThatSkipsALayerIsNamedUnderTheKey() {
        Layout l = Diagrams.layout(
                Backprop.compute(TestNetworks.generated(4, 5, 2, TestNetworks.Wiring.SKIP, LossKind.SQUARED_ERROR, 0)),
                DiagramStep.LAYERS);
        String note = labels(l, "caption").get(0).text();
        assertTrue(note.startsWith("skipping a layer, not in the grids: sx1 (x1 → y1) 0.300"), note);
        assertTrue(l.description().contains("Weights that skip a layer, in no grid: sx1"), l.description());
    }

    @Test
    void mazursLayersMatchTheGoldenFile() throws IOException {
        Path file = Path.of("src", "test", "resources", "golden", "layers-mazur.svg");
        String svg = SvgWriter.write(Diagrams.layout(MAZUR, DiagramStep.LAYERS)).standalone();
        if (Boolean.getBoolean("netdeck.updateGolden")) {
            Files.writeString(file, svg, StandardCharsets.UTF_8);
            return;
        }
        String difference = GoldenDiagramsTest.firstDifference(Files.readString(file, StandardCharsets.UTF_8), svg);
        if (difference != null) {
            fail(file + ": " + difference + " (if intended: -Dnetdeck.updateGolden=true)");
        }
    }
}
