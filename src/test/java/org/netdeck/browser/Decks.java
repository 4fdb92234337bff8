package org.netdeck.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.netdeck.site.SiteBuild;

/**
 * The decks the stage tests walk: the default deck, served over HTTP under a project path, and a taller fixture
 * (three inputs, two hidden layers of four, two outputs, long text; src/test/resources/browser/tall-content),
 * built once per run and opened from disk.
 */
final class Decks {

    /** One deck to walk: its URL without a fragment and its number of slides after the title slide. */
    record Deck(String name, String url, int slides) {}

    static final Path TALL_CONTENT = Path.of("src", "test", "resources", "browser", "tall-content");
    private static final Path TALL_OUT = Path.of("target", "browser-site-tall");
    private static volatile boolean built;

    private Decks() {}

    static Deck backprop(BrowserSession browser) {
        return new Deck(
                "backprop",
                browser.site().http(DeckPage.PAGE),
                DeckPage.titles().size());
    }

    /** The second deck, content/optimizers (XOR, three optimisers, the loss landscape), served like the first. */
    static Deck optimizers(BrowserSession browser) {
        return new Deck(
                DeckPage.OPTIMIZERS,
                browser.site().http(DeckPage.OPTIMIZERS + "/index.html"),
                DeckPage.titles(DeckPage.OPTIMIZERS).size());
    }

    static synchronized Deck tall() {
        if (!built) {
            SiteBuild.build(TALL_CONTENT, Optional.of(Path.of("templates")), TALL_OUT);
            built = true;
        }
        long slides;
        try (var lines = Files.lines(TALL_CONTENT.resolve("tall/deck.md"))) {
            slides = lines.filter(l -> l.startsWith("## ")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Deck(
                "tall",
                TALL_OUT.resolve("tall/index.html").toAbsolutePath().toUri().toString(),
                (int) slides);
    }
}
