package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;
import org.netdeck.content.FrontMatter;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.TestNetworks;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class DiagramsTest {

    private static final Path OUT = Path.of("target", "diagrams");

    /** The widest PNG written: wider diagrams are rasterized scaled down to it. */
    private static final int MAX_WIDTH = 1600;

    @Test
    void rasterizesEveryStepOfTheDefaultDeck() throws Exception {
        rasterize("default", DefaultDeck.trace());
    }

    @Test
    void rasterizesTheDefaultDeckWithItsCompareRuns() throws Exception {
        FrontMatter front = DefaultDeck.frontMatter();
        rasterize("compare", Backprop.compute(front.network(), front.compare(), List.of()));
    }

    @Test
    void rasterizesEveryStepOfASoftmaxClassifier() throws Exception {
        rasterize("softmax", softmaxTrace());
    }

    /** The 2-3-3 softmax classifier of {@link TestNetworks#softmax} on its six points, plain SGD. */
    static Trace softmaxTrace() {
        return Backprop.compute(TestNetworks.softmax(TestNetworks.threeClasses(), 6, Optimizer.SGD, 100));
    }

    @Test
    void everySvgIsAccessibleEmbeddableAndNamesItsParts() throws Exception {
        Trace trace = DefaultDeck.trace();
        Set<String> ids = new HashSet<>();
        for (Diagram d : Diagrams.drawAll(trace)) {
            String id = d.step().id();
            assertFalse(d.inline().startsWith("<?xml"), id + " inline has a prolog");
            assertTrue(d.standalone().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"), id);
            // data-formula is arithmetic for tools, in full precision with ASCII minus (checked in
            // ExplainedNumbersTest)
            for (String text : List.of(d.inline(), d.standalone()).stream()
                    .map(t -> t.replaceAll(" data-formula=\"[^\"]*\"", ""))
                    .toList()) {
                assertFalse(text.contains("Dialog"), id);
                assertFalse(text.contains("Batik"), id + " has a generator comment");
                assertFalse(text.contains("<!DOCTYPE"), id);
                assertFalse(
                        text.contains("-0.") || text.contains("0000000"),
                        id + " has a hyphen minus or an unrounded number");
            }
            assertFalse(d.inline().contains("<style"), id + " inline carries a stylesheet");
            assertTrue(d.standalone().contains("prefers-color-scheme: dark"), id);

            Element svg = parse(d.inline());
            assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
            assertEquals("img", svg.getAttribute("role"));
            assertTrue(svg.getAttribute("viewBox").matches("0 0 \\d+ \\d+"), svg.getAttribute("viewBox"));
            assertEquals("", svg.getAttribute("width"), "inline form scales to any width");
            assertEquals(id + "-title " + id + "-desc", svg.getAttribute("aria-labelledby"));
            assertEquals("system-ui, sans-serif", svg.getAttribute("font-family"));
            assertEquals(d.title(), text(svg, "title").get(0));
            assertEquals(d.description(), text(svg, "desc").get(0));
            NodeList all = svg.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttribute("id")) {
                    assertTrue(e.getAttribute("id").startsWith(id + "-"), e.getAttribute("id"));
                    assertTrue(ids.add(e.getAttribute("id")), "repeated id " + e.getAttribute("id"));
                }
                if (e.getTagName().equals("text")) {
                    assertTrue(
                            List.of("start", "middle", "end").contains(e.getAttribute("text-anchor")),
                            id + " text without anchor");
                    assertTrue(e.getAttribute("class").startsWith("label"), id + " text without label class");
                }
                if (List.of("path", "circle", "rect").contains(e.getTagName())) {
                    assertFalse(e.getAttribute("class").isEmpty(), id + " " + e.getTagName() + " without a class");
                }
            }
            List<String> texts = text(svg, "text");
            if (d.step() != DiagramStep.TRAINING) {
                for (String n : trace.network().neurons()) {
                    String shown = n.equals("yhat") ? "ŷ" : n; // x_1 reads "x1" with its tspans joined
                    assertTrue(texts.contains(shown), id + " misses neuron " + n);
                }
                for (String w : trace.params().keySet()) {
                    // the layers step places a weight by its row and column (its cell's part-NAME and the
                    // description name it)
                    assertTrue(
                            d.step() == DiagramStep.LAYERS
                                    ? d.inline().contains("part-" + w)
                                            && d.description().contains(w)
                                    : texts.stream().anyMatch(t -> t.contains(w)),
                            id + " misses weight " + w);
                }
            }
            assertTrue(texts.containsAll(expectedNumbers(trace, d.step())), id + ": " + texts);
        }
    }

    @Test
    void isByteIdenticalAcrossRuns() {
        List<Trace> traces = List.of(
                DefaultDeck.trace(),
                Backprop.compute(
                        TestNetworks.generated(4, 5, 2, TestNetworks.Wiring.DENSE, LossKind.BINARY_CROSS_ENTROPY, 50)),
                Backprop.compute(
                        TestNetworks.generated(3, 3, 1, TestNetworks.Wiring.SKIP, LossKind.MEAN_SQUARED_ERROR, 0)),
                Backprop.compute(
                        TestNetworks.generated(6, 8, 3, TestNetworks.Wiring.SPARSE, LossKind.HALF_SQUARED_ERROR, 300)),
                Backprop.compute(
                        TestNetworks.generated(2, 2, 1, TestNetworks.Wiring.DENSE, LossKind.MEAN_SQUARED_ERROR, 10)));
        for (Trace trace : traces) {
            List<Diagram> first = Diagrams.drawAll(trace);
            List<Diagram> second = Diagrams.drawAll(trace);
            assertEquals(8, first.size());
            assertEquals(first, second);
        }
        Layout forward = Diagrams.layout(DefaultDeck.trace(), DiagramStep.FORWARD); // one step drawn alone
        assertEquals(Diagrams.drawAll(DefaultDeck.trace()).get(1), SvgWriter.write(forward));
    }

    /** Texts each step must show, built here from the Trace in the documented format. */
    private static List<String> expectedNumbers(Trace t, DiagramStep step) {
        return switch (step) {
            case ARCHITECTURE ->
                List.of("w1", "0.800", "\u22120.500", "4 learnable parameters (4 weights, 0 trainable biases)");
            case FORWARD ->
                List.of(
                        "0.500",
                        "0.800",
                        Numbers.value(t.forward().a().get("h1")),
                        Numbers.value(t.forward().a().get("yhat")),
                        "forward pass →");
            case LOSS ->
                List.of(
                        "ŷ = " + Numbers.value(t.forward().a().get("yhat")),
                        "y = 1.000",
                        "L = (1.000 − " + Numbers.value(t.forward().a().get("yhat")) + ")² = "
                                + Numbers.of(t.loss(), Precision.LOSS));
            case OUTPUT_GRADIENT ->
                List.of("∂L/∂ŷ", Numbers.of(t.backward().dLda().get("yhat"), Precision.GRADIENT), "← backward pass");
            case CHAIN_RULE ->
                List.of(
                        "∂L/∂w1",
                        Numbers.of(t.gradients().get("w1"), Precision.GRADIENT),
                        "∂L/∂w4",
                        Numbers.of(t.gradients().get("w4"), Precision.GRADIENT),
                        "δ " + Numbers.of(t.deltas().get("h2"), Precision.GRADIENT),
                        "δ " + Numbers.of(t.deltas().get("yhat"), Precision.GRADIENT));
            case UPDATE ->
                List.of(
                        "w3",
                        "0.900",
                        "→ " + Numbers.of(t.updated().params().get("w3"), Precision.UPDATED),
                        "ŷ: " + Numbers.value(t.forward().a().get("yhat")));
            case LAYERS -> List.of("W of hidden (2×2)", "0.800", "−0.500", "·", "no weight");
            case TRAINING -> List.of("start: L = " + Numbers.of(t.loss(), Precision.LOSS), "iteration");
            case LANDSCAPE -> throw new IllegalArgumentException("drawAll(trace) draws no landscape");
        };
    }

    static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)))
                .getDocumentElement();
    }

    private static List<String> text(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static void rasterize(String name, Trace trace) throws Exception {
        Files.createDirectories(OUT);
        for (Diagram d : Diagrams.drawAll(trace)) {
            Files.writeString(OUT.resolve(name + "-" + d.fileName()), d.standalone());
            PNGTranscoder png = new PNGTranscoder();
            // a wider diagram is scaled down to it: the whole drawing still goes through Batik's renderer, only into
            // fewer pixels (a large network's 4,000-pixel PNGs took most of this class's time to paint and compress)
            png.addTranscodingHint(PNGTranscoder.KEY_MAX_WIDTH, (float) MAX_WIDTH);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            png.transcode(new TranscoderInput(new StringReader(d.standalone())), new TranscoderOutput(bytes));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
            Element svg = parse(d.inline());
            String[] box = svg.getAttribute("viewBox").split(" ");
            double width = Double.parseDouble(box[2]);
            double height = Double.parseDouble(box[3]);
            assertEquals(Math.min(width, MAX_WIDTH), image.getWidth(), 1, d.step() + " width");
            assertEquals(height * image.getWidth() / width, image.getHeight(), 1, d.step() + " height");
            int ink = 0; // pixels drawn dark: lines, text and rings, not the white background
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    ink += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
                }
            }
            assertTrue(ink > image.getWidth() * image.getHeight() / 200, d.step() + ": only " + ink + " dark pixels");
            Files.write(OUT.resolve(name + "-" + d.step().id() + ".png"), bytes.toByteArray());
        }
    }
}
