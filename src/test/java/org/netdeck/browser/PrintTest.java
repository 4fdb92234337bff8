package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Chromium's print to PDF (Page.printToPDF, the page's own page size): one landscape page per slide, the title
 * slide first, each page holding its slide's title and last words; ?notes adds the speaker notes.
 */
@Browser
class PrintTest {

    @Test
    void theDefaultDeckPrintsOneLandscapePagePerSlideTitleFirst(BrowserSession browser) {
        List<String> titles = DeckPage.titles();
        browser.open(browser.site().http(DeckPage.PAGE) + "#slide-3");
        List<String> pages = print(browser, "backprop");
        @SuppressWarnings("unchecked")
        List<String> lastWords = (List<String>) browser.call("print.js", "slideEndings");
        assertEquals(titles.size() + 1, pages.size(), "the title slide and one page per slide");
        List<String> missing = new ArrayList<>();
        assertTrue(squash(pages.get(0)).contains(squash("Backpropagation")), pages.get(0));
        for (int k = 1; k <= titles.size(); k++) {
            String page = squash(pages.get(k));
            if (!page.contains(squash(titles.get(k - 1)))) {
                missing.add("page " + (k + 1) + " lacks its title " + titles.get(k - 1));
            }
            if (!page.contains(squash(lastWords.get(k)))) {
                missing.add("page " + (k + 1) + " lacks its last words '" + lastWords.get(k) + "':\n" + pages.get(k));
            }
            if (page.contains(squash("Only the presenter view shows"))) {
                missing.add("page " + (k + 1) + " prints speaker notes without ?notes");
            }
        }
        assertEquals("", String.join("\n", missing));
    }

    @Test
    void withNotesTheSpeakerNotesArePrintedUnderTheirSlide(BrowserSession browser) {
        browser.open(browser.site().http(DeckPage.PAGE) + "?notes");
        List<String> pages = print(browser, "backprop-notes");
        assertAll(
                () -> assertEquals(DeckPage.titles().size() + 1, pages.size()),
                () -> assertTrue(
                        squash(pages.get(1)).contains(squash("Only the presenter view shows these notes")),
                        pages.get(1)),
                () -> assertFalse(
                        squash(pages.get(2)).contains(squash("Only the presenter view shows")), pages.get(2)));
    }

    @Test
    void theOptimizersDeckPrintsOneSlideAPageWithItsLandscape(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.optimizers(browser);
        browser.open(deck.url());
        List<String> pages = print(browser, "optimizers");
        List<String> titles = DeckPage.titles(DeckPage.OPTIMIZERS);
        assertEquals(deck.slides() + 1, pages.size());
        for (int k = 1; k < pages.size(); k++) {
            assertTrue(
                    squash(pages.get(k)).contains(squash(titles.get(k - 1))), "page " + (k + 1) + ": " + pages.get(k));
        }
        assertTrue(
                pages.stream().anyMatch(p -> squash(p).contains(squash("lowest on the grid"))),
                "the landscape's legend is printed text (the optimizers deck draws it on its landscape slide)");
    }

    @Test
    void theLayersDeckPrintsOneSlideAPageWithItsMatrices(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.layers(browser);
        browser.open(deck.url());
        List<String> pages = print(browser, "layers");
        List<String> titles = DeckPage.titles(DeckPage.LAYERS);
        assertEquals(deck.slides() + 1, pages.size());
        for (int k = 1; k < pages.size(); k++) {
            assertTrue(
                    squash(pages.get(k)).contains(squash(titles.get(k - 1))), "page " + (k + 1) + ": " + pages.get(k));
        }
        assertTrue(squash(pages.get(4)).contains(squash("deeper: larger |w|")), "the layers key is printed text");
    }

    @Test
    void theSoftmaxDeckPrintsOneSlideAPage(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.softmax(browser);
        browser.open(deck.url());
        List<String> pages = print(browser, "softmax");
        List<String> titles = DeckPage.titles(DeckPage.SOFTMAX);
        assertEquals(deck.slides() + 1, pages.size());
        for (int k = 1; k < pages.size(); k++) {
            assertTrue(
                    squash(pages.get(k)).contains(squash(titles.get(k - 1))), "page " + (k + 1) + ": " + pages.get(k));
        }
        assertTrue(squash(pages.get(4)).contains(squash("ŷ of the true class")), "the loss diagram's caption is text");
    }

    @Test
    void theTallDeckPrintsWholeSlidesToo(BrowserSession browser) {
        BrowserDecks.Deck tall = BrowserDecks.tall();
        browser.open(tall.url());
        List<String> pages = print(browser, "tall");
        assertEquals(tall.slides() + 1, pages.size());
        for (int k = 1; k < pages.size(); k++) {
            String text = squash(pages.get(k));
            assertTrue(
                    text.contains("bullet") || text.contains(squash("whole and uncovered, at every window size.")),
                    "page " + (k + 1) + ": " + pages.get(k));
        }
    }

    /** A line of code wider than the slide (tiny-content's fifth slide) wraps on paper, so all of it is printed. */
    @Test
    void aWideLineOfCodePrintsWhole(BrowserSession browser) {
        BrowserDecks.Deck tiny = BrowserDecks.tiny();
        browser.open(tiny.url());
        List<String> pages = print(browser, "tiny");
        assertEquals(tiny.slides() + 1, pages.size());
        String page = squash(pages.get(5));
        assertTrue(page.contains(squash("optimizer, batchSize, landscape, checkpoints);")), pages.get(5));
    }

    /**
     * Paper does not scroll: a display formula wider than any column (tiny-content's third slide, 40 terms) prints
     * whole, its slide laid out wider and scaled down to the page; it used to be cut after the thirteenth term. After
     * printing the slide is as it was on the screen.
     */
    @Test
    void aFormulaWiderThanTheSlidePrintsWhole(BrowserSession browser) {
        BrowserDecks.Deck tiny = BrowserDecks.tiny();
        browser.open(tiny.url() + "#slide-3");
        String before = (String) browser.script(
                "return document.querySelector('[data-slide=\"3\"] .slide-canvas')" + ".getAttribute('style');");
        List<String> pages = print(browser, "tiny-formula");
        String page = squash(pages.get(3));
        assertTrue(page.contains(squash("A Long Formula")), page);
        assertTrue(page.contains(squash("𝑤40𝑥40")), "the formula's last term is printed: " + page);
        assertEquals(
                before,
                browser.script(
                        "return document.querySelector('[data-slide=\"3\"] .slide-canvas').getAttribute('style');"),
                "after printing the slide's canvas is as it was");
    }

    /**
     * Paper keeps every slide's fills: under print media each neuron a slide draws (its own copy, or a {@code <use>}'s
     * copy of the stored diagram, one panel of the training figure alone included) is painted with its kind's colour;
     * the training slide's neurons printed in the build's near-white, unfilled, while other slides kept their colours.
     * The page asks the browser to print its colours as they are (print-color-adjust: exact).
     */
    @Test
    void everySlidesNeuronsPrintFilled(BrowserSession browser) {
        List<String> wrong = new ArrayList<>();
        for (BrowserDecks.Deck deck : List.of(
                BrowserDecks.backprop(browser),
                BrowserDecks.optimizers(browser),
                BrowserDecks.tall(),
                BrowserDecks.dense())) {
            browser.open(deck.url());
            browser.media("print", Map.of());
            try {
                browser.settle();
                assertEquals(
                        "exact",
                        browser.script("return getComputedStyle(document.documentElement).printColorAdjust;"),
                        deck.name());
                @SuppressWarnings("unchecked")
                List<String> network = (List<String>) browser.call("print.js", "networkSlides");
                assertFalse(network.isEmpty(), deck.name() + " has slides that draw a network");
                Set<String> drawn = new TreeSet<>();
                for (long node : browser.deepSearch("circle.neuron")) {
                    @SuppressWarnings("unchecked")
                    List<String> n = (List<String>) browser.callOn(node, "print.js", "neuronFill");
                    if (n.get(0).equals("defs")) {
                        continue;
                    }
                    drawn.add(n.get(0));
                    if (!n.get(2).equals(n.get(3))
                            || n.get(3).equals("none")
                            || n.get(3).contains("rgba")) {
                        wrong.add(deck.name() + " slide " + n.get(0) + ": a neuron (" + n.get(1) + ") prints with fill "
                                + n.get(2) + ", not its colour " + n.get(3));
                    }
                }
                assertEquals(new TreeSet<>(network), drawn, deck.name() + ": every network slide checked");
            } finally {
                browser.media("", Map.of());
            }
        }
        assertEquals("", String.join("\n", wrong));
    }

    /**
     * The text as words to compare, not glyph encodings: the PDF holds a formula's letters as math italics with a
     * combining circumflex (U+1D466 U+0302) where the slide's innerText has a plain letter and a modifier circumflex
     * (y U+02C6). NFKD (not NFKC, which would compose y U+0302 into ŷ) makes both plain letters; the circumflexes
     * of either kind and all whitespace are then dropped.
     */
    private static String squash(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)
                .replaceAll("[\\u02C6\\u0302]", "")
                .replaceAll("\\s+", "");
    }

    // prints with Chromium, checks every page is landscape, keeps the PDF under target/ and returns each page's text
    private static List<String> print(BrowserSession browser, String name) {
        Map<String, Object> result =
                browser.cdp("Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] pdf = Base64.getDecoder().decode((String) result.get("data"));
        try {
            Path file = Path.of("target", "print", name + ".pdf");
            Files.createDirectories(file.getParent());
            Files.write(file, pdf);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<String> pages = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper();
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    PDRectangle box = doc.getPage(p - 1).getMediaBox();
                    assertTrue(box.getWidth() > box.getHeight(), "page " + p + " is landscape: " + box);
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    pages.add(stripper.getText(doc));
                }
                return pages;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
