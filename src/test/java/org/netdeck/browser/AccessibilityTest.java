package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core, WCAG 2.2 A and AA, on the index and on every slide of every deck, light and dark: no violation. Each deck
 * is loaded once a scheme and walked slide by slide through its addresses ({@code #slide-k}, as a link within the page
 * does), so axe-core is injected once a page and analyses the whole document at each slide.
 */
@Browser
class AccessibilityTest {

    @Test
    void noViolationsInLightOrDark(BrowserSession browser) {
        List<String> found = new ArrayList<>();
        for (Map<String, String> scheme : List.of(Map.of("prefers-color-scheme", "light"), MediaEmulationTest.DARK)) {
            String name = scheme.get("prefers-color-scheme");
            found.addAll(check(browser, browser.site().http(""), name + " index", scheme));
            for (String slug : List.of(DeckPage.SLUG, DeckPage.LAYERS, DeckPage.OPTIMIZERS, DeckPage.SOFTMAX)) {
                found.addAll(check(
                        browser,
                        browser.site().http(slug + "/index.html"),
                        name + " " + slug + " title slide",
                        scheme));
                for (int k = 1; k <= DeckPage.titles(slug).size(); k++) {
                    go(browser, k);
                    found.addAll(analyze(browser, name + " " + slug + " slide " + k));
                }
            }
        }
        assertEquals("", String.join("\n", found), "axe-core WCAG 2.2 AA violations");
    }

    @Test
    void noViolationsInTheToolsPresenterViewOrOnAPhone(BrowserSession browser) {
        Map<String, String> light = Map.of("prefers-color-scheme", "light");
        String deck = browser.site().http(DeckPage.PAGE);
        List<String> found = new ArrayList<>();
        browser.open(deck + "#slide-2", BrowserSession.WIDTH, BrowserSession.HEIGHT, light);
        for (String key : List.of("?", "o", "g", "z")) {
            new Actions(browser.driver()).sendKeys(key).perform();
            dialogOpen(browser, true);
            found.addAll(analyze(browser, "dialog opened with " + key));
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            dialogOpen(browser, false);
        }
        for (Map<String, String> scheme : List.of(light, MediaEmulationTest.DARK)) {
            found.addAll(check(browser, deck + "?presenter#slide-1", "presenter view " + scheme, scheme));
        }
        browser.open(deck + "#slide-2", 390, 844, 1, "light");
        found.addAll(analyze(browser, "phone slide 2"));
        assertEquals("", String.join("\n", found), "axe-core WCAG 2.2 AA violations");
    }

    private static List<String> check(BrowserSession browser, String url, String where, Map<String, String> scheme) {
        browser.open(url, BrowserSession.WIDTH, BrowserSession.HEIGHT, scheme);
        return analyze(browser, where);
    }

    /** Goes to slide {@code k} of the loaded deck by its address, as a link within the page does, and waits for it. */
    private static void go(BrowserSession browser, int k) {
        browser.script("location.hash = arguments[0];", "#slide-" + k);
        StageTest.expect(browser, k);
    }

    private static void dialogOpen(BrowserSession browser, boolean open) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> open
                        == Boolean.TRUE.equals(browser.script("return !!document.querySelector('dialog[open]');")));
        browser.settle();
    }

    /** axe-core's WCAG 2.2 A and AA violations in the document shown, one line each, {@code where} first. */
    static List<String> analyze(BrowserSession browser, String where) {
        return Axe.violations(browser, where);
    }
}
