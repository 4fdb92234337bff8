package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** The deck under emulated media: dark colour scheme, reduced motion, print. */
@Browser
class MediaEmulationTest {

    static final Map<String, String> DARK = Map.of("prefers-color-scheme", "dark");
    static final Map<String, String> DARK_STILL =
            Map.of("prefers-color-scheme", "dark", "prefers-reduced-motion", "reduce");

    @Test
    void darkSchemeGivesADarkPageWithLightText(BrowserSession browser) {
        browser.open(
                browser.site().http(DeckPage.PAGE) + "#slide-1", BrowserSession.WIDTH, BrowserSession.HEIGHT, DARK);
        double page = luminance(browser, "body", "backgroundColor");
        double slide = luminance(browser, "#slide-1 .slide-canvas", "backgroundColor");
        double text = luminance(browser, "#slide-1-title", "color");
        assertAll(
                () -> assertTrue(page < 0.05, "page background is dark, luminance " + page),
                () -> assertTrue(slide < 0.05, "slide background is dark, luminance " + slide),
                () -> assertTrue(text > 0.6, "title text is light, luminance " + text));

        browser.open(browser.site().http(DeckPage.PAGE));
        double light = luminance(browser, "body", "backgroundColor");
        assertTrue(light > 0.8, "without the preference the page is light, luminance " + light);
    }

    @Test
    void reducedMotionAnimatesNothingAndHidesNothing(BrowserSession browser) {
        browser.open(browser.site().http(DeckPage.PAGE), BrowserSession.WIDTH, BrowserSession.HEIGHT, DARK_STILL);
        new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform(); // no settle(): read at once

        Object running = browser.call("media.js", "runningAnimations");
        @SuppressWarnings("unchecked")
        List<String> moving = (List<String>) browser.call("media.js", "movingElements");
        String opacity =
                (String) browser.script("return getComputedStyle(document.getElementById('slide-1')).opacity;");
        assertAll(
                () -> assertEquals(List.of(), running, "no animation or transition runs after a key press"),
                () -> assertEquals(List.of(), moving, "elements with a non-zero animation or transition duration"),
                () -> assertEquals(List.of(1), new DeckPage(browser).displayedSlides(), "slide 1 is shown at once"),
                () -> assertEquals("1", opacity, "slide 1 is fully opaque at once"));
    }

    @Test
    void printShowsEverySlideOnItsOwnPageWithoutControls(BrowserSession browser) {
        browser.open(browser.site().http(DeckPage.PAGE));
        browser.media("print", Map.of());
        int n = DeckPage.titles().size();
        List<String> breaks = IntStream.rangeClosed(1, n)
                .mapToObj(k -> (String) browser.script(
                        "return getComputedStyle(document.getElementById('slide-' + arguments[0])).breakAfter;", k))
                .collect(Collectors.toList());
        List<String> expected = IntStream.rangeClosed(1, n)
                .mapToObj(k -> k < n ? "page" : "auto")
                .collect(Collectors.toList());
        assertAll(
                () -> assertEquals(
                        IntStream.rangeClosed(0, n).boxed().collect(Collectors.toList()),
                        new DeckPage(browser).displayedSlides(),
                        "the title slide and every slide are printed"),
                () -> assertEquals("none", display(browser, ".deck-controls"), "controls are not printed"),
                () -> assertEquals("none", display(browser, "[data-deck-hint]"), "the key hint is not printed"),
                () -> assertEquals(expected, breaks, "a page break after every slide but the last"));
    }

    private static String display(BrowserSession browser, String css) {
        return (String) browser.script("return getComputedStyle(document.querySelector(arguments[0])).display;", css);
    }

    // WCAG relative luminance of a computed CSS colour, rgb() or rgba()
    static double luminance(BrowserSession browser, String css, String property) {
        String colour = (String) browser.script(
                "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];", css, property);
        String[] parts = colour.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); // sRGB to linear
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
