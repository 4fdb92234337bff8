package org.netdeck.render;

import java.util.Objects;
import org.netdeck.content.Series;

/**
 * What {@code deck.ftlh} receives: the site, the deck, and {@code root}, the relative path from the
 * page back to the site root ({@code "../"}), to put before every site URL ({@code ${root}assets/deck.css}), and
 * {@code series}, the deck's place in its series ({@link Series.Position}: part, of, previous, next), or null when it is
 * no step of one.
 */
public record DeckPage(SiteInfo site, DeckView deck, String root, Series.Position series) {

    /** A deck that is not a step of a series. */
    public DeckPage(SiteInfo site, DeckView deck, String root) {
        this(site, deck, root, null);
    }

    public DeckPage {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(root, "root");
    }
}
