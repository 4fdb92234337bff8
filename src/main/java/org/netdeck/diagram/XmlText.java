package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.CDATASection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Writes a DOM tree as text exactly as the JDK's identity {@code Transformer} does with {@code indent="yes"},
 * {@code indent-amount} 1 and UTF-8 (the form every published diagram has had), in a single pass over the tree:
 * the transformer's set-up, its SAX events and its per-character checks were the largest single cost of a deck
 * build. {@code XmlTextTest} holds the two to the same bytes on every diagram of several networks and on random
 * trees with every character class the JDK escapes differently.
 *
 * <p>The JDK's rules, as reproduced: a child element starts on a new line indented one space per level, unless
 * it is inside an {@code xml:space="preserve"} element (until one says "default"); an element with only text
 * keeps it on its line; in mixed content each run of text starts a new indented line, its leading line feeds
 * dropped; an end tag goes on its own line after element children;
 * an element without children is {@code <x/>}; namespace declarations follow the other attributes. Escaped:
 * {@code & < >} everywhere, {@code "} and tab, line feed and carriage return in attributes, carriage return
 * in text, other C0 controls and characters beyond the Basic Multilingual Plane as numeric references, and
 * U+007F–U+009F in text (not in attributes). CDATA is split around {@code ]]>} and must be its element's only
 * child (a stylesheet); elements, text and CDATA are the only node types written.
 */
final class XmlText {

    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final StringBuilder out;

    private XmlText(int capacity) {
        out = new StringBuilder(capacity);
    }

    /**
     * {@code node} (an element, or a whole document) as text; a document starts with the XML declaration. Nodes
     * other than elements, text and CDATA (comments, processing instructions) are refused: diagrams have none.
     */
    static String of(Node node) {
        XmlText w = new XmlText(1 << 14);
        if (node instanceof Document doc) {
            w.out.append(PROLOG);
            w.element(doc.getDocumentElement(), 0, false, "");
        } else {
            w.element((Element) node, 0, false, "");
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
     * Each child of {@code e} as {@link #of} writes it, with the line break and indent before it: {@code of(e)} is
     * {@code open(e)}, these, then {@link #close close(e)} and a line feed. {@code e} must hold elements only, outside
     * {@code xml:space="preserve"}.
     */
    static List<String> children(Element e) {
        if (space(e).equals("preserve")) {
            throw new IllegalArgumentException("cannot write the children of a preserved element apart");
        }
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
        XmlText w = new XmlText(1 << 8); // a mark: a group of a few elements
        w.newLine(1);
        w.element(child, 1, false, namespace);
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
     * {@code e} at {@code depth} (its line already started); {@code preserve}: inside xml:space="preserve";
     * {@code namespace}: the default namespace in scope ("" for none).
     */
    private void element(Element e, int depth, boolean preserve, String namespace) {
        String own = startTag(e, namespace);
        Node first = e.getFirstChild();
        if (first == null || (first instanceof CDATASection c && c.getLength() == 0 && c.getNextSibling() == null)) {
            out.append("/>"); // an empty CDATA section writes nothing, as in the JDK
            return;
        }
        out.append('>');
        String space = space(e);
        boolean keep = space.isEmpty() ? preserve : space.equals("preserve");
        boolean elements = false;
        for (Node c = first; c != null; c = c.getNextSibling()) {
            elements |= c instanceof Element;
        }
        for (Node c = first; c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                if (!keep) {
                    newLine(depth + 1);
                }
                element(child, depth + 1, keep, own);
            } else if (c instanceof CDATASection cdata) {
                if (first.getNextSibling() != null) { // the JDK's line breaks around CDATA in mixed content: not needed
                    throw new IllegalArgumentException("cannot write CDATA beside other children in a diagram");
                }
                cdata(cdata.getData());
            } else if (c instanceof Text) {
                CharSequence run = ((Text) c).getData();
                if (isText(c.getNextSibling())) { // adjacent texts are one run, as the JDK buffers them
                    StringBuilder joined = new StringBuilder(run);
                    while (isText(c.getNextSibling())) {
                        c = c.getNextSibling();
                        joined.append(((Text) c).getData());
                    }
                    run = joined;
                }
                int start = 0;
                if (elements && !keep) { // on a line of its own, without its leading line feeds
                    newLine(depth + 1);
                    while (start < run.length() && run.charAt(start) == '\n') {
                        start++;
                    }
                }
                escaped(run, start, true);
            } else {
                throw new IllegalArgumentException(
                        "cannot write a " + c.getClass().getSimpleName() + " in a diagram");
            }
        }
        if (elements && !keep) {
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
        NamedNodeMap attrs = e.getAttributes();
        int n = attrs.getLength();
        Attr[] declarations = null; // written after the others; most elements have none
        int declared = 0;
        for (int i = 0; i < n; i++) { // Batik's item(i) walks its table: each index is asked for once
            Attr a = (Attr) attrs.item(i);
            String prefix = a.getPrefix();
            if (prefix != null && !prefix.equals("xml") && !prefix.equals("xmlns")) {
                throw new IllegalArgumentException("cannot write the prefixed attribute " + a.getName());
            }
            if (XMLNS.equals(a.getNamespaceURI())) {
                if (declarations == null) {
                    declarations = new Attr[n];
                }
                declarations[declared++] = a;
            } else {
                attribute(a);
            }
        }
        String own = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
        boolean defaultDeclared = false;
        for (int i = 0; i < declared; i++) {
            attribute(declarations[i]);
            defaultDeclared |= declarations[i].getName().equals("xmlns");
        }
        if (!defaultDeclared && !own.equals(namespace)) {
            out.append(" xmlns=\"").append(own).append('"');
        }
        return own;
    }

    private static boolean isText(Node n) {
        return n instanceof Text && !(n instanceof CDATASection);
    }

    /** The element's xml:space, however it was set (namespaced, as Batik does, or by its qualified name). */
    private static String space(Element e) {
        String namespaced = e.getAttributeNS(XML, "space");
        return namespaced.isEmpty() ? e.getAttribute("xml:space") : namespaced;
    }

    private void newLine(int depth) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append(' ');
        }
    }

    private void attribute(Attr a) {
        out.append(' ').append(a.getName()).append("=\"");
        escaped(a.getValue(), 0, false);
        out.append('"');
    }

    /**
     * {@code v} from index {@code from}, escaped for element content ({@code text}) or an attribute value: runs of
     * characters that need nothing are appended whole.
     */
    private void escaped(CharSequence v, int from, boolean text) {
        int run = from;
        for (int i = from; i < v.length(); i++) {
            char c = v.charAt(i);
            if (plain(c, text)) {
                continue;
            }
            out.append(v, run, i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < v.length()
                            && Character.isLowSurrogate(v.charAt(i + 1))) {
                        reference(Character.toCodePoint(c, v.charAt(i + 1)));
                        i++;
                    } else if (Character.isSurrogate(c)) {
                        out.append(c); // a lone surrogate, as the JDK leaves it
                    } else {
                        reference(c); // controls (tab and line feed in attributes), U+007F-U+009F in text
                    }
                }
            }
            run = i + 1;
        }
        if (run == 0 && v instanceof String whole) {
            out.append(whole); // the usual case, nothing escaped: one copy, not a character at a time
        } else {
            out.append(v, run, v.length());
        }
    }

    /** Whether {@code c} is written as itself, in text or in an attribute value. */
    private static boolean plain(char c, boolean text) {
        if (c < 0x20) {
            return text && (c == '\n' || c == '\t');
        }
        if (c < 0x7F) {
            return c != '&' && c != '<' && c != '>' && (text || c != '"');
        }
        return !(text && c <= 0x9F) && !Character.isSurrogate(c);
    }

    private void reference(int codePoint) {
        out.append("&#").append(codePoint).append(';');
    }

    private void cdata(String v) {
        // the JDK moves these out of the section, each its own way: a stylesheet needs neither
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)) {
                throw new IllegalArgumentException("cannot write a control character or one beyond U+FFFF in CDATA");
            }
        }
        // raw line breaks as LF (the transformer's output used to be normalised so): a CRLF file's stylesheet too
        out.append("<![CDATA[")
                .append(v.replace("\r\n", "\n").replace("]]>", "]]]]><![CDATA[>"))
                .append("]]>");
    }
}
