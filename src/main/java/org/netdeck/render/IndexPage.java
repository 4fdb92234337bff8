package org.netdeck.render;

import java.util.List;
import java.util.Objects;
import org.netdeck.content.Series;

/**
 * What {@code index.ftlh} receives: the site, every deck in order (as the index shows it, see {@link DeckSummary}),
 * {@code root}, the relative path from the page to the site root ({@code ""} for {@code site/index.html}), and
 * {@code series}: each series' decks in order ({@code series.paths}, by the series' name), which the index shows as
 * a path.
 */
public record IndexPage(SiteInfo site, List<DeckSummary> decks, String root, Series series) {

    /** An index without series. */
    public IndexPage(SiteInfo site, List<DeckSummary> decks, String root) {
        this(site, decks, root, Series.NONE);
    }

    public IndexPage {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(site, "site");
        decks = List.copyOf(decks);
        Objects.requireNonNull(root, "root");
    }
}
