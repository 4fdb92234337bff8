package org.netdeck.render;

import java.util.Objects;

/**
 * One slide, ready for the page. {@code bodyHtml} (from Flexmark) and {@code diagramSvg} (an inline
 * {@code <svg>} from Batik) are trusted markup inserted as they are; {@code title} is plain text and
 * is escaped. {@code diagramStep} (for example {@code "forward"}) and {@code diagramSvg} are null
 * when the slide has no diagram.
 */
public record SlideView(
        int number,
        String anchor,
        String title,
        String bodyHtml,
        String diagramStep,
        String diagramSvg) {

    public SlideView {
        if (number < 1) {
            throw new IllegalArgumentException("slide numbers start at 1, got " + number);
        }
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        if ((diagramStep == null) != (diagramSvg == null)) {
            throw new IllegalArgumentException("diagramStep and diagramSvg come together or not at all");
        }
    }

    /** The slide's anchor by convention: {@code slide-3} for slide 3. */
    public static String anchorFor(int number) {
        return "slide-" + number;
    }
}
