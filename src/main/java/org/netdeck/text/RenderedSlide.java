package org.netdeck.text;

import java.util.List;
import java.util.Objects;
import org.netdeck.content.Slide;
import org.netdeck.problem.Warning;

/**
 * One slide's text as HTML (references bound), how many words it holds (for the reading time), its speaker
 * notes as HTML ("" when it has none), and the files of the deck's folder its images and links point to (in the order
 * written, the slide's then its notes'), and its {@link Warning}s (a last value of a run that does not settle).
 */
public record RenderedSlide(
        Slide slide, String html, int words, String notesHtml, List<LocalFile> files, List<Warning> warnings) {

    public RenderedSlide(Slide slide, String html, int words) {
        this(slide, html, words, "", List.of(), List.of());
    }

    public RenderedSlide(Slide slide, String html, int words, String notesHtml, List<LocalFile> files) {
        this(slide, html, words, notesHtml, files, List.of());
    }

    public RenderedSlide {
        Objects.requireNonNull(slide, "slide");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(notesHtml, "notesHtml");
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        if (words < 0) {
            throw new IllegalArgumentException("words must be >= 0: " + words);
        }
    }
}
