package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /**
     * A step never moves what is already shown: on every slide with fragments of every deck in content/, walked with →
     * from the title slide (the deck opened without a slide in its URL), at a laptop's 1366×768 and a 390×844 phone,
     * every block of text and the figure shown before a step sits where it was (± 1 px) after it; a slide's room for
     * its fragments is kept from the start, so the stage fits the whole slide (nothing leaves the window or its
     * canvas at any step). On the phone a fragment yet to come takes no room (the page scrolls; a fragment runs to the
     * end of the slide's text, so revealing it moves nothing read). Slides of one layout show their heading at one height. Screenshots of each step in
     * target/screenshots/.
     */
    @Test
    void aStepLeavesWhatIsShownWhereItWasAndHeadingsSitAtOneHeight(BrowserSession browser) {
        List<String> moved = new ArrayList<>();
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
            String view = size[0] + "x" + size[1];
            for (BrowserDecks.Deck deck : BrowserDecks.content(browser)) {
                browser.open(deck.url(), size[0], size[1], Map.of());
                DeckPage page = new DeckPage(browser);
                Map<String, Map<String, Double>> headings = new TreeMap<>(); // layout -> slide -> its heading's top
                Map<String, Object> before = null;
                String last = "#slide-" + deck.slides();
                for (int presses = 0; presses < 500; presses++) {
                    String hash = page.hash();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> now = (Map<String, Object>) browser.call("fragments.js", "places");
                    String where = deck.name() + " " + hash + " at " + view;
                    if (hash.matches("#slide-\\d+\\.\\d+")) {
                        browser.screenshot(LayoutTest.SCREENSHOTS.resolve(
                                "fragments-" + deck.name() + "-" + hash.substring(1) + "-" + view + ".png"));
                        if (size[0] > 600) {
                            @SuppressWarnings("unchecked")
                            List<String> problems = (List<String>) browser.call("stage.js", "problems");
                            problems.forEach(p -> moved.add(where + ": " + p));
                        } else {
                            Number room = (Number) browser.call("fragments.js", "hiddenRoom");
                            if (room.doubleValue() > 0) {
                                moved.add(where + ": fragments yet to come take " + room + " px on a phone");
                            }
                        }
                        moved.addAll(movedBlocks(where, before, now));
                    } else if (!now.get("slide").equals("0")) {
                        List<?> blocks = (List<?>) now.get("blocks");
                        @SuppressWarnings("unchecked")
                        Map<String, Object> heading = (Map<String, Object>) blocks.get(0);
                        headings.computeIfAbsent((String) now.get("layout"), l -> new TreeMap<>())
                                .put(hash, ((Number) heading.get("top")).doubleValue());
                    }
                    before = now;
                    new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                            .pollingEvery(Duration.ofMillis(25))
                            .until(d -> !page.hash().equals(hash) || hash.startsWith(last));
                    if (page.hash().equals(hash)) {
                        break; // the last step of the last slide
                    }
                    browser.settle();
                }
                assertTrue(page.hash().startsWith(last), deck.name() + " walked to its end, not " + page.hash());
                moved.addAll(headingsApart(deck.name() + " at " + view, headings));
            }
        }
        assertEquals("", String.join("\n", moved));
    }

    // blocks shown before a step that moved in it (more than 1 px)
    private static List<String> movedBlocks(String where, Map<String, Object> before, Map<String, Object> now) {
        List<String> out = new ArrayList<>();
        List<?> was = (List<?>) before.get("blocks"), is = (List<?>) now.get("blocks");
        assertEquals(was.size(), is.size(), where + ": the same blocks");
        for (int k = 0; k < is.size(); k++) {
            Map<?, ?> a = (Map<?, ?>) was.get(k), b = (Map<?, ?>) is.get(k);
            if (!(Boolean) a.get("shown")) {
                continue;
            }
            double dx = ((Number) b.get("left")).doubleValue() - ((Number) a.get("left")).doubleValue();
            double dy = ((Number) b.get("top")).doubleValue() - ((Number) a.get("top")).doubleValue();
            if (!(Boolean) b.get("shown") || Math.abs(dx) > 1 || Math.abs(dy) > 1) {
                out.add(where + ": " + b.get("what") + " moved by " + Math.round(dx) + ", " + Math.round(dy) + " px"
                        + ((Boolean) b.get("shown") ? "" : " and is no longer shown"));
            }
        }
        return out;
    }

    // the layouts whose slides show their heading at different heights (more than 1 px apart)
    private static List<String> headingsApart(String where, Map<String, Map<String, Double>> headings) {
        List<String> out = new ArrayList<>();
        headings.forEach((layout, tops) -> {
            double lo = Collections.min(tops.values()), hi = Collections.max(tops.values());
            if (hi - lo > 1) {
                out.add(where + ": the headings of the " + layout + " slides sit at different heights: " + tops);
            }
        });
        return out;
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

    /** Blocks inside fragments (under {@code scope}) that are not shown: not laid out, or invisible in their place. */
    private static long hiddenFragmentBlocks(BrowserSession browser, String scope) {
        return (Long) browser.script(
                "return [...document.querySelectorAll(arguments[0] + '.fragment > *')]"
                        + ".filter(e => e.getClientRects().length === 0 || getComputedStyle(e).visibility === 'hidden').length;",
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
