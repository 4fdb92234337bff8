package org.netdeck.site;

/**
 * Hears what {@code serve} does: each deck built (as {@link BuildListener}) and each rebuild's outcome.
 * Called on the thread that rebuilds; the command line prints from it.
 */
public interface ServeListener extends BuildListener {

    /** Hears nothing. */
    ServeListener SILENT = new ServeListener() {
        @Override
        public void deckBuilt(DeckReport report) {
        }

        @Override
        public void rebuilt(Rebuild rebuild) {
        }
    };

    /** A build finished, the first one too; the browsers have been told. */
    void rebuilt(Rebuild rebuild);
}
