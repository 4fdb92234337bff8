package org.netdeck.render;

import java.util.List;
import java.util.Objects;

/**
 * A deck as the site index shows it: a {@link DeckView} without what only its own page needs (the slides' HTML,
 * notes and diagrams, the deck's checkpoints). A build keeps one per deck until the index is written, so what it
 * holds stays small however many decks there are.
 */
public record DeckSummary(
        String slug,
        String title,
        String summary,
        String series,
        int readingSeconds,
        List<SlideTitle> slides,
        String thumbnail) {

    /** A slide as the index may list it: its number, its anchor on the deck's page ({@code slide-3}), its title. */
    public record SlideTitle(int number, String anchor, String title) {
        public SlideTitle {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(title, "title");
        }
    }

    public DeckSummary {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(series, "series");
        slides = List.copyOf(slides);
    }

    /** What the index shows of {@code deck}. */
    public static DeckSummary of(DeckView deck) {
        return new DeckSummary(
                deck.slug(),
                deck.title(),
                deck.summary(),
                deck.series(),
                deck.readingSeconds(),
                deck.slides().stream()
                        .map(s -> new SlideTitle(s.number(), s.anchor(), s.title()))
                        .toList(),
                deck.thumbnail());
    }
}
