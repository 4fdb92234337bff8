package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reader's tools on their keys: help, overview, jump, typed numbers, full screen; notes stay hidden. */
@Browser
class ReaderToolsTest {

    @Test
    void questionMarkOpensTheHelpListingEveryKeyAndEscapeClosesIt(BrowserSession browser) {
        browser.open(browser.site().http(DeckPage.PAGE));
        type(browser, "?");
        waitOpen(browser, "help", true);
        String help = browser.find("dialog[data-deck-dialog=help]").getText();
        for (String key : List.of("O", "G", "F", "P", "Z", "?", "Home", "End", "Esc")) {
            assertTrue(help.contains(key), "the help lists " + key + ":\n" + help);
        }
        browser.screenshot(LayoutTest.SCREENSHOTS.resolve("tools-help-1280x800.png"));
        type(browser, Keys.ESCAPE);
        waitOpen(browser, "help", false);
        type(browser, Keys.ARROW_RIGHT);
        StageTest.expect(browser, 1); // keys reach the deck again
    }

    @Test
    void theOverviewListsEverySlideAndArrowsAndEnterChooseOne(BrowserSession browser) {
        List<String> titles = DeckPage.titles();
        browser.open(browser.site().http(DeckPage.PAGE) + "#slide-2");
        type(browser, "o");
        waitOpen(browser, "overview", true);
        @SuppressWarnings("unchecked")
        List<String> cards = (List<String>) browser.call("reader-tools.js", "overviewTitles");
        assertEquals(titles, cards.subList(1, cards.size()), "one card per slide, after the title slide's");
        assertEquals(
                "2",
                browser.script("return document.activeElement.getAttribute('data-deck-goto');"),
                "the current slide has focus");
        browser.screenshot(LayoutTest.SCREENSHOTS.resolve("tools-overview-1280x800.png"));
        type(browser, Keys.ARROW_RIGHT);
        type(browser, Keys.ARROW_RIGHT);
        type(browser, Keys.ARROW_LEFT);
        type(browser, Keys.ENTER);
        waitOpen(browser, "overview", false);
        StageTest.expect(browser, 3);
        assertEquals("#slide-3", new DeckPage(browser).hash());
        assertEquals(
                "slide-3-title",
                browser.script("return document.activeElement.id;"),
                "focus moves to the chosen slide");

        type(browser, "o");
        waitOpen(browser, "overview", true);
        type(browser, Keys.ARROW_DOWN); // a row down: further on in the deck
        String below = (String) browser.script("return document.activeElement.getAttribute('data-deck-goto');");
        assertTrue(Integer.parseInt(below) > 3, "down goes to a later card, got " + below);
        type(browser, Keys.ESCAPE);
        waitOpen(browser, "overview", false);
        StageTest.expect(browser, 3);
    }

    @Test
    void gOpensAJumpBoxAndDigitsThenEnterJumpToo(BrowserSession browser) {
        int n = DeckPage.titles().size();
        browser.open(browser.site().http(DeckPage.PAGE));
        type(browser, "g");
        waitOpen(browser, "jump", true);
        type(browser, String.valueOf(n - 1));
        type(browser, Keys.ENTER);
        waitOpen(browser, "jump", false);
        StageTest.expect(browser, n - 1);

        type(browser, "2");
        assertEquals("Go to slide 2 (Enter)", browser.find("[data-deck-typed]").getText());
        type(browser, Keys.ENTER);
        StageTest.expect(browser, 2);
        assertFalse(browser.find("[data-deck-typed]").isDisplayed(), "the typed number goes away");
        type(browser, "9");
        type(browser, "9");
        type(browser, Keys.ENTER);
        StageTest.expect(browser, n); // past the end: the last slide
    }

    @Test
    void fRequestsFullScreenAndFAgainLeavesIt(BrowserSession browser) {
        browser.open(browser.site().http(DeckPage.PAGE));
        browser.call("reader-tools.js", "recordFullscreen");
        type(browser, "f");
        type(browser, "F");
        assertEquals(List.of("enter", "exit"), browser.script("return window.__calls;"));
    }

    @Test
    void zOrAClickEnlargesTheSlidesDiagramToTheWindowAndEscapeClosesIt(BrowserSession browser) {
        for (BrowserDecks.Deck deck :
                List.of(BrowserDecks.backprop(browser), BrowserDecks.tall(), BrowserDecks.dense())) {
            for (int[] screen : new int[][] {{1366, 768}, {390, 844}}) {
                String where = deck.name() + " at " + screen[0] + "x" + screen[1];
                boolean phone = screen[0] < 600;
                browser.open(deck.url() + "#slide-2", screen[0], screen[1], 1, "light");
                double inSlide = smallestText(browser, ".slide:not([hidden]) .diagram svg");
                type(browser, "z");
                waitOpen(browser, "zoom", true);
                double enlarged = smallestText(browser, "[data-deck-zoom-figure] svg");
                browser.screenshot(LayoutTest.SCREENSHOTS.resolve(
                        "tools-zoom-" + deck.name() + "-" + screen[0] + "x" + screen[1] + ".png"));
                assertEquals(
                        browser.script("return document.querySelector('.slide:not([hidden]) .diagram svg title')"
                                + ".textContent;"),
                        browser.find("[data-deck-zoom-title]").getText(),
                        where + ": the dialog is named by the diagram's title");
                @SuppressWarnings("unchecked")
                List<Object> box = (List<Object>) browser.call("reader-tools.js", "zoomBox");
                boolean scrolls = Boolean.TRUE.equals(box.get(0));
                if (phone) {
                    // a phone sees all of the diagram (smaller than its scrolling copy in the slide)
                    assertTrue(enlarged > 0, where + ": smallest diagram text " + enlarged);
                    assertFalse(scrolls, where + ": a phone's enlarged view is the whole diagram");
                } else {
                    // a laptop sees it larger, and never with text under 10 px
                    assertTrue(
                            enlarged > inSlide * 1.2 && enlarged >= 10,
                            where + ": smallest diagram text " + inSlide + " px in the slide, " + enlarged
                                    + " enlarged");
                }
                if (scrolls) {
                    // too dense for the window at 10 px: the figure scrolls, by keyboard too (arrows, Home), and the
                    // slide stays
                    assertEquals(List.of(true, true, true), box.subList(1, 4), where + ": scrolls, has focus: " + box);
                    for (Keys key : List.of(Keys.ARROW_DOWN, Keys.ARROW_RIGHT)) {
                        String direction = key == Keys.ARROW_DOWN ? "down" : "across";
                        if (Boolean.TRUE.equals(browser.call("reader-tools.js", "roomToScroll", direction))) {
                            type(browser, key);
                            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                                    .withMessage(() -> where + ", " + key.name() + " did not scroll the figure: "
                                            + browser.call("reader-tools.js", "scrollState"))
                                    .until(d -> ((Number) browser.call("reader-tools.js", "scrolled", direction))
                                                    .doubleValue()
                                            > 0);
                        }
                    }
                    type(browser, Keys.HOME);
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                            .withMessage(() -> where + ", Home did not scroll back: "
                                    + browser.call("reader-tools.js", "scrollState"))
                            .until(d -> Boolean.TRUE.equals(browser.call("reader-tools.js", "scrolledHome")));
                    StageTest.expect(browser, 2);
                    if (deck.name().equals("dense")) {
                        List<String> found = AccessibilityTest.analyze(browser, where + ", enlarged and scrolling");
                        // axe-core fetches the page's stylesheets by XMLHttpRequest, which a page opened from disk
                        // refuses and logs: those messages are axe's, not the deck's, so read them off here, and the
                        // next test's console check starts clean
                        browser.browserLog();
                        assertEquals("", String.join("\n", found), "axe-core WCAG 2.2 AA violations");
                    }
                } else {
                    assertEquals(
                            Boolean.TRUE,
                            browser.call("reader-tools.js", "diagramFillsDialog"),
                            where + ": the diagram fills the dialog and fits in it");
                }
                if (!phone && !deck.name().equals("tall")) { // the tall deck's text comes out near 10 px either way
                    // a network step's text is 11.5 px or more in the stage at 1366x768 (the diagram package's
                    // legibility box), so even the dense network's enlarged diagram fits the window without scrolling
                    assertFalse(scrolls, where + ": the enlarged diagram fits the window: " + box);
                }
                type(browser, Keys.ESCAPE);
                waitOpen(browser, "zoom", false);
                browser.find(".slide:not([hidden]) .diagram svg").click();
                waitOpen(browser, "zoom", true);
                type(browser, Keys.ESCAPE);
                waitOpen(browser, "zoom", false);
                type(browser, Keys.ARROW_RIGHT);
                StageTest.expect(browser, 3); // keys reach the deck again
            }
        }
    }

    // the smallest diagram text drawn, in CSS px, of the svg the selector names (its own text or what it uses)
    private static double smallestText(BrowserSession browser, String selector) {
        return ((Number) browser.call("reader-tools.js", "smallestText", selector)).doubleValue();
    }

    @Test
    void speakerNotesNeverShowOnTheDeckPageOnScreenOrInPrint(BrowserSession browser) {
        browser.open(browser.site().http(DeckPage.PAGE) + "#slide-1");
        @SuppressWarnings("unchecked")
        List<String> notes = (List<String>) browser.call("reader-tools.js", "notesTexts");
        assertFalse(notes.isEmpty(), "the default deck has speaker notes");
        String first = notes.get(0).substring(0, 30);
        assertAll(
                () -> assertFalse(text(browser).contains(first), "notes are not page text on screen"),
                () -> assertFalse(accessibleText(browser).contains(first), "nor in the accessibility tree"));
        browser.media("print", Map.of());
        assertFalse(text(browser).contains(first), "nor in print");
    }

    /**
     * F5 (a second audit): notes holding {@code </template><script>…}, an {@code onerror} handler, {@code </script>}
     * and an unclosed {@code <!--} cannot end their template: nothing runs and nothing shows, on screen or in print
     * with {@code ?notes}, which shows the notes' words and formatting, still without running them.
     */
    @Test
    void notesThatTryToEndTheirTemplateNeitherShowNorRun(BrowserSession browser) {
        BrowserDecks.Deck tiny = BrowserDecks.tiny();
        browser.open(tiny.url() + "#slide-1");
        assertAll(
                () -> assertEquals(null, browser.script("return window.pwned;"), "no script of the notes ran"),
                () -> assertFalse(text(browser).contains("Hidden words"), "the notes are not page text"),
                () -> assertEquals(
                        0L,
                        browser.script(
                                "return document.querySelectorAll('main script:not([type=\"application/json\"]), main img[onerror]').length;")));
        browser.open(tiny.url() + "?notes#slide-1");
        browser.media("print", Map.of());
        String printed = (String) browser.script("return document.querySelector('.print-notes').innerHTML;");
        assertAll(
                () -> assertTrue(printed.contains("Hidden words of the tiny deck: <em>never</em>"), printed),
                () -> assertFalse(printed.contains("<script"), printed),
                () -> assertFalse(printed.contains("onerror"), printed),
                () -> assertEquals(null, browser.script("return window.pwned;"), "nor when the notes are printed"));
    }

    private static String text(BrowserSession browser) {
        return (String) browser.script("return document.body.innerText;");
    }

    // every name and text node Chromium's accessibility tree holds
    private static String accessibleText(BrowserSession browser) {
        Map<String, Object> tree = browser.cdp("Accessibility.getFullAXTree", Map.of());
        return String.valueOf(tree);
    }

    private static void type(BrowserSession browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static void waitOpen(BrowserSession browser, String dialog, boolean open) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> Boolean.valueOf(open)
                        .equals(browser.script(
                                "return document.querySelector('[data-deck-dialog=' + arguments[0] + ']').open;",
                                dialog)));
        browser.settle();
    }
}
