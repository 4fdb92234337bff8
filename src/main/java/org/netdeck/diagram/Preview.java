package org.netdeck.diagram;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A deck's social preview ({@code preview.png}, the {@code og:image} of its page): {@value #WIDTH}×{@value #HEIGHT}
 * pixels, the deck's title above one of its network diagrams, drawn as our own SVG ({@link #svg}) and rasterised by
 * Batik's PNG transcoder. The same title and network give the same bytes (on one machine: text is drawn with the
 * installed fonts).
 *
 * <pre>{@code byte[] png = Preview.png("How a network learns", trace, DiagramStep.FORWARD);}</pre>
 */
public final class Preview {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    /** The margin around everything, the title's size, and where the diagram's box starts. */
    static final double MARGIN = 60;

    static final double TITLE_SIZE = 56;
    static final double DIAGRAM_TOP = 210;

    private Preview() {}

    /** The preview of a deck titled {@code title}, drawing {@code step} (a network step) of its trace, as a PNG. */
    public static byte[] png(String title, Trace trace, DiagramStep step) {
        String svg = svg(title, NetworkLayout.of(trace, step));
        PNGTranscoder png = new PNGTranscoder();
        png.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) WIDTH);
        png.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) HEIGHT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            png.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(bytes));
        } catch (TranscoderException e) {
            throw new IllegalStateException("cannot rasterise the preview of '" + title + "'", e); // our own SVG
        }
        return bytes.toByteArray();
    }

    /**
     * The preview as an SVG document: a white card, the title in bold (at most two lines, wrapped by the same
     * estimate of a character's width as every label), and the diagram scaled into the box under it, centred.
     */
    static String svg(String title, Layout network) {
        Document doc = SvgWriter.document();
        Element root = doc.getDocumentElement();
        root.setAttribute("width", String.valueOf(WIDTH));
        root.setAttribute("height", String.valueOf(HEIGHT));
        root.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        root.setAttribute("font-family", SvgWriter.FONT_FAMILY);
        root.appendChild(SvgWriter.styleElement(doc));
        Element card = doc.createElementNS(SvgWriter.SVG_NS, "rect");
        card.setAttribute("width", String.valueOf(WIDTH));
        card.setAttribute("height", String.valueOf(HEIGHT));
        card.setAttribute("fill", "#ffffff");
        root.appendChild(card);
        int chars = (int) ((WIDTH - 2 * MARGIN) / (Label.CHAR_WIDTH * TITLE_SIZE));
        List<String> lines = Wrap.lines(RichText.plain(title), chars);
        for (int i = 0; i < Math.min(2, lines.size()); i++) {
            Element text = doc.createElementNS(SvgWriter.SVG_NS, "text");
            text.setAttribute("x", Numbers.coordinate(MARGIN));
            text.setAttribute("y", Numbers.coordinate(MARGIN + TITLE_SIZE * (0.8 + 1.15 * i)));
            text.setAttribute("font-size", Numbers.coordinate(TITLE_SIZE));
            text.setAttribute("font-weight", "bold");
            text.setAttribute("fill", "#1a202c");
            text.setTextContent(i == 1 && lines.size() > 2 ? lines.get(1) + " …" : lines.get(i));
            root.appendChild(text);
        }
        Element diagram = SvgWriter.svg(doc, network, "preview");
        diagram.setAttribute("x", Numbers.coordinate(MARGIN));
        diagram.setAttribute("y", Numbers.coordinate(DIAGRAM_TOP));
        diagram.setAttribute("width", Numbers.coordinate(WIDTH - 2 * MARGIN));
        diagram.setAttribute("height", Numbers.coordinate(HEIGHT - DIAGRAM_TOP - MARGIN / 2));
        root.appendChild(diagram);
        return XmlText.of(doc);
    }
}
