package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.CDATASection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Writes the DOM of a diagram as UTF-8 XML text, the same bytes for the same tree on every run and JDK. An element
 * whose children are all elements has each on a line of its own, indented one space per level; an element with text
 * in it (a label and its tspans, a title) is written on one line as it is, so no space is added to what a reader sees;
 * an element without children is {@code <x/>}. Attributes are written sorted by name (not in the DOM's hash order);
 * an element's namespace is declared where it differs from its parent's. Escaped: {@code & < >} everywhere,
 * {@code "} and tab, line feed and carriage return in attributes, carriage return and other C0 controls as numeric
 * references. CDATA (a stylesheet) is split around {@code ]]>}. Elements, text and CDATA are the only nodes written.
 */
final class XmlText {

    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final Comparator<Attr> BY_NAME = Comparator.comparing(Attr::getName);

    private final StringBuilder out;

    private XmlText(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** {@code node} (an element, or a whole document) as text; a document starts with the XML declaration. */
    static String of(Node node) {
        XmlText w = new XmlText(1 << 14);
        if (node instanceof Document doc) {
            w.out.append(PROLOG);
            w.element(doc.getDocumentElement(), 0, "");
        } else {
            w.element((Element) node, 0, "");
        }
        return w.out.append('\n').toString();
    }

    /**
     * The start tag of {@code e} (which has children), as {@link #of} writes it: for a caller that writes one element
     * in two forms with the same children, see {@link #children}.
     */
    static String open(Element e) {
        XmlText w = new XmlText(1 << 10);
        w.startTag(e, "");
        return w.out.append('>').toString();
    }

    /**
     * Each child of {@code e}, which holds elements only, as {@link #of} writes it, with the line break and indent
     * before it: {@code of(e)} is {@code open(e)}, these, then {@link #close close(e)} and a line feed.
     */
    static List<String> children(Element e) {
        List<String> children = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element child)) {
                throw new IllegalArgumentException(
                        "cannot write a " + c.getClass().getSimpleName() + " apart");
            }
            children.add(child(child));
        }
        return children;
    }

    /** One child of such an element (see {@link #children}), with the line break and indent before it. */
    static String child(Element child) {
        Node parent = child.getParentNode();
        String namespace = parent == null || parent.getNamespaceURI() == null ? "" : parent.getNamespaceURI();
        XmlText w = new XmlText(1 << 8);
        w.newLine(1);
        w.element(child, 1, namespace);
        return w.out.toString();
    }

    /** The end tag of {@code e} on a line of its own, as {@link #of} writes it after element children. */
    static String close(Element e) {
        return "\n</" + e.getTagName() + ">";
    }

    /** The XML declaration and its line feed: a document's text is this, its root element's text, a line feed. */
    static String prolog() {
        return PROLOG;
    }

    /**
     * {@code e} at {@code depth} (its line already started), indented if {@code depth} ≥ 0, else inline;
     * {@code namespace}: the default namespace in scope ("" for none).
     */
    private void element(Element e, int depth, String namespace) {
        String own = startTag(e, namespace);
        Node first = e.getFirstChild();
        if (first == null) {
            out.append("/>");
            return;
        }
        out.append('>');
        boolean lines = depth >= 0 && !e.getAttributeNS(XML_NS, "space").equals("preserve");
        for (Node c = first; c != null && lines; c = c.getNextSibling()) {
            lines = c instanceof Element;
        }
        for (Node c = first; c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                if (lines) {
                    newLine(depth + 1);
                }
                element(child, lines ? depth + 1 : -1, own);
            } else if (c instanceof CDATASection cdata) {
                out.append("<![CDATA[")
                        .append(cdata.getData().replace("\r\n", "\n").replace("]]>", "]]]]><![CDATA[>"))
                        .append("]]>");
            } else if (c instanceof Text text) {
                escaped(text.getData(), true);
            } else {
                throw new IllegalArgumentException(
                        "cannot write a " + c.getClass().getSimpleName() + " in a diagram");
            }
        }
        if (lines) {
            newLine(depth);
        }
        out.append("</").append(e.getTagName()).append('>');
    }

    /** Writes {@code <name attributes} of {@code e} (not the closing bracket); returns its own namespace. */
    private String startTag(Element e, String namespace) {
        if (e.getPrefix() != null) {
            throw new IllegalArgumentException("cannot write the prefixed element " + e.getTagName());
        }
        out.append('<').append(e.getTagName());
        NamedNodeMap map = e.getAttributes();
        Attr[] attrs = new Attr[map.getLength()];
        for (int i = 0; i < attrs.length; i++) {
            attrs[i] = (Attr) map.item(i);
            String prefix = attrs[i].getPrefix();
            if (prefix != null && !prefix.equals("xml")) {
                throw new IllegalArgumentException("cannot write the attribute " + attrs[i].getName());
            }
        }
        Arrays.sort(attrs, BY_NAME);
        for (Attr a : attrs) {
            out.append(' ').append(a.getName()).append("=\"");
            escaped(a.getValue(), false);
            out.append('"');
        }
        String own = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
        if (!own.equals(namespace)) {
            out.append(" xmlns=\"");
            escaped(own, false);
            out.append('"');
        }
        return own;
    }

    private void newLine(int depth) {
        out.append('\n').append(" ".repeat(depth));
    }

    /** {@code v} escaped for element content ({@code text}) or an attribute value. */
    private void escaped(String v, boolean text) {
        int run = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 0x20 ? c != '&' && c != '<' && c != '>' && (text || c != '"') : text && (c == '\n' || c == '\t')) {
                continue;
            }
            out.append(v, run, i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append("&#").append((int) c).append(';'); // tab, line feed in attributes; controls
            }
            run = i + 1;
        }
        out.append(v, run, v.length());
    }
}
