package org.netdeck.render;

import java.util.Objects;

/**
 * One slide, ready for the page. {@code bodyHtml} and {@code notesHtml} (from Flexmark) are trusted markup
 * inserted as they are; {@code title} is plain text and is escaped. {@code diagram} is null when the slide has
 * none; {@code notesHtml} is "" when the slide has no speaker notes.
 */
public record SlideView(
        int number, String anchor, String title, String bodyHtml, DiagramView diagram, String notesHtml) {

    public SlideView {
        if (number < 1) {
            throw new IllegalArgumentException("slide numbers start at 1, got " + number);
        }
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        Objects.requireNonNull(notesHtml, "notesHtml");
    }

    /** A slide without speaker notes. */
    public SlideView(int number, String anchor, String title, String bodyHtml, DiagramView diagram) {
        this(number, anchor, title, bodyHtml, diagram, "");
    }

    /** The step id of the slide's diagram (for example {@code "forward"}), or null. */
    public String diagramStep() {
        return diagram == null ? null : diagram.step();
    }

    public boolean hasNotes() {
        return !notesHtml.isBlank();
    }

    /** The slide's anchor by convention: {@code slide-3} for slide 3. */
    public static String anchorFor(int number) {
        return "slide-" + number;
    }
}
