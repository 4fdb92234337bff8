package org.netdeck.render;

import java.util.Objects;
import org.netdeck.content.SiteSettings;

/**
 * Site-wide words from {@code content/site.yml}: the site's title, a one-line description
 * (the index page's meta description) and the language of every page ({@code <html lang>}).
 *
 * <pre>{@code new SiteInfo("Neural nets, computed", "Explainers whose numbers are real.", null)  // lang "en"}</pre>
 */
public record SiteInfo(String title, String description, String lang) {

    public SiteInfo {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        lang = lang == null || lang.isBlank() ? "en" : lang;
    }

    /** The words of {@code settings}, as the templates see them. */
    public static SiteInfo of(SiteSettings settings) {
        return new SiteInfo(settings.title(), settings.description(), settings.lang());
    }
}
