package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** axe-core, WCAG 2.2 A and AA, on the index and on every slide of the deck, light and dark: no violation. */
@Browser
class AccessibilityTest {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @Test
    void noViolationsInLightOrDark(BrowserSession browser) {
        List<String> found = new ArrayList<>();
        for (Map<String, String> scheme : List.of(Map.of("prefers-color-scheme", "light"), MediaEmulationTest.DARK)) {
            String name = scheme.get("prefers-color-scheme");
            found.addAll(check(browser, browser.site().http(""), name + " index", scheme));
            for (String slug : List.of(DeckPage.SLUG, DeckPage.LAYERS, DeckPage.OPTIMIZERS, DeckPage.SOFTMAX)) {
                String page = browser.site().http(slug + "/index.html");
                found.addAll(check(browser, page, name + " " + slug + " title slide", scheme));
                for (int k = 1; k <= DeckPage.titles(slug).size(); k++) {
                    found.addAll(check(browser, page + "#slide-" + k, name + " " + slug + " slide " + k, scheme));
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
        for (String key : List.of("?", "o", "g", "z")) {
            browser.open(deck + "#slide-2", BrowserSession.WIDTH, BrowserSession.HEIGHT, light);
            new Actions(browser.driver()).sendKeys(key).perform();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d ->
                            Boolean.TRUE.equals(browser.script("return !!document.querySelector('dialog[open]');")));
            found.addAll(analyze(browser, "dialog opened with " + key));
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

    static List<String> analyze(BrowserSession browser, String where) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
        assertFalse(results.isErrored(), () -> where + ": axe-core failed: " + results.getErrorMessage());
        assertFalse(results.getPasses().isEmpty(), () -> where + ": axe-core checked nothing");
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + node.getTarget() + ": " + node.getFailureSummary().replace('\n', ' '));
            }
        }
        return found;
    }
}
