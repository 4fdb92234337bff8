package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.batik.dom.GenericDOMImplementation;
import org.netdeck.compute.Explanation;
import org.netdeck.math.TextRun;
import org.netdeck.resource.Resources;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Text;

/**
 * Writes a {@link Layout} as SVG: each mark becomes one element of Batik's DOM (a {@code <circle>}, {@code <path>},
 * {@code <rect>} or {@code <text>}) carrying the mark's CSS classes, its geometry with coordinates written by
 * {@link Numbers#coordinate}, and fallback colours for a page without the stylesheet (CSS rules on the classes
 * override them). The root has a viewBox, {@code role="img"}, {@code <title>} and {@code <desc>} referenced by
 * {@code aria-labelledby}, a generic font family, and ids prefixed with the diagram's name (the step id, or a run
 * choice's). Text is centred by {@code text-anchor}, never measured; math in a label becomes {@code <tspan>} runs. The
 * DOM is written as text by {@link XmlText}; the standalone form adds width, height and the default stylesheet.
 */
final class SvgWriter {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String FONT_FAMILY = "system-ui, sans-serif";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String STYLESHEET = "diagram.css";

    /** The stylesheet's text, read once (every standalone diagram carries it). */
    private static final String STYLESHEET_TEXT =
            "\n" + Resources.text(SvgWriter.class, STYLESHEET).strip() + "\n";

    /** The standalone form's {@code <style>} element as {@link XmlText} writes it: the same in every diagram. */
    private static final String STYLE_ELEMENT_TEXT = styleElementText();

    private SvgWriter() {}

    /** The inline ({@code <svg>} element only) and standalone (whole document) texts of a layout. */
    static Diagram write(Layout layout) {
        return write(layout, layout.step().id());
    }

    /** As {@link #write(Layout)}, the diagram named {@code diagramName} (its ids start with it). */
    static Diagram write(Layout layout, String diagramName) {
        // a value the figure explains itself is named within the diagram (two landscapes have two keys)
        Map<String, Explanation> own = new LinkedHashMap<>();
        List<Mark> marks = new ArrayList<>(layout.marks().size());
        for (Mark m : layout.marks()) {
            if (m instanceof Label l && l.refs().stream().anyMatch(r -> r.own().isPresent())) {
                m = l.explained(l.refs().stream()
                        .map(r -> r.own()
                                .map(e -> {
                                    String name = diagramName + "." + r.name();
                                    own.put(name, e);
                                    return new Label.Ref(r.at(), r.number(), name, r.formula(), r.own());
                                })
                                .orElse(r))
                        .toList());
            }
            marks.add(m);
        }
        if (!own.isEmpty()) {
            layout = layout.withMarks(marks);
        }
        Document doc = document();
        Element svg = svg(doc, layout, diagramName);
        doc.replaceChild(svg, doc.getDocumentElement());
        // the two forms share every child but the stylesheet: each child is written once
        List<String> children = XmlText.children(svg); // title, desc, then the marks
        String close = XmlText.close(svg);
        StringBuilder inline = new StringBuilder(1 << 14).append(XmlText.open(svg));
        children.forEach(inline::append);
        inline.append(close).append('\n');

        svg.setAttribute("width", size(layout.width()));
        svg.setAttribute("height", size(layout.height()));
        StringBuilder standalone = new StringBuilder(inline.length() + STYLE_ELEMENT_TEXT.length() + 128)
                .append(XmlText.prolog())
                .append(XmlText.open(svg));
        for (int i = 0; i < children.size(); i++) {
            standalone.append(children.get(i));
            if (i == 1) { // after title and desc
                standalone.append(STYLE_ELEMENT_TEXT);
            }
        }
        standalone.append(close).append('\n');
        return new Diagram(
                layout.step(),
                diagramName,
                layout.title(),
                layout.description(),
                standalone.toString(),
                inline.toString(),
                own);
    }

    /** An empty document of Batik's generic DOM whose root is an SVG {@code <svg>}. */
    static Document document() {
        return GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
    }

    /**
     * The inline {@code <svg>} element of {@code layout} in {@code doc} (not attached): title, desc, then one element
     * per mark, a panel's marks in a group of their own.
     */
    static Element svg(Document doc, Layout layout, String diagramName) {
        String prefix = diagramName + "-";
        Element svg = doc.createElementNS(SVG_NS, "svg");
        svg.setAttribute("class", "netdeck-diagram step-" + layout.step().id());
        svg.setAttribute("viewBox", "0 0 " + size(layout.width()) + " " + size(layout.height()));
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-labelledby", prefix + "title " + prefix + "desc");
        svg.setAttribute("font-family", FONT_FAMILY);
        layout.data().forEach((name, value) -> svg.setAttribute("data-" + name, value));
        svg.appendChild(text(doc, "title", prefix + "title", layout.title()));
        svg.appendChild(text(doc, "desc", prefix + "desc", layout.description()));
        List<Mark> marks = layout.marks();
        int next = 0;
        for (Layout.Panel panel : layout.panels()) {
            marks.subList(next, panel.from()).forEach(m -> svg.appendChild(element(doc, m)));
            // a panel is one group a page can draw on its own (<use href="#STEP-panel-NAME"> in a viewBox of data-box)
            Element group = doc.createElementNS(SVG_NS, "g");
            group.setAttribute("id", prefix + "panel-" + panel.name());
            group.setAttribute("class", "panel panel-" + panel.name());
            group.setAttribute("data-panel", panel.name());
            Box b = panel.box();
            group.setAttribute("data-box", numbers(b.x(), b.y(), b.width(), b.height()));
            marks.subList(panel.from(), panel.to()).forEach(m -> group.appendChild(element(doc, m)));
            svg.appendChild(group);
            next = panel.to();
        }
        marks.subList(next, marks.size()).forEach(m -> svg.appendChild(element(doc, m)));
        return svg;
    }

    private static Element text(Document doc, String tag, String id, String content) {
        Element e = doc.createElementNS(SVG_NS, tag);
        e.setAttribute("id", id);
        e.setTextContent(content);
        return e;
    }

    /** The one element that draws {@code mark}. */
    private static Element element(Document doc, Mark mark) {
        Element e;
        if (mark instanceof Circle c) {
            e = doc.createElementNS(SVG_NS, "circle");
            e.setAttribute("cx", Numbers.coordinate(c.center().x()));
            e.setAttribute("cy", Numbers.coordinate(c.center().y()));
            e.setAttribute("r", Numbers.coordinate(c.radius()));
            if (c.isNeuron() || c.classes().contains("ring")) {
                e.setAttribute("fill", "#f4f6f9");
                e.setAttribute("stroke", "#2d3748");
                e.setAttribute("stroke-width", "2");
            } else {
                e.setAttribute("fill", "#1f5fa8");
            }
        } else if (mark instanceof Line l) {
            e = doc.createElementNS(SVG_NS, "path");
            e.setAttribute("d", path(l.points(), l.rounded()));
            e.setAttribute("fill", "none");
            e.setAttribute("stroke", stroke(l.classes()));
            e.setAttribute("stroke-width", Numbers.coordinate(l.width()));
            e.setAttribute("stroke-linejoin", "round");
            double[] dashes = l.dashed() ? new double[] {6 + l.width(), 3 + l.width()} : pattern(l.classes());
            if (dashes != null) {
                e.setAttribute("stroke-dasharray", dashes(dashes));
            }
        } else if (mark instanceof Arrow a) {
            e = doc.createElementNS(SVG_NS, "path");
            e.setAttribute("d", polygon(a.corners()));
            e.setAttribute("fill", stroke(a.classes()));
        } else if (mark instanceof Region r) {
            e = doc.createElementNS(SVG_NS, "path");
            StringBuilder d = new StringBuilder();
            for (List<Point> ring : r.rings()) {
                d.append(d.length() == 0 ? "" : " ").append(polygon(ring));
            }
            e.setAttribute("d", d.toString());
            e.setAttribute("fill", fill(r.classes()));
            if (r.outline() > 0) {
                e.setAttribute("stroke", "#4a5568");
                e.setAttribute("stroke-width", Numbers.coordinate(r.outline()));
                e.setAttribute("stroke-linejoin", "round");
            }
        } else if (mark instanceof Backdrop b) {
            e = doc.createElementNS(SVG_NS, "rect");
            e.setAttribute("x", Numbers.coordinate(b.box().x()));
            e.setAttribute("y", Numbers.coordinate(b.box().y()));
            e.setAttribute("width", Numbers.coordinate(b.box().width()));
            e.setAttribute("height", Numbers.coordinate(b.box().height()));
            e.setAttribute("rx", "3");
            e.setAttribute("fill", "#ffffff");
        } else if (mark instanceof Label t) {
            e = doc.createElementNS(SVG_NS, "text");
            e.setAttribute("x", Numbers.coordinate(t.at().x()));
            e.setAttribute("y", Numbers.coordinate(t.at().y()));
            e.setAttribute("text-anchor", t.anchor().svg());
            e.setAttribute("font-size", Numbers.coordinate(t.size()));
            if (t.bold()) {
                e.setAttribute("font-weight", "bold");
            }
            e.setAttribute("fill", "#1a202c");
            e.setAttributeNS(XML_NS, "xml:space", "preserve"); // spaces between runs are text, kept as written
            TreeMap<Integer, Text> plain = new TreeMap<>(); // each plain part's text node, by where it starts
            if (RichText.hasMath(t.text())) {
                tspans(e, t, plain);
            } else {
                plain.put(0, (Text) e.appendChild(doc.createTextNode(t.text())));
            }
            if (!t.refs().isEmpty()) {
                explained(e, t, plain);
            }
        } else {
            throw new IllegalArgumentException("not a mark: " + mark); // Mark is sealed: never
        }
        e.setAttribute("class", String.join(" ", mark.classes()));
        if (mark.classes().contains("muted")) {
            // fallback de-emphasis (the stylesheet's .muted overrides it); text stays at 4.5:1 or more
            e.setAttribute("opacity", mark instanceof Label ? "0.65" : "0.35");
        }
        return e;
    }

    /**
     * The label's numbers marked with the values they show ({@code data-ref}) and how those were computed
     * ({@code data-formula}): on the {@code <text>} when one number is all its text, else each on a {@code <tspan>} of
     * its own, so a marked element's text is its number alone. {@code plain}: the text node of each plain part of the
     * label's text, by where the part starts in it.
     */
    private static void explained(Element text, Label label, TreeMap<Integer, Text> plain) {
        List<Label.Ref> refs = label.refs();
        if (refs.size() == 1 && text.getTextContent().equals(refs.get(0).number())) {
            text.setAttribute("data-ref", refs.get(0).name());
            text.setAttribute("data-formula", refs.get(0).formula());
            return;
        }
        // the last first: splitting a text node keeps the start of the node where an earlier number is
        for (int i = refs.size() - 1; i >= 0; i--) {
            Label.Ref r = refs.get(i);
            Map.Entry<Integer, Text> part = plain.floorEntry(r.at());
            if (part == null) {
                continue;
            }
            Text holder = part.getValue();
            int from = r.at() - part.getKey();
            if (from < 0
                    || from + r.number().length() > holder.getLength()
                    || !holder.getData().startsWith(r.number(), from)) {
                continue; // never: the ref was found in this text
            }
            Text at = from > 0 ? holder.splitText(from) : holder;
            if (at.getLength() > r.number().length()) {
                at.splitText(r.number().length());
            }
            Element marked = text.getOwnerDocument().createElementNS(SVG_NS, "tspan");
            at.getParentNode().replaceChild(marked, at);
            marked.appendChild(at);
            marked.setAttribute("data-ref", r.name());
            marked.setAttribute("data-formula", r.formula());
        }
    }

    /**
     * One {@code <tspan>} per run of the label: scripts lowered or raised with {@code dy} (and back), at
     * {@link RichText#SCRIPT_SCALE} of the size per level but never under {@link RichText#SCRIPT_FLOOR}; one-letter
     * identifiers italic. The tspans carry no x, so
     * the whole label stays one chunk that {@code text-anchor} centres.
     */
    private static void tspans(Element text, Label label, TreeMap<Integer, Text> plain) {
        double shift = 0.0;
        for (RichText.Placed placed : RichText.placed(label.text())) {
            TextRun run = placed.run();
            Element span = text.getOwnerDocument().createElementNS(SVG_NS, "tspan");
            double size = label.size();
            double target = 0.0;
            int level = 0;
            for (TextRun.Script s : run.scripts()) {
                target += s == TextRun.Script.SUB ? 0.25 * size : -0.4 * size;
                size = RichText.scriptSize(label.size(), ++level);
            }
            if (target != shift) {
                span.setAttribute("dy", Numbers.coordinate(target - shift));
                shift = target;
            }
            if (!run.scripts().isEmpty()) {
                span.setAttribute("font-size", Numbers.coordinate(size));
            }
            if (run.italic()) {
                span.setAttribute("font-style", "italic");
            }
            span.setTextContent(run.text());
            text.appendChild(span);
            if (placed.from() >= 0) {
                plain.put(placed.from(), (Text) span.getFirstChild());
            }
        }
    }

    /**
     * Dash patterns told apart without colour: solid, long dashes, dots, dash-dot, short dashes, long-short,
     * dash-dot-dot.
     */
    private static final double[][] PATTERNS = {
        null, {12, 5}, {2, 4}, {10, 4, 2, 4}, {5, 4}, {16, 4, 5, 4}, {10, 3, 2, 3, 2, 3}
    };

    /** The dash pattern a class {@code pattern-N} asks for ({@link #PATTERNS}), or null for a solid line. */
    static double[] pattern(List<String> classes) {
        for (String c : classes) {
            if (c.startsWith("pattern-")) {
                return PATTERNS[Integer.parseInt(c.substring(8)) % PATTERNS.length];
            }
        }
        return null;
    }

    /** How many dash patterns there are before they repeat. */
    static int patterns() {
        return PATTERNS.length;
    }

    private static String dashes(double[] lengths) {
        StringBuilder s = new StringBuilder();
        for (double d : lengths) {
            s.append(s.length() == 0 ? "" : ",").append(Numbers.coordinate(d));
        }
        return s.toString();
    }

    /** Fallback fills of the landscape's bands, band-0 (lowest loss) to band-8: pale to deep (diagram.css has the same). */
    private static final String[] BANDS = {
        "#fff7e0", "#f4efd2", "#e4e8cf", "#d0dfd0", "#bcd3d3", "#a8c5d6", "#95b5d6", "#83a3d2", "#7391cc"
    };

    /** The fallback fill of a region, by its {@code band-N} class. */
    private static String fill(List<String> classes) {
        for (String c : classes) {
            if (c.startsWith("band-")) {
                return BANDS[Integer.parseInt(c.substring(5)) % BANDS.length];
            }
        }
        return classes.contains("softmax-group") ? "#fdf1e7" : "#eef0f7";
    }

    /** The fallback stroke colour for a line or arrow, by its classes. */
    private static String stroke(List<String> classes) {
        if (classes.contains("negative")) {
            return "#b4531a";
        }
        if (classes.contains("positive") || classes.contains("curve")) {
            return "#1f5fa8";
        }
        return classes.contains("grid") ? "#d5dbe3" : "#4a5568";
    }

    /** A path through {@code points} ({@code M x y L x y …}); with {@code rounded}, each corner a short curve. */
    private static String path(List<Point> points, boolean rounded) {
        StringBuilder d = new StringBuilder("M").append(point(points.get(0)));
        for (int i = 1; i < points.size() - 1; i++) {
            Point corner = points.get(i);
            if (!rounded) {
                d.append(" L").append(point(corner));
                continue;
            }
            Point before = points.get(i - 1);
            Point after = points.get(i + 1);
            double r = Math.min(12, Math.min(corner.distance(before), corner.distance(after)) / 2);
            Point in = corner.toward(before, r / corner.distance(before));
            Point out = corner.toward(after, r / corner.distance(after));
            // the corner itself is the control point
            d.append(" L")
                    .append(point(in))
                    .append(" Q")
                    .append(point(corner))
                    .append(' ')
                    .append(point(out));
        }
        return d.append(" L").append(point(points.get(points.size() - 1))).toString();
    }

    /** A closed polygon through {@code points}: {@code M x y L x y … Z}. */
    private static String polygon(List<Point> points) {
        StringBuilder d = new StringBuilder("M").append(point(points.get(0)));
        points.subList(1, points.size()).forEach(p -> d.append(" L").append(point(p)));
        return d.append(" Z").toString();
    }

    private static String point(Point p) {
        return Numbers.coordinate(p.x()) + " " + Numbers.coordinate(p.y());
    }

    private static String numbers(double... values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.length() == 0 ? "" : " ").append(Numbers.coordinate(v));
        }
        return s.toString();
    }

    /**
     * The default light and dark colours, carried by the standalone file (the deck's stylesheet themes inline ones).
     */
    static String stylesheet() {
        return STYLESHEET_TEXT;
    }

    /** The standalone form's {@code <style>} element in {@code doc}. */
    static Element styleElement(Document doc) {
        Element style = doc.createElementNS(SVG_NS, "style");
        style.appendChild(doc.createCDATASection(stylesheet()));
        return style;
    }

    private static String styleElementText() {
        Document doc = document();
        Element style = styleElement(doc);
        doc.getDocumentElement().appendChild(style);
        return XmlText.child(style);
    }

    /** {@code v} rounded up to a whole number: the viewBox and the standalone size. */
    static String size(double v) {
        return Numbers.coordinate(Math.ceil(v));
    }
}
