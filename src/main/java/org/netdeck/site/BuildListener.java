package org.netdeck.site;

/**
 * Hears about each deck as a build finishes it, in build order; the command line prints progress from it.
 *
 * <pre>{@code SiteBuild.build(content, templates, out, r -> out.println(r.slug() + ": " + r.slides() + " slides"));}</pre>
 */
@FunctionalInterface
public interface BuildListener {

    /** Hears nothing. */
    BuildListener SILENT = report -> {};

    /** Called once per deck that built (a deck with problems is reported by the build's failure instead). */
    void deckBuilt(DeckReport report);
}
