package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Diagram text read on a laptop without opening Z: every slide and every fragment step of every deck in content/ and
 * of the legibility fixtures (2-2-1 fully connected, 2-2-2, 3-4-4-2 and the limits' densest layer, 16-16), shown on
 * the stage at 1366×768, draws every visible diagram text at a rendered font size of 11 CSS px or more (its font size
 * times its figure's scale on screen, measured through {@code <use>}; sub- and superscripts too), and no two visible
 * texts overlap.
 */
@Browser
class LegibilityTest {

    /** The smallest rendered font size of a diagram text on the stage at 1366×768, in CSS px. */
    static final double MIN_PX = 11;

    /**
     * The scale at which the stage draws a 1280×720 canvas at 1366×768, or more: the network layouts size their
     * pictures for it (org.netdeck.diagram.NetworkGeometry.STAGE_SCALE, the same number).
     */
    static final double STAGE_SCALE = 0.946;

    @BeforeEach
    void quickerAnimations(BrowserSession browser) {
        browser.animationRate(StageTest.ANIMATION_RATE);
    }

    @AfterEach
    void animationsAsReadersSeeThem(BrowserSession browser) {
        browser.animationRate(1);
    }

    @Test
    void everyContentDecksDiagramTextIsReadableOnALaptop(BrowserSession browser) {
        List<String> problems = new ArrayList<>();
        for (BrowserDecks.Deck deck : BrowserDecks.content(browser)) {
            problems.addAll(walk(browser, deck));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void fullyConnectedNetworksAreReadableUpToTheDensestLegalLayer(BrowserSession browser) {
        List<String> problems = new ArrayList<>();
        for (String deck : List.of("full221", "net222", "net3442", "densest")) {
            problems.addAll(walk(browser, BrowserDecks.legible(deck)));
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The values the densest network's picture leaves out are listed under its slide's text: the list's summary (a
     * Tab stop), focused, opens with Enter, the open list lies inside the window with its text at 11 px or more, and Tab then
     * focuses the list itself (so arrow keys scroll it). A screenshot of the open list in target/screenshots.
     */
    @Test
    void valuesLeftOutOfADenseDiagramOpenByKeyboardInView(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.legible("densest");
        browser.open(deck.url(), 1366, 768, 1, "light");
        Number k = (Number) browser.script("return [...document.querySelectorAll('[data-deck] > [data-slide]')]"
                + ".findIndex(s => s.querySelector('details.diagram-values'));");
        assertFalse(k.intValue() < 1, "a slide of the densest network lists values left out of its picture");
        go(browser, k.intValue(), "#slide-" + k);
        String details = "document.querySelector('#slide-" + k + " details.diagram-values')";
        browser.script(details + ".querySelector('summary').focus();");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .pollingEvery(Duration.ofMillis(25))
                .until(d -> Boolean.TRUE.equals(browser.script("return " + details + ".open;")));
        browser.settle();
        browser.screenshot(LayoutTest.SCREENSHOTS.resolve("legible-densest-values-1366x768.png"));
        List<?> v = (List<?>)
                browser.script(
                        "const ul = " + details + ".querySelector('ul'), r = ul.getBoundingClientRect();"
                                + " const c = ul.closest('.slide-canvas'), scale = c.getBoundingClientRect().width / c.offsetWidth;"
                                + " return [r.left, r.top, r.right, r.bottom, innerWidth, innerHeight,"
                                + " parseFloat(getComputedStyle(ul.querySelector('li')).fontSize) * scale, ul.children.length];");
        double[] n = v.stream().mapToDouble(o -> ((Number) o).doubleValue()).toArray();
        assertAll(
                () -> assertTrue(
                        n[0] >= 0 && n[1] >= 0 && n[2] <= n[4] && n[3] <= n[5],
                        "the open list is inside the window: " + v),
                () -> assertTrue(n[6] >= MIN_PX - 0.01, "its text renders at " + n[6] + " px"),
                () -> assertTrue(n[7] > 0, "it lists values"));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals(
                true,
                browser.script("return document.activeElement === " + details + ".querySelector('ul');"),
                "Tab goes on to the list, which scrolls by keyboard");
    }

    /**
     * Every step of {@code deck} at 1366×768: the texts under {@link #MIN_PX} and the overlapping pairs, each named by
     * the step; the smallest size of each step printed, and a screenshot of each step in target/screenshots.
     */
    private static List<String> walk(BrowserSession browser, BrowserDecks.Deck deck) {
        browser.open(deck.url(), 1366, 768, 1, "light");
        List<?> counts = (List<?>) browser.call("legibility.js", "fragmentCounts");
        List<String> problems = new ArrayList<>();
        int measured = 0;
        for (int k = 1; k < counts.size(); k++) {
            int fragments = ((Number) counts.get(k)).intValue();
            for (int f = 0; f <= fragments; f++) {
                String step = deck.name() + " #slide-" + k + (f > 0 ? "." + f : "");
                go(browser, k, "#slide-" + k + (f > 0 ? "." + f : ""));
                browser.screenshot(LayoutTest.SCREENSHOTS.resolve(
                        "legible-" + deck.name() + "-" + k + (f > 0 ? "." + f : "") + "-1366x768.png"));
                List<?> canvas = (List<?>) browser.script(
                        "const c = document.querySelector('#slide-' + arguments[0]"
                                + " + ' > .slide-canvas'), s = c.style.getPropertyValue('--scale');"
                                + " return [Number(c.getAttribute('data-h')), s === '' ? 0 : Number(s)];",
                        k);
                double scale = ((Number) canvas.get(1)).doubleValue();
                if (((Number) canvas.get(0)).doubleValue() <= 720 && scale < STAGE_SCALE) {
                    problems.add(step + ": a 720 px canvas drawn at " + scale + ", under the " + STAGE_SCALE
                            + " the network layouts size their pictures for");
                }
                double smallest = Double.POSITIVE_INFINITY;
                for (Object o : (List<?>) browser.call("legibility.js", "diagramTexts")) {
                    List<?> t = (List<?>) o;
                    double px = ((Number) t.get(1)).doubleValue();
                    smallest = Math.min(smallest, px);
                    measured++;
                    if (px < MIN_PX - 0.01) {
                        problems.add(step + ": \"" + t.get(0) + "\" (" + t.get(6) + ") renders at "
                                + String.format(Locale.ROOT, "%.2f", px) + " px");
                    }
                }
                for (Object o : (List<?>) browser.call("legibility.js", "overlappingTexts")) {
                    problems.add(step + ": " + o);
                }
                if (smallest < Double.POSITIVE_INFINITY) {
                    System.out.printf(Locale.ROOT, "legibility: %s smallest diagram text %.2f px%n", step, smallest);
                }
            }
        }
        assertFalse(measured == 0, deck.name() + ": no diagram text measured");
        return problems;
    }

    /** Shows slide {@code k} at {@code hash} (a slide and how many of its fragments are shown), then waits until still. */
    private static void go(BrowserSession browser, int k, String hash) {
        browser.script("location.hash = arguments[0];", hash);
        DeckPage page = new DeckPage(browser);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .pollingEvery(Duration.ofMillis(25))
                .until(d ->
                        page.displayedSlides().equals(List.of(k)) && page.hash().equals(hash));
        browser.settle();
    }
}
