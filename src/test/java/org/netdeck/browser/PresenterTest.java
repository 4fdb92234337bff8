package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The presenter view in a second window: P opens it (over HTTP and from disk), or its own URL (?presenter);
 * it shows the current and next slide, the notes, elapsed time and a clock; moving in either window moves both.
 */
@Browser
class PresenterTest {

    @Test
    void pOpensThePresenterViewAndBothWindowsMoveTogetherOverHttp(BrowserSession browser) {
        openedWithP(browser, browser.site().http(DeckPage.PAGE));
    }

    @Test
    void theSameFromDisk(BrowserSession browser) {
        openedWithP(browser, browser.site().file(DeckPage.PAGE));
    }

    @Test
    void thePresenterUrlOpenedByHandFollowsAndLeadsTheDeck(BrowserSession browser) {
        String deckUrl = browser.site().http(DeckPage.PAGE);
        browser.open(deckUrl + "#slide-2");
        String deck = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        String presenter = browser.driver().getWindowHandle();
        try {
            browser.driver().get(deckUrl + "?presenter#slide-2");
            StageTest.expect(browser, 2);
            press(browser, Keys.ARROW_RIGHT);
            StageTest.expect(browser, 3);
            browser.driver().switchTo().window(deck);
            StageTest.expect(browser, 3);
            press(browser, Keys.ARROW_LEFT);
            StageTest.expect(browser, 2);
            browser.driver().switchTo().window(presenter);
            StageTest.expect(browser, 2);
        } finally {
            closeOthers(browser, deck);
        }
    }

    private static void openedWithP(BrowserSession browser, String deckUrl) {
        browser.open(deckUrl);
        String deck = browser.driver().getWindowHandle();
        press(browser, "p");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.getWindowHandles().size() == 2);
        String presenter = browser.driver().getWindowHandles().stream()
                .filter(h -> !h.equals(deck))
                .findFirst()
                .orElseThrow();
        try {
            browser.driver().switchTo().window(presenter);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(
                            d -> Boolean.TRUE.equals(
                                    browser.script(
                                            "return document.documentElement.classList.contains('presenter') && !!document.querySelector('[data-p-notes]');")));
            StageTest.expect(browser, 0);
            assertPanel(browser, "No notes for this slide.", DeckPage.titles().get(0));

            press(browser, Keys.ARROW_RIGHT); // the presenter leads
            StageTest.expect(browser, 1);
            assertPanel(browser, "Start with the picture", DeckPage.titles().get(1));
            browser.screenshot(LayoutTest.SCREENSHOTS.resolve("presenter-1280x800.png"));
            browser.driver().switchTo().window(deck);
            StageTest.expect(browser, 1);

            press(browser, Keys.ARROW_RIGHT); // the deck leads
            press(browser, Keys.ARROW_RIGHT);
            StageTest.expect(browser, 3);
            browser.driver().switchTo().window(presenter);
            StageTest.expect(browser, 3);
            assertPanel(browser, "With the numbers:", DeckPage.titles().get(3));
        } finally {
            closeOthers(browser, deck);
        }
    }

    private static void assertPanel(BrowserSession browser, String notes, String nextTitle) {
        String shownNotes = browser.find("[data-p-notes]").getText();
        String next = browser.find("[data-p-next]").getText();
        String elapsed = browser.find("[data-p-elapsed]").getText();
        String clock = browser.find("[data-p-clock]").getText();
        assertAll(
                () -> assertTrue(shownNotes.startsWith(notes), "notes: " + shownNotes),
                () -> assertTrue(next.contains(nextTitle), "next slide: " + next),
                () -> assertTrue(elapsed.matches("\\d+:\\d\\d(:\\d\\d)?"), "elapsed: " + elapsed),
                () -> assertTrue(clock.matches("\\d\\d:\\d\\d:\\d\\d"), "clock: " + clock),
                () -> assertEquals(
                        List.of(),
                        StageTest.problems(browser, "presenter"),
                        "the current slide fits its part of the window"));
    }

    private static void press(BrowserSession browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static void closeOthers(BrowserSession browser, String keep) {
        Set<String> handles = browser.driver().getWindowHandles();
        for (String h : handles) {
            if (!h.equals(keep)) {
                browser.driver().switchTo().window(h);
                browser.driver().close();
            }
        }
        browser.driver().switchTo().window(keep);
    }
}
