package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** With JavaScript off the deck is one scrolling page: every slide, every title, no dead controls. */
@Browser
class NoScriptTest {

    @Test
    void everySlideIsReadableOnOnePage(BrowserSession browser) {
        readableWithoutScript(browser, DeckPage.SLUG);
    }

    @Test
    void everySlideOfTheOptimizersDeckIsReadableToo(BrowserSession browser) {
        readableWithoutScript(browser, DeckPage.OPTIMIZERS);
    }

    @Test
    void everySlideOfTheSoftmaxDeckIsReadableToo(BrowserSession browser) {
        readableWithoutScript(browser, DeckPage.SOFTMAX);
    }

    private static void readableWithoutScript(BrowserSession browser, String slug) {
        browser.driver().get("about:blank");
        browser.reset();
        browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.driver().get(browser.site().http(slug + "/index.html"));
            List<String> titles = DeckPage.titles(slug);
            List<WebElement> headings = browser.findAll("[data-slide] h2");
            assertEquals(
                    titles, headings.stream().map(WebElement::getText).collect(Collectors.toList()), "slide titles");
            assertAll(
                    () -> assertFalse(
                            (Boolean) browser.script("return document.documentElement.classList.contains('js');"),
                            "deck.js did not run"),
                    () -> assertTrue(headings.stream().allMatch(WebElement::isDisplayed), "every title is displayed"),
                    () -> assertEquals(
                            IntStream.rangeClosed(0, titles.size()).boxed().collect(Collectors.toList()),
                            new DeckPage(browser).displayedSlides(),
                            "the title slide, then every slide, is displayed"),
                    () -> assertFalse(
                            browser.find(".deck-controls").isDisplayed(), "the buttons that need a script are hidden"),
                    () -> assertEquals(
                            titles.size(),
                            browser.findAll("[data-slide] .slide-body").stream()
                                    .filter(b -> b.isDisplayed() && !b.getText().isBlank())
                                    .count(),
                            "every slide's text is displayed"));
        } finally {
            browser.reset();
        }
    }
}
