package org.netdeck.render;

import java.util.List;
import java.util.Objects;

/**
 * What {@code index.ftlh} receives: the site, every deck in order (as the index shows it, see {@link DeckSummary}),
 * and {@code root}, the relative path from the page to the site root ({@code ""} for {@code site/index.html}).
 */
public record IndexPage(SiteInfo site, List<DeckSummary> decks, String root) {

    public IndexPage {
        Objects.requireNonNull(site, "site");
        decks = List.copyOf(decks);
        Objects.requireNonNull(root, "root");
    }
}
