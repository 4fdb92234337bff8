package org.netdeck.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** One deck as read from {@code content/<slug>/deck.md}: front matter and slides, in order. */
public record Deck(String slug, Path source, FrontMatter front, List<Slide> slides) {

    public Deck {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(front, "front");
        slides = List.copyOf(slides);
    }
}
