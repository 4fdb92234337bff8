package org.netdeck.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.netdeck.site.SiteBuild;

/**
 * The decks the stage tests walk: the default deck, served over HTTP under a project path, and fixtures built
 * once per run and opened from disk: a taller network (three inputs, two hidden layers of four, two outputs, long
 * text; src/test/resources/browser/tall-content), as large a network with little text (wide-content) and a dense one
 * (dense-content), and one trained to a loss of about 10⁻³² (tiny-content).
 */
final class BrowserDecks {

    /** One deck to walk: its URL without a fragment and its number of slides after the title slide. */
    record Deck(String name, String url, int slides) {}

    private static final Set<String> BUILT = ConcurrentHashMap.newKeySet();

    private BrowserDecks() {}

    private static Path fixture(String name) {
        return Path.of("src", "test", "resources", "browser", name + "-content");
    }

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

    /** Every deck of content/ (each folder with a deck.md), in name order, served like the first. */
    static List<Deck> content(BrowserSession browser) {
        try (var folders = Files.list(Path.of("content"))) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("deck.md")))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .map(slug -> new Deck(
                            slug,
                            browser.site().http(slug + "/index.html"),
                            DeckPage.titles(slug).size()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The third deck, content/layers (two paths lit one by one, matrices, the layers step), served like the first. */
    static Deck layers(BrowserSession browser) {
        return new Deck(
                DeckPage.LAYERS,
                browser.site().http(DeckPage.LAYERS + "/index.html"),
                DeckPage.titles(DeckPage.LAYERS).size());
    }

    /** The softmax deck, content/softmax (a three-class classifier: its outputs in one box), served like the first. */
    static Deck softmax(BrowserSession browser) {
        return new Deck(
                DeckPage.SOFTMAX,
                browser.site().http(DeckPage.SOFTMAX + "/index.html"),
                DeckPage.titles(DeckPage.SOFTMAX).size());
    }

    static Deck tall() {
        return fixtureDeck("tall");
    }

    /** A network as large as the tall one with a sentence or two on its first slides, one slide with more text. */
    static Deck wide() {
        return fixtureDeck("wide");
    }

    /** A dense network (4-8-6-3, 98 labelled weights) with a sentence per slide: its diagrams are too dense to read whole. */
    static Deck dense() {
        return fixtureDeck("dense");
    }

    /**
     * A small network trained until its loss is about 10⁻³² (tiny-content), with a training slide: numbers below 10⁻⁶
     * in scientific notation, in the build and in the scrubber.
     */
    static Deck tiny() {
        return fixtureDeck("tiny");
    }

    /**
     * One of the legibility fixtures (src/test/resources/browser/legible-content, built once per run): {@code full221}
     * (2-2-1 fully connected), {@code net222}, {@code net3442} and {@code densest} (16-16, 256 weights: the limits'
     * densest layer), each drawing every network step, a chain-rule slide with fragments, and the training figure.
     */
    static Deck legible(String deck) {
        return fixtureDeck("legible", deck);
    }

    /** The folder a fixture deck is built into: {@code target/browser-site-NAME/NAME}. */
    static Path builtDeck(String name) {
        return Path.of("target", "browser-site-" + name, name);
    }

    /** The fixture deck src/test/resources/browser/NAME-content/NAME, built once per run and opened from disk. */
    private static Deck fixtureDeck(String name) {
        return fixtureDeck(name, name);
    }

    /** The deck {@code name} of the fixture content folder src/test/resources/browser/FOLDER-content, built once. */
    private static synchronized Deck fixtureDeck(String folder, String name) {
        Path content = fixture(folder);
        Path out = builtDeck(folder).getParent();
        if (BUILT.add(folder)) {
            SiteBuild.build(content, Optional.of(Path.of("templates")), out);
        }
        long slides;
        try (var lines = Files.lines(content.resolve(name + "/deck.md"))) {
            slides = lines.filter(l -> l.startsWith("## ")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Deck(
                name, out.resolve(name + "/index.html").toAbsolutePath().toUri().toString(), (int) slides);
    }
}
