package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Explain any number: a number a reference wrote opens how it was computed, by keyboard (Tab, Enter, Escape), pointer
 * and touch; each operand opens its own explanation and Escape walks back; the popover stays in the window and off
 * its number on a laptop, is a bottom sheet on a phone, passes axe open, and is absent without script and in print.
 */
@Browser
class ExplainTest {

    private static final String SLIDE =
            DeckPage.PAGE + "#slide-4"; // Gradients Flow Backward: ∂L/∂ŷ in math, δ in prose

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(BrowserSession browser) {
        return (Map<String, Object>) browser.call("explain.js", "explainState");
    }

    private static void until(
            BrowserSession browser, String what, java.util.function.Predicate<Map<String, Object>> ok) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .withMessage(what)
                .until(d -> ok.test(state(browser)));
    }

    @SuppressWarnings("unchecked")
    private static List<Number> list(Map<String, Object> s, String key) {
        return (List<Number>) s.get(key);
    }

    /** The popover lies within the window and does not overlap the number it explains. */
    private static void besideItsNumber(Map<String, Object> s, String where) {
        withinTheWindowAndOff(s, list(s, "anchor"), true, where);
    }

    @Test
    void keyboardOpensWalksDownToTheInputsAndBackAndAxeFindsNothing(BrowserSession browser) {
        browser.open(browser.site().http(SLIDE), 1366, 768, Map.of());
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < 80 && ((String) state(browser).get("activeRef")).isEmpty(); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        String ref = (String) state(browser).get("activeRef");
        assertFalse(ref.isEmpty(), "Tab reaches a number");
        keys.sendKeys(Keys.ENTER).perform();
        until(browser, "Enter opens the explanation", s -> Boolean.TRUE.equals(s.get("open")));
        Map<String, Object> s = state(browser);
        assertEquals(ref, s.get("ref"));
        assertTrue((Boolean) s.get("inBox"), "focus moves into the explanation");
        assertTrue(((String) s.get("sum")).contains("="), s.toString());
        besideItsNumber(s, "1366×768");
        assertEquals("", String.join("\n", AccessibilityTest.analyze(browser, "explanation open")), "axe-core");

        // down: the first operand, again and again, until a given value (it says where the front matter gives it)
        int depth = 0;
        while (((String) state(browser).get("given")).isEmpty() && depth < 20) {
            browser.script("document.querySelector('#explain .explain-op').click();");
            depth++;
        }
        s = state(browser);
        assertTrue(((String) s.get("given")).matches("given in the deck's front matter, line \\d+"), s.toString());
        assertTrue((Boolean) s.get("back"), "a walk down offers Back");
        for (int i = depth; i > 0; i--) {
            keys.sendKeys(Keys.ESCAPE).perform();
        }
        until(
                browser,
                "Escape walks back up to the number's own explanation",
                x -> Boolean.TRUE.equals(x.get("open")) && !Boolean.TRUE.equals(x.get("back")));
        keys.sendKeys(Keys.ESCAPE).perform();
        until(browser, "Escape at the top closes", x -> !Boolean.TRUE.equals(x.get("open")));
        assertEquals(ref, state(browser).get("activeRef"), "focus returns to the number");
    }

    @Test
    void aPointerClickOpensItBesideTheNumberAndAClickElsewhereClosesIt(BrowserSession browser) {
        browser.open(browser.site().http(SLIDE), 1366, 768, Map.of());
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.call("explain.js", "numberCentre", "grad.yhat");
        assertNotNull(at, "slide 4 shows ∂L/∂ŷ");
        new Actions(browser.driver())
                .moveToLocation(at.get(0).intValue(), at.get(1).intValue())
                .click()
                .perform();
        until(browser, "a click opens the explanation", s -> Boolean.TRUE.equals(s.get("open")));
        besideItsNumber(state(browser), "1366×768 click");
        new Actions(browser.driver()).moveToLocation(5, 5).click().perform();
        until(browser, "a click elsewhere closes it", s -> !Boolean.TRUE.equals(s.get("open")));
    }

    /**
     * A number inside a formula reference (w₄ in {@code sum.yhat}, on the forward-pass slide) opens its own
     * explanation by a click, beside it on a laptop and as a sheet within the window on a phone; axe finds nothing.
     */
    @Test
    void aNumberInsideAFormulaReferenceOpensItsOwnExplanation(BrowserSession browser) {
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
            String where = size[0] + "×" + size[1];
            browser.open(browser.site().http(DeckPage.PAGE + "#slide-2"), size[0], size[1], Map.of());
            @SuppressWarnings("unchecked")
            List<Number> at = (List<Number>) browser.call("explain.js", "numberCentre", "w4");
            assertNotNull(at, where + ": the weighted sum's w₄ is shown");
            new Actions(browser.driver())
                    .moveToLocation(at.get(0).intValue(), at.get(1).intValue())
                    .click()
                    .perform();
            until(browser, where + ": a click opens the explanation", s -> Boolean.TRUE.equals(s.get("open")));
            Map<String, Object> s = state(browser);
            assertEquals("w4", s.get("ref"), where);
            List<Number> box = list(s, "box");
            List<Number> view = list(s, "view");
            assertTrue(
                    box.get(0).doubleValue() >= -0.5
                            && box.get(3).doubleValue() <= view.get(1).doubleValue() + 0.5
                            && box.get(2).doubleValue() <= view.get(0).doubleValue() + 0.5,
                    where + ": the popover " + box + " leaves the window " + view);
            if (size[0] > 600) {
                besideItsNumber(s, where);
            }
            assertEquals("", String.join("\n", AccessibilityTest.analyze(browser, where + " formula number")), "axe");
            String shots = System.getProperty("netdeck.explainShots", "");
            if (!shots.isEmpty()) {
                browser.screenshot(java.nio.file.Path.of(shots, "formula-" + size[0] + "x" + size[1] + ".png"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> diagramNumber(BrowserSession browser, String slide, String ref) {
        return (Map<String, Object>) browser.call("explain.js", "diagramNumber", slide, ref);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> focus(BrowserSession browser) {
        return (Map<String, Object>) browser.call("explain.js", "focusState");
    }

    /** Whether the box {@code inner} lies within {@code outer} (each left, top, right, bottom), to half a pixel. */
    private static boolean inside(List<Number> inner, List<Number> outer) {
        return inner.get(0).doubleValue() >= outer.get(0).doubleValue() - 0.5
                && inner.get(1).doubleValue() >= outer.get(1).doubleValue() - 0.5
                && inner.get(2).doubleValue() <= outer.get(2).doubleValue() + 0.5
                && inner.get(3).doubleValue() <= outer.get(3).doubleValue() + 0.5;
    }

    /** The popover lies within the window, and on a laptop off the box {@code number} (left, top, right, bottom). */
    private static void withinTheWindowAndOff(
            Map<String, Object> s, List<Number> number, boolean laptop, String where) {
        List<Number> box = list(s, "box");
        List<Number> view = list(s, "view");
        assertTrue(
                inside(box, List.of(0, 0, view.get(0), view.get(1))),
                where + ": the popover " + box + " leaves the window " + view);
        if (laptop) {
            boolean apart = box.get(2).doubleValue() <= number.get(0).doubleValue()
                    || box.get(0).doubleValue() >= number.get(2).doubleValue()
                    || box.get(3).doubleValue() <= number.get(1).doubleValue()
                    || box.get(1).doubleValue() >= number.get(3).doubleValue();
            assertTrue(apart, where + ": the popover " + box + " covers its number " + number);
        } else {
            assertTrue((Boolean) s.get("sheet"), where + ": a bottom sheet on a phone");
        }
    }

    /**
     * A number a diagram draws (h₁'s activation in the forward pass, drawn by a {@code <use>}; ∂L/∂w₃ on the chain-rule
     * slide's own copy) opens its explanation by a click, beside it on a laptop and as a sheet on a phone, within the
     * window, the number drawn through a {@code <use>} outlined while open; axe finds nothing with it open; a click on the picture away from its numbers still enlarges it.
     */
    @Test
    void aClickOnADiagramsNumberOpensItsExplanation(BrowserSession browser) {
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
            String where = size[0] + "×" + size[1];
            for (String[] number : new String[][] {{"slide-2", "a.h1"}, {"slide-5", "grad.w3"}}) {
                browser.open(browser.site().http(DeckPage.PAGE + "#" + number[0]), size[0], size[1], Map.of());
                Map<String, Object> n = diagramNumber(browser, number[0], number[1]);
                assertNotNull(n, where + ": " + number[0] + " draws " + number[1]);
                new Actions(browser.driver())
                        .moveToLocation(((Number) n.get("x")).intValue(), ((Number) n.get("y")).intValue())
                        .click()
                        .perform();
                until(
                        browser,
                        where + ": a click on " + number[1] + " opens it (" + n + ")",
                        s -> Boolean.TRUE.equals(s.get("open")));
                Map<String, Object> s = state(browser);
                assertEquals(n.get("label"), s.get("what"), where);
                assertFalse(
                        (Boolean) browser.script("return !!document.querySelector('dialog[open]');"),
                        where + ": the click opens the number, not the enlarged figure");
                withinTheWindowAndOff(s, (List<Number>) n.get("box"), size[0] > 600, where + " " + number[1]);
                if (number[0].equals("slide-2")) {
                    List<Number> spot = list(s, "spot"), box = (List<Number>) n.get("box");
                    assertTrue(
                            spot.size() == 4 && inside(box, spot),
                            where + ": the number drawn through a <use> " + box + " is outlined while open: " + spot);
                }
                assertEquals(
                        "", String.join("\n", AccessibilityTest.analyze(browser, where + " diagram number")), "axe");
                String shots = System.getProperty("netdeck.explainShots", "");
                if (!shots.isEmpty()) {
                    browser.screenshot(java.nio.file.Path.of(
                            shots, "diagram-" + number[0] + "-" + size[0] + "x" + size[1] + ".png"));
                }
                new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
                until(browser, where + ": Escape closes it", x -> !Boolean.TRUE.equals(x.get("open")));
                assertEquals(List.of(), list(state(browser), "spot"), where + ": no outline once closed");
            }
        }
    }

    /**
     * By keyboard: the figure's button (reached by Tab) lists its values; the arrow keys move along the list, Enter
     * opens one (beside its number, within the window), Escape walks back to the list at the same value and then
     * closes, focus back on the button; axe finds nothing with the list or an explanation open.
     */
    @Test
    void aFiguresValuesOpenByKeyboardFromItsButton(BrowserSession browser) {
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
            String where = size[0] + "×" + size[1];
            browser.open(browser.site().http(DeckPage.PAGE + "#slide-2"), size[0], size[1], Map.of());
            browser.script("document.querySelector('#slide-2 .explain-fig').scrollIntoView({block: 'center'});"
                    + "document.querySelector('#slide-2 h2').focus();");
            Actions keys = new Actions(browser.driver());
            for (int i = 0; i < 80 && !((String) focus(browser).get("cls")).contains("explain-fig"); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertEquals("Values in this figure", focus(browser).get("text"), where + ": Tab reaches the button");
            keys.sendKeys(Keys.ENTER).perform();
            until(browser, where + ": Enter opens the list", s -> "Values in this figure".equals(s.get("what")));
            Map<String, Object> f = focus(browser);
            @SuppressWarnings("unchecked")
            List<String> items = (List<String>) f.get("items");
            assertTrue(items.size() >= 9, where + ": the forward pass's 4 weights and 5 activations: " + items);
            assertEquals(0L, ((Number) f.get("index")).longValue(), where + ": focus on the first value");
            assertEquals("", String.join("\n", AccessibilityTest.analyze(browser, where + " values list")), "axe");
            keys.sendKeys(Keys.ARROW_DOWN).perform();
            keys.sendKeys(Keys.ARROW_DOWN).perform();
            assertEquals(2L, ((Number) focus(browser).get("index")).longValue(), where + ": arrows move along");
            assertTrue((Boolean) browser.script("return !document.getElementById('slide-2').hidden;"), where);
            keys.sendKeys(Keys.ENTER).perform();
            until(
                    browser,
                    where + ": Enter opens the value's explanation",
                    s -> Boolean.TRUE.equals(s.get("open")) && Boolean.TRUE.equals(s.get("back")));
            Map<String, Object> s = state(browser);
            assertTrue(((String) s.get("sum")).contains(items.get(2)), where + ": " + s);
            assertTrue((Boolean) s.get("inBox"), where);
            assertEquals("", String.join("\n", AccessibilityTest.analyze(browser, where + " value by key")), "axe");
            List<Number> view = list(s, "view");
            List<Number> box = list(s, "box");
            assertTrue(
                    inside(box, List.of(0, 0, view.get(0), view.get(1))),
                    where + ": the popover " + box + " leaves the window " + view);
            keys.sendKeys(Keys.ESCAPE).perform();
            until(
                    browser,
                    where + ": Escape walks back to the list",
                    x -> "Values in this figure".equals(x.get("what")));
            assertEquals(2L, ((Number) focus(browser).get("index")).longValue(), where + ": at the same value");
            keys.sendKeys(Keys.ESCAPE).perform();
            until(browser, where + ": Escape closes", x -> !Boolean.TRUE.equals(x.get("open")));
            assertTrue(((String) focus(browser).get("cls")).contains("explain-fig"), where + ": focus on the button");
        }
    }

    @Test
    void aTapOnAPhoneOpensABottomSheetWithinTheWindowAndTheCloseButtonClosesIt(BrowserSession browser) {
        browser.open(browser.site().http(SLIDE), 390, 844, 1, "light");
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.call("explain.js", "numberCentre", "delta.yhat");
        assertNotNull(at, "a shown number on the phone");
        browser.script(
                "window.seen = []; ['pointerdown', 'touchstart', 'touchend', 'pointerup', 'click'].forEach((t) =>"
                        + " document.addEventListener(t, (e) => window.seen.push(t + ':' + e.target.nodeName), true));");
        Map<String, Object> point = Map.of("x", at.get(0), "y", at.get(1));
        browser.cdp("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(point)));
        browser.cdp("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .withMessage(() ->
                        "a tap opens the explanation; events: " + browser.script("return window.seen;") + " at " + at)
                .until(d -> Boolean.TRUE.equals(state(browser).get("open")));
        Map<String, Object> s = state(browser);
        assertTrue((Boolean) s.get("sheet"), "a bottom sheet on a phone");
        List<Number> box = list(s, "box");
        List<Number> view = list(s, "view");
        assertTrue(
                box.get(0).doubleValue() >= -0.5
                        && box.get(2).doubleValue() <= view.get(0).doubleValue() + 0.5
                        && box.get(3).doubleValue() <= view.get(1).doubleValue() + 0.5
                        && Math.abs(box.get(3).doubleValue() - view.get(1).doubleValue()) < 1,
                "the sheet " + box + " sits at the bottom of the window " + view);
        assertEquals("", String.join("\n", AccessibilityTest.analyze(browser, "phone sheet open")), "axe-core");
        @SuppressWarnings("unchecked")
        List<Number> close = (List<Number>) browser.call("explain.js", "partCentre", ".explain-close");
        Map<String, Object> closing = Map.of("x", close.get(0), "y", close.get(1));
        browser.cdp("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(closing)));
        browser.cdp("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
        until(browser, "a tap on Close closes it", x -> !Boolean.TRUE.equals(x.get("open")));
    }

    @Test
    void withoutScriptNothingIsAddedAndInPrintItIsNotShown(BrowserSession browser) {
        browser.driver().get("about:blank");
        browser.reset();
        browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.driver().get(browser.site().http(DeckPage.PAGE));
            assertEquals(
                    List.of(false, 0L, 0L),
                    browser.script("return [!!document.getElementById('explain'),"
                            + " document.querySelectorAll('[data-ref][tabindex]').length,"
                            + " document.querySelectorAll('[data-ref]').length === 0 ? 1 : 0];"),
                    "no popover and no focus stops without script; the numbers keep their attributes only");
        } finally {
            browser.reset();
        }
        browser.open(browser.site().http(SLIDE), 1366, 768, Map.of());
        browser.call("explain.js", "numberCentre", "grad.yhat");
        browser.script("document.querySelector('.slide-body [data-ref=\"grad.yhat\"]')"
                + ".dispatchEvent(new MouseEvent('click', {bubbles: true}));");
        until(browser, "open", s -> Boolean.TRUE.equals(s.get("open")));
        browser.media("print", Map.of());
        assertEquals("none", state(browser).get("display"), "the popover is not printed");
        browser.media("", Map.of());
    }
}
