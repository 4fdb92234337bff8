package org.netdeck.render;

import java.util.Objects;

/**
 * What {@code deck.ftlh} receives: the site, the deck, and {@code root}, the relative path from the
 * page back to the site root ({@code "../"}), to put before every site URL ({@code ${root}assets/deck.css}).
 */
public record DeckPage(SiteInfo site, DeckView deck, String root) {

    public DeckPage {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(root, "root");
    }
}
