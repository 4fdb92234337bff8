package org.netdeck.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.batik.dom.GenericDOMImplementation;
import org.netdeck.compute.Values;
import org.netdeck.resource.Resources;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Finishes a painted DOM into an accessible, embeddable SVG and writes it as text ({@link XmlText}):
 * viewBox, {@code role="img"}, {@code <title>} and {@code <desc>} referenced by {@code aria-labelledby}, a generic
 * font family, ids prefixed with the diagram's name (the step id, or a run choice's). The standalone form adds width, height and the default stylesheet.
 */
final class SvgWriter {

    static final String FONT_FAMILY = "system-ui, sans-serif";
    private static final String STYLESHEET = "diagram.css";

    /** Presentation attributes Batik writes that only repeat SVG's initial values. */
    private static final Map<String, String> INITIAL = Values.ordered(Map.ofEntries(
            Map.entry("shape-rendering", "auto"),
            Map.entry("text-rendering", "auto"),
            Map.entry("image-rendering", "auto"),
            Map.entry("color-rendering", "auto"),
            Map.entry("color-interpolation", "auto"),
            Map.entry("fill-opacity", "1"),
            Map.entry("stroke-opacity", "1"),
            Map.entry("stroke-dasharray", "none"),
            Map.entry("stroke-dashoffset", "0"),
            Map.entry("font-style", "normal"),
            Map.entry("font-weight", "normal")));

    private static final Pattern URL_REFERENCE = Pattern.compile("url\\(#([^)]*)\\)");

    /** The stylesheet's text, read once (every standalone diagram carries it). */
    private static final String STYLESHEET_TEXT =
            "\n" + Resources.text(SvgWriter.class, STYLESHEET).strip() + "\n";

    /** The standalone form's {@code <style>} element as {@link XmlText} writes it: the same in every diagram. */
    private static final String STYLE_ELEMENT_TEXT = styleElementText();

    private SvgWriter() {}

    /** The inline ({@code <svg>} element only) and standalone (whole document) texts of a painted layout. */
    static Diagram write(Layout layout, Document doc) {
        return write(layout, doc, layout.step().id());
    }

    /** As {@link #write(Layout, Document)}, the diagram named {@code name} (its ids start with it). */
    static Diagram write(Layout layout, Document doc, String diagramName) {
        String prefix = diagramName + "-";
        Element svg = doc.getDocumentElement();
        tidy(svg);
        svg.setAttribute("font-family", FONT_FAMILY);
        svg.setAttribute("class", "netdeck-diagram step-" + layout.step().id());
        svg.setAttribute("viewBox", "0 0 " + size(layout.width()) + " " + size(layout.height()));
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-labelledby", prefix + "title " + prefix + "desc");
        layout.data().forEach((name, value) -> svg.setAttribute("data-" + name, value));
        Element title = doc.createElementNS(Painter.SVG_NS, "title");
        title.setAttribute("id", "title");
        title.setTextContent(layout.title());
        Element desc = doc.createElementNS(Painter.SVG_NS, "desc");
        desc.setAttribute("id", "desc");
        desc.setTextContent(layout.description());
        svg.insertBefore(desc, svg.getFirstChild());
        svg.insertBefore(title, desc);
        prefixIds(svg, prefix);
        // the two forms share every child but the stylesheet: each child is written once
        List<String> children = XmlText.children(svg); // title, desc, then the marks
        String close = XmlText.close(svg);
        String open = XmlText.open(svg);
        int length = open.length() + close.length() + 1;
        for (String child : children) {
            length += child.length();
        }
        StringBuilder inline = new StringBuilder(length).append(open);
        children.forEach(inline::append);
        inline.append(close).append('\n');

        svg.setAttribute("width", size(layout.width()));
        svg.setAttribute("height", size(layout.height()));
        svg.insertBefore(styleElement(doc), desc.getNextSibling()); // doc is left in the standalone form, as written
        // the document: the XML declaration, the root element, a line feed
        StringBuilder root = new StringBuilder(length + STYLE_ELEMENT_TEXT.length() + 128)
                .append(XmlText.prolog())
                .append(XmlText.open(svg));
        for (int i = 0; i < children.size(); i++) {
            root.append(children.get(i));
            if (i == 1) { // after title and desc
                root.append(STYLE_ELEMENT_TEXT);
            }
        }
        String standalone = root.append(close).append('\n').toString();
        return new Diagram(
                layout.step(), diagramName, layout.title(), layout.description(), standalone, inline.toString());
    }

    /**
     * The default light and dark colours, carried by the standalone file (the deck's stylesheet themes inline ones).
     */
    static String stylesheet() {
        return STYLESHEET_TEXT;
    }

    private static Element styleElement(Document doc) {
        Element style = doc.createElementNS(Painter.SVG_NS, "style");
        style.appendChild(doc.createCDATASection(stylesheet()));
        return style;
    }

    private static String styleElementText() {
        Document doc = GenericDOMImplementation.getDOMImplementation().createDocument(Painter.SVG_NS, "svg", null);
        Element style = styleElement(doc);
        doc.getDocumentElement().appendChild(style);
        return XmlText.child(style);
    }

    /** Drops what Batik adds but we do not want: 'Dialog' fonts, empty groups and definitions, canvas size. */
    private static void tidy(Element svg) {
        List<String> initial = new ArrayList<>();
        for (Element e : elements(svg)) {
            NamedNodeMap attrs = e.getAttributes(); // an element has few attributes: look each up, not every initial
            for (int i = 0; i < attrs.getLength(); i++) {
                Node a = attrs.item(i);
                if (a.getNodeValue().equals(INITIAL.get(a.getNodeName()))) {
                    initial.add(a.getNodeName());
                }
            }
            initial.forEach(e::removeAttribute);
            initial.clear();
        }
        svg.removeAttribute("font-family");
        svg.removeAttribute("width");
        svg.removeAttribute("height");
        // firstChild/nextSibling: Batik's ChildNodes.item(i) walks from the start each time (quadratic)
        List<Element> empty = new ArrayList<>();
        for (Node child = svg.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && !e.hasChildNodes()) {
                empty.add(e);
            }
        }
        empty.forEach(svg::removeChild);
    }

    /** Prefixes every id (Batik repeats its generated ids across documents) and every reference to one. */
    private static void prefixIds(Element svg, String prefix) {
        Map<String, String> renamed = new LinkedHashMap<>();
        List<Element> all = elements(svg);
        for (Element e : all) {
            String id = e.getAttribute("id");
            if (!id.isEmpty() && !id.startsWith(prefix)) {
                renamed.put(id, prefix + id);
                e.setAttribute("id", prefix + id);
            }
        }
        for (Element e : all) {
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Node a = attrs.item(i);
                String value = a.getNodeValue();
                if (value.startsWith("#") && renamed.containsKey(value.substring(1))) {
                    a.setNodeValue("#" + renamed.get(value.substring(1)));
                } else if (value.contains("url(#")) {
                    // one lookup per reference, not one pass per id: linear in the size of the drawing
                    a.setNodeValue(URL_REFERENCE
                            .matcher(value)
                            .replaceAll(m -> Matcher.quoteReplacement(
                                    "url(#" + renamed.getOrDefault(m.group(1), m.group(1)) + ")")));
                }
            }
        }
    }

    /** {@code root} and every element under it, in document order; a walk, not Batik's live node lists. */
    private static List<Element> elements(Element root) {
        List<Element> list = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>(List.of(root));
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Element e) {
                list.add(e);
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPreviousSibling()) {
                stack.push(c);
            }
        }
        return list;
    }

    /** {@code v} rounded up to a whole number, as {@code String.format("%.0f", Math.ceil(v))} writes it. */
    private static String size(double v) {
        double whole = Math.ceil(v);
        if (whole != 0 && Math.abs(whole) < 1e15) { // a long holds it exactly: the same digits, without a Formatter
            return Long.toString((long) whole);
        }
        return String.format(Locale.ROOT, "%.0f", whole);
    }
}
