package org.netdeck.text;

import java.util.Objects;
import org.netdeck.content.Slide;

/** One slide's text as HTML (references bound), and how many words it holds (for the reading time). */
public record RenderedSlide(Slide slide, String html, int words) {

    public RenderedSlide {
        Objects.requireNonNull(slide, "slide");
        Objects.requireNonNull(html, "html");
        if (words < 0) {
            throw new IllegalArgumentException("words must be >= 0: " + words);
        }
    }
}
