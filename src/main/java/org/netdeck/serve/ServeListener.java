package org.netdeck.serve;

import org.netdeck.site.BuildListener;
import org.netdeck.site.DeckReport;

/**
 * Hears what {@code serve} does: each deck built (as {@link BuildListener}, on the thread that builds) and
 * each rebuild's outcome (on the thread that waits for the build). One rebuild at a time; the command line
 * prints from it. A deck of a build given up on (too slow) is not reported.
 */
public interface ServeListener extends BuildListener {

    /** Hears nothing. */
    ServeListener SILENT = new ServeListener() {
        @Override
        public void deckBuilt(DeckReport report) {}

        @Override
        public void rebuilt(Rebuild rebuild) {}
    };

    /** A build finished, the first one too; the browsers have been told. */
    void rebuilt(Rebuild rebuild);
}
