package org.netdeck.render;

import java.util.Objects;
import org.netdeck.content.SiteSettings;

/**
 * Site-wide words from {@code content/site.yml}: the site's title, a one-line description
 * (the index page's meta description), the language of every page ({@code <html lang>}) and the address the site
 * is published at ({@code url}, ending in {@code /}; empty when not given), which absolute links such as a deck's
 * {@code og:image} start with.
 *
 * <pre>{@code new SiteInfo("Neural nets, computed", "Explainers whose numbers are real.", null)  // lang "en"}</pre>
 */
public record SiteInfo(String title, String description, String lang, String url) {

    public SiteInfo {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        lang = lang == null || lang.isBlank() ? "en" : lang;
        url = url == null ? "" : url;
    }

    /** A site whose published address is not known: its pages name no preview image. */
    public SiteInfo(String title, String description, String lang) {
        this(title, description, lang, "");
    }

    /** The words of {@code settings}, as the templates see them. */
    public static SiteInfo of(SiteSettings settings) {
        return new SiteInfo(settings.title(), settings.description(), settings.lang(), settings.url());
    }
}
