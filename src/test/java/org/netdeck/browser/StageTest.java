package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The deck opened the way readers open it (no fragment, then → through every slide; a link to a slide; reload;
 * Back) at the common screen sizes, light and dark, at browser zoom 100 % and 150 %: every visible part of the
 * shown slide lies inside the window and nothing covers it (document.elementFromPoint at its corners and
 * centre). The same on a taller fixture deck opened from disk.
 */
@Browser
class StageTest {

    record Screen(int width, int height) {}

    static final List<Screen> ALL_SCREENS = List.of(
            new Screen(1280, 720),
            new Screen(1366, 768),
            new Screen(1440, 900),
            new Screen(1536, 864),
            new Screen(1920, 1080),
            new Screen(2560, 1440));

    /** Every screen above, or those named by {@code -Dnetdeck.stage.screens=1366x768,1920x1080} (for quick repeats). */
    static final List<Screen> SCREENS = screens(System.getProperty("netdeck.stage.screens", ""));

    private static List<Screen> screens(String named) {
        if (named.isBlank()) {
            return ALL_SCREENS;
        }
        return Arrays.stream(named.split(","))
                .map(String::strip)
                .map(w -> new Screen(Integer.parseInt(w.split("x")[0]), Integer.parseInt(w.split("x")[1])))
                .toList();
    }

    /**
     * How much faster than readers see them the slides' animations run here: the checks read resting states, and the
     * walks' waits for slide moves and for the zoom and scheme changes to settle were most of this class's time.
     */
    static final double ANIMATION_RATE = 10;

    @BeforeEach
    void quickerAnimations(BrowserSession browser) {
        browser.animationRate(ANIMATION_RATE);
    }

    @AfterEach
    void animationsAsReadersSeeThem(BrowserSession browser) {
        browser.animationRate(1);
    }

    @Test
    void everySlideOfTheDefaultDeckFitsEveryScreenAsReadersOpenIt(BrowserSession browser) {
        walkEverywhere(browser, BrowserDecks.backprop(browser), List.of("light", "dark"));
    }

    @Test
    void theOptimizersDeckFitsEveryScreenToo(BrowserSession browser) {
        walkEverywhere(browser, BrowserDecks.optimizers(browser), List.of("light", "dark"));
        BrowserDecks.Deck deck = BrowserDecks.optimizers(browser);
        browser.open(deck.url() + "#slide-2", 1366, 768, 1, "light");
        browser.screenshot(LayoutTest.SCREENSHOTS.resolve("stage-optimizers-2-1366x768-light.png"));
        browser.open(deck.url() + "#slide-5", 1366, 768, 1, "dark");
        browser.screenshot(LayoutTest.SCREENSHOTS.resolve("stage-optimizers-5-1366x768-dark.png"));
    }

    @Test
    void theLayersDeckFitsEveryScreenToo(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.layers(browser);
        walkEverywhere(browser, deck, List.of("light", "dark"));
        for (int k : new int[] {2, 4, 5}) {
            browser.open(deck.url() + "#slide-" + k, 1366, 768, 1, "light");
            browser.screenshot(LayoutTest.SCREENSHOTS.resolve("stage-layers-" + k + "-1366x768-light.png"));
        }
        browser.open(deck.url() + "#slide-4", 1366, 768, 1, "dark");
        browser.screenshot(LayoutTest.SCREENSHOTS.resolve("stage-layers-4-1366x768-dark.png"));
    }

    @Test
    void theSoftmaxDeckFitsEveryScreenToo(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.softmax(browser);
        walkEverywhere(browser, deck, List.of("light", "dark"));
        for (int k = 1; k <= deck.slides(); k++) { // to look at: every slide on a laptop and on a phone
            browser.open(deck.url() + "#slide-" + k, 1366, 768, 1, "light");
            browser.screenshot(LayoutTest.SCREENSHOTS.resolve("stage-softmax-" + k + "-1366x768-light.png"));
            browser.open(deck.url() + "#slide-" + k, 390, 844, 1, "light");
            browser.screenshot(LayoutTest.SCREENSHOTS.resolve("stage-softmax-" + k + "-390x844-light.png"));
        }
    }

    @Test
    void aTallerNetworkWithLongTextFitsToo(BrowserSession browser) {
        walkEverywhere(browser, BrowserDecks.tall(), List.of("light"));
    }

    @Test
    void aLargeNetworkWithLittleTextIsDrawnLarger(BrowserSession browser) {
        BrowserDecks.Deck wide = BrowserDecks.wide();
        walk(browser, wide, List.of(new Screen(1366, 768)), List.of("light"));
        for (int k = 1; k <= wide.slides(); k++) {
            browser.open(wide.url() + "#slide-" + k, 1366, 768, 1, "light");
            assertEquals(List.of(), problems(browser, "wide slide " + k));
            List<?> figure = (List<?>) browser.call("stage.js", "figureScale");
            double chosen = ((Number) figure.get(1)).doubleValue();
            double ordinary = ((Number) figure.get(2)).doubleValue();
            if (k < wide.slides() && ordinary < 0.8) {
                // a sentence of text: the figure takes the room, drawn at least a quarter larger than in the ordinary
                // column (which draws this network at under 0.8 of its size)
                assertTrue(chosen > 1.25 * ordinary, "slide " + k + " is not drawn larger: " + figure);
            } else if (k < wide.slides()) {
                // a network step keeps within the box that sets its text at 11 px in the ordinary column (issue 32):
                // drawn at 0.8 of its size or more there, it keeps that column
                assertEquals("ordinary", figure.get(0), "slide " + k + ": " + figure);
            } else {
                // the last slide's text needs the ordinary column
                assertEquals("ordinary", figure.get(0), "slide " + k + ": " + figure);
            }
        }
        browser.open(wide.url() + "#slide-2", 1366, 768, 1, "light");
        browser.screenshot(LayoutTest.SCREENSHOTS.resolve("stage-wide-2-1366x768-light.png"));
        // the default deck's networks are drawn near their size already: its slides keep the ordinary column
        browser.open(BrowserDecks.backprop(browser).url(), 1366, 768, 1, "light");
        assertEquals(0L, browser.call("stage.js", "figureLayoutsChosen"));
    }

    @Test
    void aSlideIsFittedWhenFirstShownOnceAPageAndEverySlideBeforePrinting(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.backprop(browser);
        browser.open(deck.url() + "#slide-2", 1366, 768, 1, "light");
        String fits = "return [...document.querySelectorAll('[data-slide]')]"
                + ".map(s => s.querySelector('.slide-canvas'))"
                + ".filter(c => c.hasAttribute('data-h'))"
                + ".map(c => c.closest('[data-slide]').id + ' ' + c.getAttribute('data-h') + ' '"
                + " + c.style.getPropertyValue('--fit'));";
        List<?> loaded = (List<?>) browser.script(fits);
        assertEquals(1, loaded.size(), "only the slide shown is fitted on load: " + loaded);
        assertTrue(String.valueOf(loaded.get(0)).startsWith("slide-2 "), String.valueOf(loaded));
        // a resize scales the canvas and measures nothing again: the same fits, whatever the window
        browser.viewport(1024, 640);
        browser.settle();
        assertEquals(loaded, browser.script(fits));
        press(browser, Keys.ARROW_RIGHT, 3);
        assertEquals(2, ((List<?>) browser.script(fits)).size(), "the slide reached is fitted as it shows");
        browser.script("dispatchEvent(new Event('beforeprint'));");
        List<?> printing = (List<?>) browser.script(fits);
        browser.script("dispatchEvent(new Event('afterprint'));");
        assertEquals(deck.slides() + 1, printing.size(), "every slide is fitted before printing: " + printing);
        assertTrue(printing.contains(loaded.get(0)), "a slide fitted earlier is not measured again: " + printing);
    }

    @Test
    void screenshotsAt1366x768(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.backprop(browser);
        for (String scheme : List.of("light", "dark")) {
            browser.open(deck.url(), 1366, 768, 1, scheme);
            for (int k = 0; k <= deck.slides(); k++) {
                if (k > 0) {
                    press(browser, Keys.ARROW_RIGHT, k);
                }
                if (scheme.equals("light") || k <= 2) {
                    browser.screenshot(LayoutTest.SCREENSHOTS.resolve(
                            "stage-" + deck.name() + "-" + k + "-1366x768-" + scheme + ".png"));
                }
            }
        }
        BrowserDecks.Deck tall = BrowserDecks.tall();
        browser.open(tall.url() + "#slide-2", 1366, 768, 1, "light");
        browser.screenshot(LayoutTest.SCREENSHOTS.resolve("stage-tall-2-1366x768-light.png"));
        assertEquals(List.of(), problems(browser, "tall slide 2"));
    }

    /**
     * At the first screen the deck is opened with no fragment and walked with → to its last slide; at each later one the
     * page is left as the screen before left it (on the last slide) and the window resized to the new screen, as a
     * reader resizes it (the deck scales its slide to the window), and walked back with ← to the title slide, which
     * shows each slide with all of its steps. Every slide reached is checked in each look (zoom 100 % and 150 %, each
     * colour scheme) by switching the emulated zoom and scheme in place, as a reader zooming the window does. Then, at
     * each screen and for each look, the last slide is opened afresh by its link; in the last look the reader also
     * steps back, reloads and goes Back.
     */
    private static void walkEverywhere(BrowserSession browser, BrowserDecks.Deck deck, List<String> schemes) {
        walk(browser, deck, SCREENS, schemes);
    }

    private static void walk(
            BrowserSession browser, BrowserDecks.Deck deck, List<Screen> screens, List<String> schemes) {
        List<Look> looks = new ArrayList<>();
        for (double zoom : new double[] {1, 1.5}) {
            for (String scheme : schemes) {
                looks.add(new Look(zoom, scheme));
            }
        }
        List<Look> backwards = new ArrayList<>(looks);
        Collections.reverse(backwards);
        List<String> found = new ArrayList<>();
        int last = deck.slides();
        Look shown = looks.get(0); // the look and the screen the page is seen in
        Screen shownAt = null;
        for (Screen screen : screens) {
            String at = deck.name() + " at " + screen.width() + "x" + screen.height();
            boolean forward = shownAt == null;
            if (forward) {
                browser.open(deck.url(), screen.width(), screen.height(), shown.zoom(), shown.scheme());
                shownAt = screen;
            }
            for (int step = 0; step <= last; step++) {
                int k = forward ? step : last - step;
                String slide;
                if (step == 0) {
                    slide = forward ? "title slide (no fragment)" : "slide " + k + ", the window resized";
                } else {
                    press(browser, forward ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT, k);
                    slide = "slide " + k + " reached with " + (forward ? "→" : "←");
                }
                // back and forth through the looks, from the one the page is seen in
                for (Look look : shown.equals(looks.get(0)) ? looks : backwards) {
                    List<String> problems = look.equals(shown) && screen.equals(shownAt)
                            ? problems(browser)
                            : look.apply(browser, screen);
                    shown = look;
                    shownAt = screen;
                    found.addAll(where(at + " " + look + ", " + slide, problems));
                }
            }
            for (Look look : looks) {
                String where = at + " " + look;
                browser.open(
                        deck.url() + "#slide-" + last, screen.width(), screen.height(), look.zoom(), look.scheme());
                expect(browser, last);
                found.addAll(problems(browser, where + ", slide " + last + " by its link"));
                shown = look;
            }
            String where = at + " " + shown;
            press(browser, Keys.ARROW_LEFT, last - 1);
            browser.driver().navigate().refresh();
            expect(browser, last - 1);
            found.addAll(problems(browser, where + ", slide " + (last - 1) + " after reload"));
            browser.driver().navigate().back();
            expect(browser, last);
            found.addAll(problems(browser, where + ", slide " + last + " after Back"));
        }
        assertEquals("", String.join("\n", found), "parts of a slide outside the window or covered");
    }

    /** How the reader looks at the deck: browser zoom and colour scheme. */
    record Look(double zoom, String scheme) {
        /** Switches the page to this look at {@code screen} in place; the shown slide's problems once it settles. */
        List<String> apply(BrowserSession browser, Screen screen) {
            browser.viewport(screen.width(), screen.height(), zoom);
            browser.media("", Map.of("prefers-color-scheme", scheme));
            // colour transitions (buttons fading to the new scheme) move nothing: waits only for those that do
            @SuppressWarnings("unchecked")
            List<String> out = (List<String>) browser.callAsync("stage.js", "problemsOnceSettled");
            return out;
        }

        @Override
        public String toString() {
            return "zoom " + zoom + " " + scheme;
        }
    }

    static List<String> problems(BrowserSession browser, String where) {
        return where(where, problems(browser));
    }

    private static List<String> problems(BrowserSession browser) {
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) browser.call("stage.js", "problems");
        return out;
    }

    private static List<String> where(String where, List<String> problems) {
        return problems.stream().map(p -> where + ": " + p).toList();
    }

    static void press(BrowserSession browser, CharSequence key, int expected) {
        // on a slide with fragments the key first reveals or hides them (#slide-N.K): press again until slide k shows.
        // One call a key waits in the page for the address to change or the slide to show
        List<?> standing = (List<?>) browser.call("stage.js", "standing");
        boolean there = standing.get(0).equals(List.of((long) expected));
        String hash = (String) standing.get(1);
        for (int presses = 0; presses < 100 && !there; presses++) {
            new Actions(browser.driver()).sendKeys(key).perform();
            List<?> now = (List<?>) browser.callAsync("stage.js", "afterKey", hash, expected);
            there = Boolean.TRUE.equals(now.get(0));
            if (!there && hash.equals(now.get(1))) {
                throw new AssertionError(
                        "a key moved nothing in 20 s, at " + hash + ", on the way to slide " + expected);
            }
            hash = (String) now.get(1);
        }
        expect(browser, expected);
    }

    /** Waits until slide {@code k} (0: the title slide) is the one shown, then until nothing moves. */
    static void expect(BrowserSession browser, int k) {
        DeckPage deck = new DeckPage(browser);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .pollingEvery(Duration.ofMillis(25))
                .until(d -> deck.displayedSlides().equals(List.of(k)));
        browser.settle();
    }
}
