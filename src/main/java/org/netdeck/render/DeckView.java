package org.netdeck.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One deck, ready for its page ({@code site/<slug>/index.html}) and its card on the index.
 * {@code thumbnail} is a path relative to the site root (for example
 * {@code backprop/diagrams/architecture.svg}), or null when the deck has none. {@link #diagrams()} are the distinct
 * diagrams its slides show (a step's, or a step's with a choice of runs). {@code checkpoints} is the
 * training run's checkpoints as one line of JSON (see {@code json.CheckpointJson}), for a template to embed in
 * {@code <script type="application/json">} on a deck with a training slide; null when the deck has none.
 * {@code runCheckpoints} are those of each compare run a training figure replays (its root's {@code data-run}), by
 * run, for {@code <script type="application/json" id="deck-checkpoints-RUN">}. {@code explanations} is the JSON of
 * how each number the slides show was computed (see {@code text.Explanations}), for {@code <script
 * type="application/json" id="deck-explain">}; null when the slides show none.
 */
public record DeckView(
        String slug,
        String title,
        String summary,
        String series,
        int readingSeconds,
        List<SlideView> slides,
        String thumbnail,
        String checkpoints,
        Map<String, String> runCheckpoints,
        String explanations) {

    /** A deck whose training figures replay its own run, without explanations. */
    public DeckView(
            String slug,
            String title,
            String summary,
            String series,
            int readingSeconds,
            List<SlideView> slides,
            String thumbnail,
            String checkpoints) {
        this(slug, title, summary, series, readingSeconds, slides, thumbnail, checkpoints, Map.of(), null);
    }

    /** The distinct diagrams the slides show, in order of first appearance: the page inlines each once. */
    public List<DiagramView> diagrams() {
        Map<String, DiagramView> byName = new LinkedHashMap<>();
        for (SlideView s : slides) {
            if (s.diagram() != null) {
                byName.putIfAbsent(s.diagram().name(), s.diagram());
            }
        }
        return List.copyOf(byName.values());
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
        // in the order the deck replays them: Map.copyOf iterates in an order salted per JVM (bytes would differ)
        runCheckpoints = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(runCheckpoints));
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("a deck needs at least one slide: " + slug);
        }
    }
}
