package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.dom.GenericDOMImplementation;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.Fuzz;
import org.netdeck.testing.OptimizersDeck;
import org.netdeck.testing.TestNetworks;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@link XmlText} writes the same bytes as the JDK's identity transformer (indent="yes", indent-amount 1, UTF-8),
 * which wrote every diagram before it: on every diagram of several networks, in both forms, and on random trees
 * holding every character class the JDK escapes differently in text and in attributes.
 */
class XmlTextTest {

    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    @Test
    void everyDiagramOfSeveralNetworksIsWrittenAsTheJdkWritesIt() {
        List<Trace> traces = List.of(
                DefaultDeck.trace(),
                OptimizersDeck.trace(),
                Backprop.compute(
                        TestNetworks.generated(4, 5, 2, TestNetworks.Wiring.DENSE, LossKind.BINARY_CROSS_ENTROPY, 50)),
                Backprop.compute(
                        TestNetworks.generated(3, 3, 1, TestNetworks.Wiring.SKIP, LossKind.MEAN_SQUARED_ERROR, 0)),
                Backprop.compute(
                        TestNetworks.generated(6, 8, 3, TestNetworks.Wiring.SPARSE, LossKind.HALF_SQUARED_ERROR, 300)));
        int diagrams = 0;
        for (Trace trace : traces) {
            List<Layout> layouts = new ArrayList<>();
            for (DiagramStep step : DiagramStep.values()) {
                if (step != DiagramStep.LANDSCAPE) {
                    layouts.add(Diagrams.layout(trace, step));
                }
            }
            for (Layout layout : layouts) {
                Document doc = Painter.paint(layout);
                Diagram d = SvgWriter.write(layout, doc); // leaves doc in its standalone form
                same(jdk(doc, true), d.standalone(), layout.step() + " standalone");
                Element svg = doc.getDocumentElement();
                same(jdk(svg, false), XmlText.of(svg), layout.step() + " element");
                // the inline form is the standalone one (just held to the JDK's bytes) without what only a file has:
                // the XML declaration, width and height, the stylesheet
                String file = jdk(doc, true);
                String root = file.substring(file.indexOf('\n') + 1);
                int tag = root.indexOf('>') + 1;
                List<String> rootAttributes = attributes(root.substring(0, tag));
                rootAttributes.removeIf(a -> a.startsWith("width=") || a.startsWith("height="));
                assertEquals(
                        rootAttributes,
                        attributes(d.inline().substring(0, d.inline().indexOf('>') + 1)));
                int style = root.indexOf("\n <style>");
                String body = root.substring(tag, style) + root.substring(root.indexOf("</style>", style) + 8);
                same(body, d.inline().substring(d.inline().indexOf('>') + 1), layout.step() + " inline");
                assertTrue(d.inline().startsWith("<svg "), d.inline());
                diagrams++;
            }
        }
        Layout landscape = Diagrams.layout(OptimizersDeck.trace(), OptimizersDeck.landscape(OptimizersDeck.trace()));
        Document doc = Painter.paint(landscape);
        String standalone = SvgWriter.write(landscape, doc).standalone();
        same(jdk(doc, true), standalone, "landscape");
        assertTrue(diagrams >= 35, diagrams + " diagrams");
    }

    /** Every character class with its own rule, plus markup characters, in random trees of the shapes we write. */
    @Test
    void randomTreesAreWrittenAsTheJdkWritesThem() {
        String[] pieces = {
            "a",
            "Z",
            "0",
            " ",
            "  ",
            "&",
            "<",
            ">",
            "\"",
            "'",
            "\n",
            "\t",
            "\r",
            "\r\n",
            "\u0001",
            "\u001f",
            "\u007f",
            "\u0085",
            "\u009f",
            "\u00a0",
            "é",
            "ŷ",
            "−",
            "∂",
            "\u2028",
            "\ufffd",
            "\ud83d\ude00",
            "\ud835\udc64",
            "]]>",
            "]]",
            "&amp;",
            "#",
            "url(#x)"
        };
        Random random = new Random(20261203);
        for (int round = Fuzz.cases(2_000); round > 0; round--) {
            Document doc = GenericDOMImplementation.getDOMImplementation().createDocument(Painter.SVG_NS, "svg", null);
            Element root = doc.getDocumentElement();
            fill(doc, root, random, pieces, 0);
            String context = "round " + round;
            same(jdk(root, false), XmlText.of(root), context + " (element)");
            if (allElements(root)) { // written in parts, as SvgWriter writes a diagram's two forms
                StringBuilder parts = new StringBuilder(XmlText.open(root));
                XmlText.children(root).forEach(parts::append);
                same(
                        XmlText.of(root),
                        parts.append(XmlText.close(root)).append('\n').toString(),
                        context + " (parts)");
            }
            same(jdk(doc, true), XmlText.of(doc), context + " (document)");
        }
    }

    /** Whether {@code e} has children, all elements, outside xml:space="preserve" (what {@link XmlText#children} takes). */
    private static boolean allElements(Element e) {
        if (!e.hasChildNodes()
                || e.getAttributeNS(XML, "space").equals("preserve")
                || e.getAttribute("xml:space").equals("preserve")) {
            return false;
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element)) {
                return false;
            }
        }
        return true;
    }

    /** The attributes of a start tag, in sorted order. */
    private static List<String> attributes(String startTag) {
        List<String> list = new ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile(" ([^ =]+)=\"([^\"]*)\"").matcher(startTag);
        while (m.find()) {
            list.add(m.group(1) + "=" + m.group(2));
        }
        list.sort(null);
        return list;
    }

    @Test
    void refusesWhatADiagramNeverHolds() {
        Document doc = GenericDOMImplementation.getDOMImplementation().createDocument(Painter.SVG_NS, "svg", null);
        doc.getDocumentElement().appendChild(doc.createComment("generator"));
        assertThrows(IllegalArgumentException.class, () -> XmlText.of(doc));
        Document mixed = GenericDOMImplementation.getDOMImplementation().createDocument(Painter.SVG_NS, "svg", null);
        Element style = mixed.createElementNS(Painter.SVG_NS, "style");
        style.appendChild(mixed.createCDATASection("a"));
        style.appendChild(mixed.createTextNode("b"));
        mixed.getDocumentElement().appendChild(style);
        assertThrows(IllegalArgumentException.class, () -> XmlText.of(mixed));
        style.removeChild(style.getLastChild());
        style.getFirstChild().setNodeValue("a\u0001");
        assertThrows(IllegalArgumentException.class, () -> XmlText.of(mixed));
    }

    private static void fill(Document doc, Element e, Random random, String[] pieces, int depth) {
        String[] names = {"g", "text", "tspan", "path", "title", "desc", "style", "rect"};
        String[] attributes = {"class", "d", "x", "data-note", "aria-label", "id", "fill"};
        for (int a = random.nextInt(4); a > 0; a--) {
            e.setAttribute(attributes[random.nextInt(attributes.length)], text(random, pieces));
        }
        if (random.nextInt(5) == 0) {
            e.setAttributeNS(XML, "xml:space", random.nextInt(3) == 0 ? "default" : "preserve");
        }
        if (depth > 0 && random.nextInt(8) == 0) { // a stylesheet: CDATA only ever stands alone
            e.appendChild(doc.createCDATASection(
                    text(random, pieces).replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x{10000}-\\x{10FFFF}]", "")));
            return;
        }
        int children = depth >= 4 ? 0 : random.nextInt(5);
        for (int c = 0; c < children; c++) {
            if (random.nextInt(5) < 3) {
                Element child = doc.createElementNS(Painter.SVG_NS, names[random.nextInt(names.length)]);
                e.appendChild(child);
                fill(doc, child, random, pieces, depth + 1);
            } else {
                e.appendChild(doc.createTextNode(text(random, pieces)));
            }
        }
    }

    private static String text(Random random, String[] pieces) {
        StringBuilder s = new StringBuilder();
        for (int k = 1 + random.nextInt(6); k > 0; k--) {
            s.append(pieces[random.nextInt(pieces.length)]);
        }
        return s.toString();
    }

    private static void same(String expected, String actual, String what) {
        String difference = GoldenDiagramsTest.firstDifference(expected, actual);
        if (difference != null) { // both texts whole, to compare with a diff tool
            try {
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "xmltext-jdk.txt"), expected);
                Files.writeString(Path.of("target", "xmltext-ours.txt"), actual);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertNull(
                difference,
                () -> what + " (whole texts: target/xmltext-jdk.txt, target/xmltext-ours.txt): " + difference);
    }

    /** What SvgWriter wrote with before XmlText: the JDK's own serializer, as it was configured there. */
    private static String jdk(Node node, boolean prolog) {
        try {
            Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, prolog ? "no" : "yes");
            if (prolog) {
                ((Document) node).setXmlStandalone(true);
                t.setOutputProperty("http://www.oracle.com/xml/is-standalone", "yes");
            }
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(node), new StreamResult(out));
            return out.toString().replace("\r\n", "\n").strip() + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
