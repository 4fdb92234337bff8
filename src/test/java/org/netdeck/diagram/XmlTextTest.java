package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** {@link XmlText}: the shape it writes, its escapes, and random trees read back by the JDK's parser unchanged. */
class XmlTextTest {

    @Test
    void writesElementChildrenIndentedAndTextOnItsLine() {
        Document doc = SvgWriter.document();
        Element svg = doc.getDocumentElement();
        svg.setAttribute("viewBox", "0 0 10 10");
        svg.setAttribute("class", "a");
        Element title = doc.createElementNS(SvgWriter.SVG_NS, "title");
        title.setTextContent("T");
        Element g = doc.createElementNS(SvgWriter.SVG_NS, "g");
        Element text = doc.createElementNS(SvgWriter.SVG_NS, "text");
        Element span = doc.createElementNS(SvgWriter.SVG_NS, "tspan");
        span.setTextContent("x");
        text.appendChild(span);
        text.appendChild(doc.createTextNode(" = 1"));
        g.appendChild(text);
        Element preserved = doc.createElementNS(SvgWriter.SVG_NS, "text");
        preserved.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
        preserved.appendChild(span.cloneNode(true));
        preserved.appendChild(span.cloneNode(true));
        g.appendChild(preserved);
        g.appendChild(doc.createElementNS(SvgWriter.SVG_NS, "path"));
        svg.appendChild(title);
        svg.appendChild(g);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg class="a" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">
                 <title>T</title>
                 <g>
                  <text><tspan>x</tspan> = 1</text>
                  <text xml:space="preserve"><tspan>x</tspan><tspan>x</tspan></text>
                  <path/>
                 </g>
                </svg>
                """, XmlText.of(doc));
        StringBuilder parts = new StringBuilder(XmlText.open(svg));
        XmlText.children(svg).forEach(parts::append);
        assertEquals(
                XmlText.of(svg), parts.append(XmlText.close(svg)).append('\n').toString());
    }

    @Test
    void escapesMarkupAndControls() {
        Document doc = SvgWriter.document();
        Element svg = doc.getDocumentElement();
        svg.setAttribute("data-x", "a&b<c>\"d'\te\nf\rg");
        svg.setTextContent("a&b<c>\"d'\te\nf\rg\u0001 ŷ \ud83d\ude00");
        assertEquals(
                "<svg data-x=\"a&amp;b&lt;c&gt;&quot;d'&#9;e&#10;f&#13;g\" xmlns=\"http://www.w3.org/2000/svg\">"
                        + "a&amp;b&lt;c&gt;\"d'\te\nf&#13;g&#1; ŷ \ud83d\ude00</svg>\n",
                XmlText.of(svg));
        Element style = doc.createElementNS(SvgWriter.SVG_NS, "style");
        style.appendChild(doc.createCDATASection("a]]>b\r\nc"));
        assertEquals(
                "<style xmlns=\"http://www.w3.org/2000/svg\"><![CDATA[a]]]]><![CDATA[>b\nc]]></style>\n",
                XmlText.of(style));
    }

    @Test
    void refusesWhatADiagramNeverHolds() {
        Document doc = SvgWriter.document();
        doc.getDocumentElement().appendChild(doc.createComment("generator"));
        assertThrows(IllegalArgumentException.class, () -> XmlText.of(doc));
        Document text = SvgWriter.document();
        text.getDocumentElement().setTextContent("a");
        assertThrows(IllegalArgumentException.class, () -> XmlText.children(text.getDocumentElement()));
    }

    /** Random trees of the shapes we write, with markup and non-ASCII characters: the parser reads back the tree. */
    @Test
    void randomTreesReadBackAsWritten() throws Exception {
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
            "\u007f",
            "\u0085",
            "\u00a0",
            "é",
            "ŷ",
            "−",
            "∂",
            "\u2028",
            "\ufffd",
            "\ud83d\ude00",
            "]]>",
            "]]",
            "&amp;",
            "#"
        };
        Random random = new Random(20261203);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setCoalescing(true); // CDATA read as text
        for (int round = 0; round < 1_000; round++) {
            Document doc = SvgWriter.document();
            fill(doc, doc.getDocumentElement(), random, pieces, 0);
            String written = XmlText.of(doc);
            Document read = f.newDocumentBuilder().parse(new InputSource(new StringReader(written)));
            assertEquals(
                    describe(doc.getDocumentElement(), false),
                    describe(read.getDocumentElement(), true),
                    "round " + round + ":\n" + written);
        }
    }

    /**
     * A tree as text: each element's name, namespace and attributes, and its text; with {@code indented}, the line
     * breaks and spaces the writer puts between element children are left out (they are not in the written tree).
     */
    private static String describe(Node n, boolean indented) {
        if (!(n instanceof Element e)) {
            return "[" + n.getNodeValue().replace("\r\n", "\n") + "]";
        }
        TreeMap<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            if (!map.item(i).getNodeName().equals("xmlns")) {
                attributes.put(map.item(i).getNodeName(), map.item(i).getNodeValue());
            }
        }
        List<Node> children = new ArrayList<>();
        boolean onlyElements = true;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            children.add(c);
            onlyElements &=
                    c instanceof Element || (indented && c.getNodeValue().isBlank());
        }
        StringBuilder s = new StringBuilder("<" + e.getNamespaceURI() + " " + e.getLocalName() + " " + attributes);
        String text = null;
        for (Node c : children) {
            if (onlyElements && !(c instanceof Element)) {
                continue;
            }
            if (c instanceof Element) {
                s.append(describe(c, indented));
            } else { // adjacent texts (text and CDATA) are one run once parsed
                text = (text == null ? "" : text) + c.getNodeValue().replace("\r\n", "\n");
                if (c.getNextSibling() == null || c.getNextSibling() instanceof Element) {
                    s.append('[').append(text).append(']');
                    text = null;
                }
            }
        }
        return s.append('>').toString();
    }

    private static void fill(Document doc, Element e, Random random, String[] pieces, int depth) {
        String[] names = {"g", "text", "tspan", "path", "title", "desc", "style", "rect"};
        String[] attributes = {"class", "d", "x", "data-note", "aria-label", "id", "fill"};
        for (int a = random.nextInt(4); a > 0; a--) {
            e.setAttribute(attributes[random.nextInt(attributes.length)], text(random, pieces));
        }
        if (depth > 0 && random.nextInt(8) == 0) { // a stylesheet: CDATA only ever stands alone
            e.appendChild(doc.createCDATASection("a" + text(random, pieces).replace("\r", "")));
            return;
        }
        int children = depth >= 4 ? 0 : random.nextInt(5);
        for (int c = 0; c < children; c++) {
            if (random.nextInt(5) < 3) {
                Element child = doc.createElementNS(SvgWriter.SVG_NS, names[random.nextInt(names.length)]);
                e.appendChild(child);
                fill(doc, child, random, pieces, depth + 1);
            } else {
                // never blank: the writer's indentation is the only blank text between elements once read back
                e.appendChild(doc.createTextNode("a" + text(random, pieces)));
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
}
