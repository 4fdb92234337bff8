package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fragments ({@code <!-- step -->}) on the default deck's chain-rule slide: Next reveals them one at a time, Previous
 * hides them, the URL keeps the position ({@code #slide-5.2}) through reload and Back; their highlights light the named
 * diagram parts; without a script, in print and in the presenter's preview everything shows; axe finds nothing.
 */
@Browser
class FragmentTest {

    /** The chain-rule slide's number (its fragments highlight "yhat w3 h1", then "yhat w3 h1 w1 x1", ...). */
    private static final int CHAIN = DeckPage.titles().indexOf("Chain Rule Through Layers") + 1;

    @Test
    void nextAndPreviousStepThroughFragmentsAndTheUrlKeepsThePosition(BrowserSession browser) {
        DeckPage deck = new DeckPage(browser);
        int n = DeckPage.titles().size();
        browser.open(browser.site().http(DeckPage.PAGE) + "#slide-" + CHAIN);
        int count = fragmentCount(browser, CHAIN);
        assertTrue(count >= 2, "the chain-rule slide has fragments");
        expect(browser, deck, CHAIN, 0, count);
        assertEquals("Slide " + CHAIN + " / " + n + ", step 1/" + (count + 1), deck.counterText());

        for (int f = 1; f <= count; f++) {
            press(browser, Keys.ARROW_RIGHT);
            expect(browser, deck, CHAIN, f, count);
            String text = (String) browser.script(
                    "return document.querySelectorAll('[data-slide=\"' + arguments[0]"
                            + " + '\"] .fragment')[arguments[1]].textContent.replace(/\\s+/g, ' ').trim();",
                    CHAIN,
                    f - 1);
            assertEquals(
                    text,
                    browser.find("[data-deck-status]").getAttribute("textContent"),
                    "the revealed fragment is announced once, in the status region");
        }
        press(browser, Keys.ARROW_RIGHT);
        assertEquals(List.of(CHAIN + 1), deck.displayedSlides(), "after the last fragment Next moves on");
        press(browser, Keys.ARROW_LEFT);
        expect(browser, deck, CHAIN, count, count);
        press(browser, Keys.ARROW_LEFT);
        expect(browser, deck, CHAIN, count - 1, count);

        browser.driver().navigate().refresh();
        browser.settle();
        expect(browser, deck, CHAIN, count - 1, count);
        browser.driver().navigate().back();
        browser.settle();
        expect(browser, deck, CHAIN, count, count);
        browser.driver().navigate().back();
        browser.settle();
        assertEquals(List.of(CHAIN + 1), deck.displayedSlides());
        browser.driver().navigate().forward();
        browser.settle();
        expect(browser, deck, CHAIN, count, count);

        browser.open(browser.site().http(DeckPage.PAGE) + "#slide-" + CHAIN + ".99");
        expect(browser, deck, CHAIN, count, count);
    }

    @Test
    void aFragmentsHighlightLightsTheNamedDiagramPartsAndDimsTheRest(BrowserSession browser) {
        lightsTheNamedParts(browser, DeckPage.PAGE, CHAIN);
    }

    /** content/layers lights the two paths back to h1 one at a time, then both (slide 2). */
    @Test
    void theLayersDeckLightsEachPathOfTheFork(BrowserSession browser) {
        lightsTheNamedParts(browser, DeckPage.LAYERS + "/index.html", 2);
    }

    private static void lightsTheNamedParts(BrowserSession browser, String page, int slide) {
        final int chain = slide; // the slide whose fragments light parts
        browser.open(browser.site().http(page) + "#slide-" + chain);
        String svg = "[data-slide=\"" + chain + "\"] .diagram svg";
        assertEquals(
                0L,
                browser.script("return document.querySelectorAll(arguments[0] + ' use').length;", svg),
                "a slide with highlights draws its own copy of the diagram");
        assertEquals(
                0L,
                browser.script(
                        "return document.querySelectorAll(arguments[0] + ' [id]').length;",
                        svg.replace(" svg", " svg > g")),
                "the copy repeats no id");
        assertFalse(lit(browser, svg), "nothing is lit before the first fragment");
        int count = fragmentCount(browser, chain);
        for (int f = 1; f <= count; f++) {
            press(browser, Keys.ARROW_RIGHT);
            String names = (String) browser.script(
                    "return document.querySelectorAll('[data-slide=\"' + arguments[0]"
                            + " + '\"] .fragment')[arguments[1]].getAttribute('data-highlight') || '';",
                    chain,
                    f - 1);
            List<String> expected = names.isBlank() ? List.of() : List.of(names.split(" "));
            assertEquals(!expected.isEmpty(), lit(browser, svg), "fragment " + f + " lights the diagram");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parts = (List<Map<String, Object>>) browser.script(
                    "return [...document.querySelectorAll(arguments[0] + ' [class*=\"part-\"]')].map(e => ({"
                            + "part: [...e.classList].find(c => c.startsWith('part-')).slice(5), hl: e.classList.contains('hl'),"
                            + "label: e.classList.contains('label'), opacity: Number(getComputedStyle(e).opacity)}));",
                    svg);
            assertFalse(parts.isEmpty());
            List<String> wrong = new ArrayList<>();
            for (Map<String, Object> p : parts) {
                boolean named = expected.contains((String) p.get("part"));
                double opacity = ((Number) p.get("opacity")).doubleValue();
                if (named != (Boolean) p.get("hl")
                        || named && opacity != 1.0
                        || !named && opacity > ((Boolean) p.get("label") ? 0.65 : 0.2) + 1e-6) {
                    wrong.add(p.toString());
                }
            }
            assertEquals(List.of(), wrong, "fragment " + f + " highlights exactly " + expected);
        }
    }

    /**
     * The chain-rule figure's worked caption follows the step: before any fragment it is the figure's own line (the
     * first weight into the output); while a fragment lights weights it is the line of the last lit weight (in the
     * figure's order, the deepest), one line at a time.
     */
    @Test
    void theWorkedCaptionFollowsTheLitWeight(BrowserSession browser) {
        browser.open(browser.site().http(DeckPage.PAGE) + "#slide-" + CHAIN);
        String svg = "[data-slide=\"" + CHAIN + "\"] .diagram svg";
        String visible = "return [...document.querySelectorAll(arguments[0] + ' .worked')]"
                + ".filter(e => getComputedStyle(e).visibility === 'visible')"
                + ".map(e => [...e.classList].find(c => c.startsWith('part-')).slice(5) + ' ' + e.textContent);";
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) browser.script(
                "return [...document.querySelectorAll(arguments[0] + ' .worked')]"
                        + ".map(e => [...e.classList].find(c => c.startsWith('part-')).slice(5));",
                svg);
        assertTrue(order.size() >= 2, "a worked line for each weight: " + order);
        @SuppressWarnings("unchecked")
        List<String> before = (List<String>) browser.script(visible, svg);
        assertEquals(1, before.size(), before.toString());
        assertTrue(before.get(0).startsWith(order.get(0) + " ∂L/∂w"), before.toString());
        int count = fragmentCount(browser, CHAIN);
        List<String> shown = new ArrayList<>();
        for (int f = 1; f <= count; f++) {
            press(browser, Keys.ARROW_RIGHT);
            String names = (String) browser.script(
                    "return document.querySelectorAll('[data-slide=\"' + arguments[0]"
                            + " + '\"] .fragment')[arguments[1]].getAttribute('data-highlight') || '';",
                    CHAIN,
                    f - 1);
            List<String> lit = List.of(names.split(" "));
            String expected = order.get(0);
            for (String w : order) {
                if (lit.contains(w)) {
                    expected = w;
                }
            }
            @SuppressWarnings("unchecked")
            List<String> now = (List<String>) browser.script(visible, svg);
            assertEquals(1, now.size(), "fragment " + f + " shows one worked line: " + now);
            String part = now.get(0).substring(0, now.get(0).indexOf(' '));
            assertEquals(expected, part, "fragment " + f + " (" + names + ") shows " + now);
            shown.add(part);
        }
        assertTrue(shown.contains("w1") && shown.contains("w3"), "the caption changes with the fragments: " + shown);
    }

    @Test
    void withoutAScriptInPrintAndInThePresentersPreviewEveryFragmentShows(BrowserSession browser) {
        browser.driver().get("about:blank");
        browser.reset();
        browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.driver().get(browser.site().http(DeckPage.PAGE));
            assertTrue(fragmentCount(browser, CHAIN) > 0);
            assertEquals(0L, hiddenFragmentBlocks(browser, ""), "no script: every fragment is displayed");
        } finally {
            browser.reset();
        }
        browser.open(browser.site().http(DeckPage.PAGE) + "#slide-" + CHAIN);
        assertTrue(
                hiddenFragmentBlocks(browser, "[data-slide=\"" + CHAIN + "\"] ") > 0, "on screen the fragments wait");
        browser.media("print", Map.of());
        try {
            browser.settle();
            assertEquals(0L, hiddenFragmentBlocks(browser, ""), "print: every fragment is displayed");
        } finally {
            browser.media("", Map.of());
        }
        browser.open(browser.site().http(DeckPage.PAGE) + "?presenter#slide-" + (CHAIN - 1));
        assertEquals(
                0L,
                browser.script("return [...document.querySelectorAll('[data-p-next] .fragment > *')]"
                        + ".filter(e => e.getClientRects().length === 0).length;"),
                "the presenter's preview shows every fragment");
        assertTrue((Long) browser.script("return document.querySelectorAll('[data-p-next] .fragment').length;") > 0);
    }

    @Test
    void noAccessibilityViolationWithAFragmentHiddenOrRevealed(BrowserSession browser) {
        List<String> found = new ArrayList<>();
        int count = fragmentCount(browser, CHAIN);
        for (String scheme : List.of("light", "dark")) {
            for (int f : List.of(0, 1, count)) {
                browser.open(
                        browser.site().http(DeckPage.PAGE) + "#slide-" + CHAIN + "." + f,
                        BrowserSession.WIDTH,
                        BrowserSession.HEIGHT,
                        Map.of("prefers-color-scheme", scheme));
                found.addAll(AccessibilityTest.analyze(browser, scheme + " slide " + CHAIN + "." + f));
            }
        }
        assertEquals("", String.join("\n", found), "axe-core WCAG 2.2 AA violations");
    }

    private static int fragmentCount(BrowserSession browser, int slide) {
        if (browser.driver().getCurrentUrl().startsWith("about:")) {
            browser.open(browser.site().http(DeckPage.PAGE));
        }
        return ((Long) browser.script(
                        "return document.querySelectorAll('[data-slide=\"' + arguments[0] + '\"] .fragment').length;",
                        slide))
                .intValue();
    }

    /** Blocks inside fragments (under {@code scope}) that are not displayed. */
    private static long hiddenFragmentBlocks(BrowserSession browser, String scope) {
        return (Long) browser.script(
                "return [...document.querySelectorAll(arguments[0] + '.fragment > *')]"
                        + ".filter(e => e.getClientRects().length === 0).length;",
                scope);
    }

    private static boolean lit(BrowserSession browser, String svg) {
        return (Boolean) browser.script("return document.querySelector(arguments[0]).classList.contains('lit');", svg);
    }

    private static void press(BrowserSession browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
        browser.settle();
    }

    private static void expect(BrowserSession browser, DeckPage deck, int slide, int f, int count) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> deck.hash().equals("#slide-" + slide + (f > 0 ? "." + f : "")));
        @SuppressWarnings("unchecked")
        List<Boolean> shown = (List<Boolean>) browser.script(
                "return [...document.querySelectorAll('[data-slide=\"' + arguments[0]"
                        + " + '\"] .fragment')].map(e => !e.hidden && [...e.children].every(c => c.getClientRects().length > 0));",
                slide);
        List<Boolean> want = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            want.add(k <= f);
        }
        assertAll(
                "slide " + slide + "." + f,
                () -> assertEquals(List.of(slide), deck.displayedSlides()),
                () -> assertEquals(want, shown, "the first " + f + " fragments are shown"),
                () -> assertTrue(
                        deck.counterText().endsWith("step " + (f + 1) + "/" + (count + 1)), deck.counterText()));
    }
}
