package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.content.DiagramStep;
import org.netdeck.math.TextRun;
import org.netdeck.math.TextRuns;
import org.netdeck.testing.DefaultDeck;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Display labels are drawn with real subscripts and accents: SVG tspans, never ASCII. */
class LabelTspanTest {

    /** Every neuron-name {@code <text>} of the forward step. */
    private static List<Element> names() throws Exception {
        Layout forward = Diagrams.layout(DefaultDeck.trace(), DiagramStep.FORWARD);
        Element svg = DiagramsTest.parse(SvgWriter.write(forward).standalone());
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        List<Element> names = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getAttribute("class").contains("neuron-name")) {
                names.add(t);
            }
        }
        return names;
    }

    private static List<Element> spans(Element text) {
        NodeList l = text.getElementsByTagNameNS("*", "tspan");
        List<Element> spans = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            spans.add((Element) l.item(i));
        }
        return spans;
    }

    @Test
    void x1IsAnItalicXWithALoweredSmallerOne() throws Exception {
        Element x1 = names().stream()
                .filter(t -> t.getTextContent().equals("x1"))
                .findFirst()
                .orElseThrow();
        assertEquals("middle", x1.getAttribute("text-anchor"), "centred by the anchor, not by measuring");
        List<Element> spans = spans(x1);
        assertEquals(2, spans.size());
        assertEquals("x", spans.get(0).getTextContent());
        assertEquals("italic", spans.get(0).getAttribute("font-style"));
        assertEquals("", spans.get(0).getAttribute("dy"));
        assertEquals("1", spans.get(1).getTextContent());
        assertTrue(Double.parseDouble(spans.get(1).getAttribute("dy")) > 0, "the subscript is lowered");
        double sub = Double.parseDouble(spans.get(1).getAttribute("font-size"));
        assertEquals(
                Math.max(NetworkGeometry.NAME_SIZE * RichText.SCRIPT_SCALE, NetworkGeometry.SMALLEST_SIZE),
                sub,
                0.01,
                "and smaller, but no smaller than the smallest text a diagram draws");
        assertTrue(sub < NetworkGeometry.NAME_SIZE, "smaller than its base");
        spans.forEach(s -> assertTrue(s.getAttribute("x").isEmpty(), "no x: one text chunk"));
    }

    @Test
    void yhatIsAYWithAHat() throws Exception {
        Element y = names().stream()
                .filter(t -> t.getTextContent().equals("\u0177"))
                .findFirst()
                .orElseThrow();
        List<Element> spans = spans(y);
        assertEquals(1, spans.size());
        assertEquals("\u0177", spans.get(0).getTextContent(), "ŷ, precomposed");
        assertEquals("italic", spans.get(0).getAttribute("font-style"));
    }

    @Test
    void nestedScriptsGoDownTwiceAndComeBack() {
        List<TextRun> runs = RichText.runs("∂L/∂$z_{h_1}$ = 1");
        assertEquals("∂L/∂zh1 = 1", TextRuns.plain(runs));
        // at 30 units: z at 30, h at 0.7 × 30 = 21, 1 at 0.49 × 30 = 14.7 raised to the floor, 15
        assertEquals(
                0.6 * 30 * (4 + 1) + 0.6 * (21 + 15) + 0.6 * 30 * 4, RichText.width("∂L/∂$z_{h_1}$ = 1", 30), 1e-9);
        // at 10 units (under the floor) scripts keep the text's size
        assertEquals(0.6 * 10 * 11, RichText.width("∂L/∂$z_{h_1}$ = 1", 10), 1e-9);
        assertEquals("x1", RichText.plain("$x_1$"));
    }
}
