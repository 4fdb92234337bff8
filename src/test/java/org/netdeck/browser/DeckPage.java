package org.netdeck.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** What the tests know about the default deck, and how to read the deck page's state in the browser. */
final class DeckPage {

    static final String SLUG = "backprop";
    static final String PAGE = SLUG + "/index.html";
    /** The second deck, which the browser tests open too. */
    static final String OPTIMIZERS = "optimizers";
    /** The third deck, content/layers (Mazur's network, paths that fork, the layers step). */
    static final String LAYERS = "layers";

    /** The softmax classifier deck, which the browser tests open too. */
    static final String SOFTMAX = "softmax";

    private final BrowserSession browser;

    DeckPage(BrowserSession browser) {
        this.browser = browser;
    }

    /** The slide titles, in order, as the author wrote them ({@code ## } headings of content/backprop/deck.md). */
    static List<String> titles() {
        return titles(SLUG);
    }

    /** The slide titles of the deck {@code content/<slug>/deck.md}, in order. */
    static List<String> titles(String slug) {
        try {
            return Files.readAllLines(Path.of("content", slug, "deck.md")).stream()
                    .filter(line -> line.startsWith("## "))
                    .map(line -> line.substring(3).trim())
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The slide shown: its number, 0 for the title slide. */
    int current() {
        List<Integer> shown = displayedSlides();
        if (shown.size() != 1) {
            throw new AssertionError("one slide should be displayed, not " + shown);
        }
        return shown.get(0);
    }

    /** The counter as a screen reader reads it, e.g. "Slide 3 / 7". */
    String counterText() {
        return ((String) browser.script("return document.querySelector('.deck-counter').textContent;"))
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** The progress bar's width, in percent of its track. */
    double progressPercent() {
        String width = (String) browser.script("return document.querySelector('[data-deck-progress]').style.width;");
        return Double.parseDouble(width.replace("%", ""));
    }

    /** The 1-based numbers of the slides that are displayed. */
    List<Integer> displayedSlides() {
        @SuppressWarnings("unchecked")
        List<Long> shown = (List<Long>) browser.script("return [...document.querySelectorAll('[data-slide]')]"
                + ".filter(s => getComputedStyle(s).display !== 'none' && s.getBoundingClientRect().height > 0)"
                + ".map(s => Number(s.dataset.slide));");
        return shown.stream().map(Long::intValue).collect(Collectors.toList());
    }

    String hash() {
        return (String) browser.script("return location.hash;");
    }
}
