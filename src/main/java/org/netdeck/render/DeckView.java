package org.netdeck.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One deck, ready for its page ({@code site/<slug>/index.html}) and its card on the index.
 * {@code thumbnail} is a path relative to the site root (for example
 * {@code backprop/diagrams/architecture.svg}), or null when the deck has none. {@code diagrams} are the distinct
 * diagram steps its slides show, in order of first appearance: the page inlines each once. {@code checkpoints} is the
 * training run's checkpoints as one line of JSON (see {@code site.CheckpointJson}), for a template to embed in
 * {@code <script type="application/json">} on a deck with a training slide; null when the deck has none.
 */
public record DeckView(
        String slug,
        String title,
        String summary,
        String series,
        int readingSeconds,
        List<SlideView> slides,
        String thumbnail,
        List<DiagramView> diagrams,
        String checkpoints) {

    /** A deck whose {@code diagrams} are those of its slides, with the training run's {@code checkpoints} (or null). */
    public DeckView(
            String slug,
            String title,
            String summary,
            String series,
            int readingSeconds,
            List<SlideView> slides,
            String thumbnail,
            String checkpoints) {
        this(slug, title, summary, series, readingSeconds, slides, thumbnail, distinct(slides), checkpoints);
    }

    private static List<DiagramView> distinct(List<SlideView> slides) {
        Map<String, DiagramView> byStep = new LinkedHashMap<>();
        for (SlideView s : slides) {
            if (s.diagram() != null) {
                byStep.putIfAbsent(s.diagram().step(), s.diagram());
            }
        }
        return List.copyOf(byStep.values());
    }

    /** True when some slide has speaker notes. */
    public boolean hasNotes() {
        return slides.stream().anyMatch(SlideView::hasNotes);
    }

    public DeckView {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(series, "series");
        if (readingSeconds < 0) {
            throw new IllegalArgumentException("readingSeconds must be >= 0");
        }
        slides = List.copyOf(slides);
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("a deck needs at least one slide: " + slug);
        }
        diagrams = List.copyOf(diagrams);
    }

    /** A deck without training checkpoints. */
    public DeckView(
            String slug,
            String title,
            String summary,
            String series,
            int readingSeconds,
            List<SlideView> slides,
            String thumbnail) {
        this(slug, title, summary, series, readingSeconds, slides, thumbnail, null);
    }
}
