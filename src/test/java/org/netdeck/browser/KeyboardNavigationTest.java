package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Moving through the deck in a real browser: keys, buttons, the counter, the progress bar and the URL. */
@Browser
class KeyboardNavigationTest {

    @Test
    void everyDocumentedKeyMovesAndTheCounterBarAndHashFollow(BrowserSession browser) {
        DeckPage deck = new DeckPage(browser);
        int n = DeckPage.titles().size();
        browser.open(browser.site().http(DeckPage.PAGE));
        assertEquals("", deck.hash(), "a plain link to the deck keeps its URL");
        expectTitle(browser, deck, "");

        press(browser, Keys.ARROW_RIGHT);
        expectSlide(browser, deck, 1, n);
        press(browser, Keys.PAGE_DOWN);
        expectSlide(browser, deck, 2, n);
        press(browser, Keys.SPACE);
        expectSlide(browser, deck, 3, n);
        press(browser, Keys.ARROW_LEFT);
        expectSlide(browser, deck, 2, n);
        press(browser, Keys.PAGE_UP);
        expectSlide(browser, deck, 1, n);
        new Actions(browser.driver())
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.SPACE)
                .keyUp(Keys.SHIFT)
                .perform();
        browser.settle();
        expectTitle(browser, deck, "#title");
        press(browser, Keys.END);
        expectSlide(browser, deck, n, n);
        press(browser, Keys.ARROW_RIGHT);
        expectSlide(browser, deck, n, n);
        press(browser, Keys.HOME);
        expectTitle(browser, deck, "#title");
        press(browser, Keys.ARROW_LEFT);
        expectTitle(browser, deck, "#title");
    }

    @Test
    void reloadKeepsTheSlideAndBackReturnsToThePreviousOne(BrowserSession browser) {
        DeckPage deck = new DeckPage(browser);
        int n = DeckPage.titles().size();
        browser.open(browser.site().http(DeckPage.PAGE));
        for (int k = 1; k <= 4; k++) {
            press(browser, Keys.ARROW_RIGHT);
        }
        expectSlide(browser, deck, 4, n);

        browser.driver().navigate().refresh();
        browser.settle();
        expectSlide(browser, deck, 4, n);

        browser.driver().navigate().back();
        browser.settle();
        expectSlide(browser, deck, 3, n);
        browser.driver().navigate().back();
        browser.settle();
        expectSlide(browser, deck, 2, n);
        browser.driver().navigate().forward();
        browser.settle();
        expectSlide(browser, deck, 3, n);
    }

    @Test
    void aLinkToASlideOpensIt(BrowserSession browser) {
        DeckPage deck = new DeckPage(browser);
        int n = DeckPage.titles().size();
        browser.open(browser.site().http(DeckPage.PAGE) + "#slide-5");
        expectSlide(browser, deck, 5, n);
        browser.open(browser.site().file(DeckPage.PAGE) + "#slide-6");
        expectSlide(browser, deck, 6, n);
    }

    @Test
    void previousIsDisabledOnTheFirstSlideAndNextOnTheLast(BrowserSession browser) {
        DeckPage deck = new DeckPage(browser);
        int n = DeckPage.titles().size();
        browser.open(browser.site().http(DeckPage.PAGE));
        var prev = browser.find("[data-deck-prev]");
        var next = browser.find("[data-deck-next]");
        assertAll(
                () -> assertTrue(prev.isDisplayed()),
                () -> assertFalse(prev.isEnabled()),
                () -> assertTrue(next.isEnabled()));

        for (int k = 1; k <= n; k++) {
            for (long f = fragments(browser, k - 1); f > 0; f--) { // Next first reveals the previous slide's fragments
                next.click();
                browser.settle();
            }
            next.click();
            browser.settle();
            expectSlide(browser, deck, k, n);
            assertTrue(prev.isEnabled(), "previous is enabled on slide " + k);
        }
        assertFalse(next.isEnabled(), "next is disabled on the last slide");
        prev.click();
        browser.settle();
        long last = fragments(browser, n - 1);
        assertEquals(List.of(n - 1), deck.displayedSlides(), "Previous goes back to the slide before");
        assertEquals("#slide-" + (n - 1) + (last > 0 ? "." + last : ""), deck.hash(), "with all its fragments shown");
        assertTrue(next.isEnabled());
    }

    private static long fragments(BrowserSession browser, int slide) {
        return (Long) browser.script(
                "return document.querySelectorAll('[data-slide=\"' + arguments[0] + '\"] .fragment').length;", slide);
    }

    private static void press(BrowserSession browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
        browser.settle();
    }

    private static void expectTitle(BrowserSession browser, DeckPage deck, String hash) {
        assertAll(
                "title slide",
                () -> assertEquals(List.of(0), deck.displayedSlides(), "only the title slide is displayed"),
                () -> assertEquals("Title", deck.counterText(), "counter"),
                () -> assertEquals(0.0, deck.progressPercent(), 0.01, "progress bar width"),
                () -> assertEquals(hash, deck.hash(), "URL hash"),
                () -> assertTrue(browser.find("#deck-title").isDisplayed(), "the deck's title shows"));
    }

    private static void expectSlide(BrowserSession browser, DeckPage deck, int k, int n) {
        List<String> titles = DeckPage.titles();
        assertAll(
                "slide " + k,
                () -> assertEquals(List.of(k), deck.displayedSlides(), "only slide " + k + " is displayed"),
                () -> assertEquals(k, deck.current(), "counter"),
                () -> assertEquals(
                        "Slide " + k + " / " + n,
                        deck.counterText().replaceFirst(", step 1/\\d+$", ""),
                        "counter text (on a slide with fragments, none revealed yet)"),
                () -> assertEquals(100.0 * k / n, deck.progressPercent(), 0.01, "progress bar width"),
                () -> assertEquals("#slide-" + k, deck.hash(), "URL hash"),
                () -> assertEquals(
                        titles.get(k - 1),
                        browser.find("#slide-" + k + "-title").getText(),
                        "visible title"));
    }
}
