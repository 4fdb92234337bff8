package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * {@link BrowserSession#animationRate}, which {@code StageTest} uses to wait less, speeds up the pages opened after
 * it and is undone by rate 1: the tests that watch animations ({@code MorphTest}, {@code ScrubberTest}) share the
 * session and must see them as readers do.
 */
@Browser
class AnimationRateTest {

    // how far a long animation got over the real time it ran, in a frame after ~0.3 s
    private static final String SPEED = String.join(
            "\n",
            "const done = arguments[arguments.length - 1];",
            "const a = document.body.animate([{ opacity: 0.5 }, { opacity: 1 }], 1000000);",
            "a.ready.then(() => { const t0 = performance.now(), c0 = a.currentTime;",
            "  setTimeout(() => requestAnimationFrame(() => { const c = a.currentTime, t = performance.now();",
            "    a.cancel(); done((c - c0) / (t - t0)); }), 300); });");

    @Test
    void pagesOpenedAfterARateRunTheirAnimationsThatFastUntilRateOne(BrowserSession browser) {
        String page = browser.site().http(DeckPage.PAGE);
        try {
            browser.animationRate(10);
            browser.open(page, BrowserSession.WIDTH, BrowserSession.HEIGHT, 1, "light");
            double fast = speed(browser);
            assertTrue(fast > 5 && fast < 20, "at rate 10 an animation ran " + fast + " times as fast as time");
        } finally {
            browser.animationRate(1);
        }
        browser.open(page, BrowserSession.WIDTH, BrowserSession.HEIGHT, 1, "light");
        double normal = speed(browser);
        assertTrue(normal > 0.5 && normal < 2, "after rate 1 an animation ran " + normal + " times as fast as time");
    }

    private static double speed(BrowserSession browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeAsyncScript(SPEED)).doubleValue();
    }
}
