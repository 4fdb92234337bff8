package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Landscape;
import org.netdeck.compute.LandscapeSpec;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.OptimizerKind;
import org.netdeck.compute.Precision;
import org.netdeck.compute.RunSpec;
import org.netdeck.compute.Setting;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramChoice;
import org.netdeck.content.DiagramStep;
import org.netdeck.content.Limits;
import org.netdeck.testing.DefaultDeck;

/** The landscape step: contour bands from marching squares, paths told apart without colour, the numbers in words. */
class LandscapeLayoutTest {

    private static final Path OUT = Path.of("target", "diagrams");

    /** A linear bowl, L = (3 − 2·w1)² + (1.4 − 2·w2)², lowest at (1.5, 0.7), at α = 0.05. */
    private static NetworkSpec bowl(int iterations) {
        return org.netdeck.testing.TestNetworks.bowl(0.05, iterations);
    }

    private static Trace compared(NetworkSpec n) {
        return Backprop.compute(
                n,
                List.of(RunSpec.of(n, Setting.LEARNING_RATE, 0.01), RunSpec.of(n, Setting.LEARNING_RATE, 0.2)),
                List.of());
    }

    @Test
    void theRegionBelowALevelHoldsExactlyTheGridPointsBelowIt() {
        int n = 21;
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                v[j * n + i] = Math.hypot(i - 8.3, j - 11.6); // a cone: its level sets are circles
            }
        }
        List<List<Point>> rings = Contours.below(v, n, 6.0);
        assertEquals(1, rings.size(), "one disc, one ring");
        Path2D.Double shape = new Path2D.Double();
        for (List<Point> r : rings) {
            shape.moveTo(r.get(0).x(), r.get(0).y());
            r.subList(1, r.size()).forEach(p -> shape.lineTo(p.x(), p.y()));
            shape.closePath();
        }
        for (int j = 1; j < n - 1; j++) {
            for (int i = 1; i < n - 1; i++) {
                double d = v[j * n + i];
                if (Math.abs(d - 6.0) > 0.3) { // clear of the interpolated edge
                    assertEquals(d < 6.0, shape.contains(i, j), "grid point " + i + ", " + j + " at " + d);
                }
            }
        }
        assertEquals(List.of(), Contours.below(v, n, -1.0));
        List<List<Point>> all = Contours.below(v, n, 100.0);
        assertEquals(1, all.size());
        assertEquals(4, Simplify.ring(all.get(0)).size(), "everything below: the square itself, " + all.get(0));
    }

    @Test
    void levelsSplitTheGridIntoBandsOfSimilarArea() {
        double[] v = new double[1000];
        for (int k = 0; k < v.length; k++) {
            v[k] = Math.pow(k / 1000.0, 3); // steep: most values are small
        }
        List<Double> levels = LandscapeLayout.levels(v);
        assertEquals(LandscapeLayout.LEVELS, levels.size());
        assertEquals(0.0014, levels.get(0)); // (1/9)³ = 0.00137, to two significant digits
        List<Double> narrow = LandscapeLayout.levels(java.util.stream.IntStream.range(0, 100)
                .mapToDouble(k -> 0.69 + 0.0002 * k)
                .toArray());
        assertEquals(LandscapeLayout.LEVELS, narrow.size(), "a narrow range still gets every level: " + narrow);
        assertEquals(0.692, narrow.get(0)); // two significant digits of the spread, 0.0198
        for (int k = 1; k < levels.size(); k++) {
            assertTrue(levels.get(k) > levels.get(k - 1));
        }
        assertEquals(List.of(), LandscapeLayout.levels(new double[] {2, 2, 2, 2}), "a flat grid has no contour");
        assertEquals("0.087", LandscapeLayout.level(0.087));
        assertEquals("\u22121.5", LandscapeLayout.level(-1.5));
        assertEquals("band-0", LandscapeLayout.band(0, 9));
        assertEquals("band-8", LandscapeLayout.band(2, 3));
        assertEquals("band-4", LandscapeLayout.band(1, 3));
    }

    @Test
    void clipsAPathToThePlot() {
        Box box = new Box(0, 0, 10, 10);
        List<List<Point>> pieces = LandscapeLayout.clip(
                List.of(new Point(5, 5), new Point(15, 5), new Point(15, 8), new Point(5, 8), new Point(5, 9)), box);
        assertEquals(2, pieces.size());
        assertEquals(List.of(new Point(5, 5), new Point(10, 5)), pieces.get(0));
        assertEquals(List.of(new Point(10, 8), new Point(5, 8), new Point(5, 9)), pieces.get(1));
        assertEquals(List.of(), LandscapeLayout.clip(List.of(new Point(20, 20), new Point(30, 30)), box));
    }

    @Test
    void drawsBandsPathsAndMarkersInsideTheDiagram() {
        Trace trace = compared(bowl(100));
        Landscape land = Landscape.compute(trace, LandscapeSpec.of("w1", "w2"));
        Layout layout = Diagrams.layout(trace, land);
        assertEquals(DiagramStep.LANDSCAPE, layout.step());
        for (Label l : layout.labels()) {
            assertTrue(l.box().inside(layout.bounds()), l.text() + " leaves the diagram");
        }
        List<Mark> bands = layout.marks().stream()
                .filter(m -> m.classes().contains("band") && !m.classes().contains("key"))
                .toList();
        assertTrue(bands.size() >= 5, "bands: " + bands.size());
        assertTrue(bands.get(0).classes().contains("band-8"), "the highest band first, under the rest");
        // three runs: the deck's own (α = 0.05) solid, then 0.01 and 0.2 in their own dash patterns, as in the training
        // plot
        List<List<String>> paths = layout.lines().stream()
                .filter(l ->
                        l.classes().contains("landscape-path") && !l.classes().contains("legend-sample"))
                .map(Line::classes)
                .distinct()
                .toList();
        assertEquals(
                List.of(
                        List.of("landscape-path", "run", "pattern-0", "own"),
                        List.of("landscape-path", "run", "pattern-1", "run-lr_0_01"),
                        List.of("landscape-path", "run", "pattern-2", "run-lr_0_2")),
                paths);
        List<String> texts = layout.labels().stream().map(Label::text).toList();
        assertTrue(
                texts.containsAll(List.of(
                        "$w_1$",
                        "$w_2$",
                        "α = 0.05 (this deck)",
                        "α = 0.2",
                        "start",
                        "after 50 steps",
                        "lowest on the grid")),
                texts.toString());
        assertEquals(
                1,
                layout.circles().stream()
                        .filter(c ->
                                c.classes().contains("start") && !c.classes().contains("legend-sample"))
                        .count());
        assertEquals(
                3,
                layout.circles().stream()
                        .filter(c -> c.classes().contains("end") && !c.classes().contains("legend-sample"))
                        .count());
    }

    @Test
    void aChoiceOfRunsDrawsAndNamesExactlyThoseRunsInTheirOwnPatterns() {
        NetworkSpec n = bowl(100);
        Trace trace = Backprop.compute(
                n,
                List.of(
                        new RunSpec("slow", List.of(Setting.LEARNING_RATE), n.withLearningRate(0.01)),
                        new RunSpec("fast", List.of(Setting.LEARNING_RATE), n.withLearningRate(0.2)),
                        new RunSpec(
                                "adam",
                                List.of(Setting.OPTIMIZER, Setting.LEARNING_RATE),
                                n.withOptimizer(Optimizer.defaults(OptimizerKind.ADAM))
                                        .withLearningRate(0.1))),
                List.of());
        DiagramChoice choice = new DiagramChoice(DiagramStep.LANDSCAPE, List.of("slow", "adam"));
        Landscape land = Landscape.compute(trace, LandscapeSpec.of("w1", "w2"), choice::draws);
        assertEquals(
                List.of("slow", "adam"),
                land.paths().stream().map(Landscape.Path::run).toList());
        Layout layout = Diagrams.layout(trace, land);
        List<String> legends = layout.labels().stream()
                .filter(l -> l.classes().contains("legend"))
                .map(Label::text)
                .toList();
        // the two runs differ in the optimiser and α, so the legend names both; start, end, lowest follow
        assertEquals(
                List.of("sgd, α = 0.01", "adam, α = 0.1", "start", "after 50 steps", "lowest on the grid"), legends);
        List<String> patterns = layout.lines().stream()
                .filter(l -> l.classes().contains("landscape-path"))
                .map(l -> l.classes().get(2) + " " + l.classes().get(3))
                .distinct()
                .toList();
        assertEquals(List.of("pattern-1 run-slow", "pattern-3 run-adam"), patterns, "the patterns of every run's plot");
        // the grid is fitted to the drawn runs' paths alone (issue 30: one colour scale per slide, over its paths)
        Landscape all = Landscape.compute(trace, LandscapeSpec.of("w1", "w2"));
        assertNotEquals(all.x(), land.x());
        for (Landscape.Path p : land.paths()) {
            p.x().forEach(v -> assertTrue(land.x().contains(v), "w1 " + v));
            p.y().forEach(v -> assertTrue(land.y().contains(v), "w2 " + v));
        }
        Diagram d = Diagrams.draw(trace, choice, Optional.of(land));
        assertEquals("landscape-slow-adam", d.name());
        assertEquals("landscape-slow-adam.svg", d.fileName());
        assertTrue(d.inline().contains("aria-labelledby=\"landscape-slow-adam-title landscape-slow-adam-desc\""));
    }

    @Test
    void everyLandscapeDiagramOfADeckSharesOneSetOfBands() {
        NetworkSpec n = bowl(100);
        Trace trace = Backprop.compute(
                n,
                List.of(
                        new RunSpec("slow", List.of(Setting.LEARNING_RATE), n.withLearningRate(0.01)),
                        new RunSpec("fast", List.of(Setting.LEARNING_RATE), n.withLearningRate(0.2))),
                List.of());
        Landscape all = Landscape.compute(trace, LandscapeSpec.of("w1", "w2"));
        LandscapeBands shared = LandscapeBands.of(all);
        Layout slow = Diagrams.layout(trace, shared, "slow"::equals);
        Layout fast = Diagrams.layout(trace, shared, run -> !run.equals("slow"));
        // the contours are traced once (LandscapeBands.of), and both diagrams hold those very regions
        List<Mark> slowBands = slow.marks().stream()
                .filter(m -> m instanceof Region r && !r.classes().contains("key"))
                .toList();
        List<Mark> fastBands = fast.marks().stream()
                .filter(m -> m instanceof Region r && !r.classes().contains("key"))
                .toList();
        assertEquals(shared.regions().size(), slowBands.size());
        assertTrue(shared.regions().size() > 2, "a bowl has several bands");
        for (int k = 0; k < shared.regions().size(); k++) {
            assertSame(shared.regions().get(k), slowBands.get(k));
            assertSame(shared.regions().get(k), fastBands.get(k));
        }
        // the key covers the grid and every path the bands were made with, lowest at the bottom
        List<String> ends = slow.labels().stream()
                .filter(l -> l.classes().contains("key-end"))
                .map(Label::text)
                .toList();
        double lowest = Math.min(
                all.loss().stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                all.paths().stream()
                        .flatMap(p -> p.loss().stream())
                        .mapToDouble(Double::doubleValue)
                        .min()
                        .orElseThrow());
        assertEquals(Numbers.of(lowest, Precision.LOSS), ends.get(0));
        assertEquals(
                List.of("landscape-path run pattern-1 run-slow"),
                slow.lines().stream()
                        .filter(l -> l.classes().contains("landscape-path")
                                && !l.classes().contains("legend-sample"))
                        .map(l -> String.join(" ", l.classes()))
                        .distinct()
                        .toList());
        // bands of another grid are refused, not drawn under the wrong paths
        Landscape other =
                Landscape.compute(trace, new LandscapeSpec("w1", "w2", Optional.empty(), Optional.empty(), 21, 50));
        assertThrows(IllegalArgumentException.class, () -> LandscapeLayout.of(trace, other, shared));
    }

    @Test
    void theTitleAndDescriptionSayWhatIsDrawnWithTheNumbers() {
        Trace trace = compared(bowl(100));
        LandscapeSpec.Range r = new LandscapeSpec.Range(-1, 3);
        Landscape land =
                Landscape.compute(trace, new LandscapeSpec("w1", "w2", Optional.of(r), Optional.of(r), 41, 20));
        Layout layout = Diagrams.layout(trace, land);
        assertEquals("Loss landscape over w1 and w2 (a slice)", layout.title());
        String d = layout.description();
        for (String phrase : List.of(
                "over w1 from \u22121.000 to 3.000 (across) and w2 from \u22121.000 to 3.000 (up), on a 41 × 41 grid",
                "every other parameter held at its initial value",
                "ranges from 0.00, lowest at w1 = 1.500, w2 = 0.700 (marked ×)",
                "starts at w1 = \u22120.500, w2 = 2.500 (L = " + Numbers.of(land.startLoss(), Precision.LOSS) + ")",
                "α = 0.2: after 20 steps w1 = "
                        + Numbers.of(land.paths().get(2).x().get(20), Precision.UPDATED))) {
            assertTrue(d.contains(phrase), "'" + phrase + "' not in: " + d);
        }
    }

    @Test
    void staysSmallAtTheLimitsAndRasterizes() throws IOException, TranscoderException {
        // the largest grid, the most compare runs and the longest paths, on the default deck's sigmoid network
        NetworkSpec n = DefaultDeck.network(LandscapeSpec.MAX_STEPS);
        List<RunSpec> runs = List.of(0.3, 0.5, 1.0, 2.0, 4.0, 8.0).stream()
                .map(a -> RunSpec.of(n, Setting.LEARNING_RATE, a))
                .toList();
        Trace trace = Backprop.compute(n, runs, List.of());
        LandscapeSpec.Range r = new LandscapeSpec.Range(-6, 6);
        Landscape land = Landscape.compute(
                trace,
                new LandscapeSpec(
                        "w1",
                        "w3",
                        Optional.of(r),
                        Optional.of(r),
                        Limits.MAX_LANDSCAPE_GRID,
                        LandscapeSpec.MAX_STEPS));
        Diagram big = SvgWriter.write(Diagrams.layout(trace, land));
        int bytes = big.standalone().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 60_000, "the landscape SVG is " + bytes + " bytes");
        assertFalse(big.standalone().contains("NaN"));
        rasterize("limits-landscape", big);
        Trace deck = org.netdeck.testing.OptimizersDeck.trace();
        rasterize("optimizers-landscape", GoldenDiagramsTest.landscape());
        assertTrue(GoldenDiagramsTest.landscape().standalone().length() < 60_000);
        assertEquals(
                deck.runs().size() + 1,
                org.netdeck.testing.OptimizersDeck.landscape(deck).paths().size());
    }

    private static void rasterize(String name, Diagram d) throws IOException, TranscoderException {
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(name + ".svg"), d.standalone());
        PNGTranscoder png = new PNGTranscoder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        png.transcode(new TranscoderInput(new StringReader(d.standalone())), new TranscoderOutput(bytes));
        Files.write(OUT.resolve(name + ".png"), bytes.toByteArray());
        // a picture at the diagram's own size, drawn on: the colours of its surface, lines and text, not one colour
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertNotNull(image, name + ": not a PNG");
        String svg = d.standalone().substring(d.standalone().indexOf("<svg"));
        svg = svg.substring(0, svg.indexOf('>'));
        assertEquals(attribute(svg, "width"), image.getWidth(), name + " width");
        assertEquals(attribute(svg, "height"), image.getHeight(), name + " height");
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 16, name + " is drawn in " + colours.size() + " colours");
    }

    /** A whole-number attribute of a start tag. */
    private static int attribute(String tag, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"(\\d+)\"").matcher(tag);
        assertTrue(m.find(), "no " + name + " in " + tag);
        return Integer.parseInt(m.group(1));
    }
}
