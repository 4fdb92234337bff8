package org.netdeck.text;

import java.util.Objects;
import org.netdeck.content.Slide;

/**
 * One slide's text as HTML (references bound), how many words it holds (for the reading time), and its speaker
 * notes as HTML ("" when it has none).
 */
public record RenderedSlide(Slide slide, String html, int words, String notesHtml) {

    public RenderedSlide(Slide slide, String html, int words) {
        this(slide, html, words, "");
    }

    public RenderedSlide {
        Objects.requireNonNull(slide, "slide");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(notesHtml, "notesHtml");
        if (words < 0) {
            throw new IllegalArgumentException("words must be >= 0: " + words);
        }
    }
}
