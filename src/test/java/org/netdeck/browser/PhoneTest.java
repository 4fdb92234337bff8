package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A 390×844 phone (mobile emulation), on both decks of the default site and the tall and dense fixtures: every slide,
 * reached with → from the title slide, scrolls only up and down, body text is 16 px or more, diagram text as rendered
 * is 10 CSS px or more (the diagram scrolls sideways inside its figure instead of shrinking), every display formula
 * fits its column (set smaller), and at every step what the step is about is in view without scrolling sideways: the
 * parts it lights, else the output and the colour key (phone.js).
 */
@Browser
class PhoneTest {

    // sideways overflow of the page, body text smaller than 16 px, diagram text smaller than 10 px as drawn
    static final String CHECK = String.join(
            "\n",
            "const s = [...document.querySelectorAll('[data-deck] > [data-slide]')].find(x => !x.hidden), out = [];",
            "const doc = document.documentElement;",
            "if (doc.scrollWidth > window.innerWidth) out.push('the page scrolls sideways: ' + doc.scrollWidth + ' > ' + window.innerWidth);",
            "for (const e of s.querySelectorAll('.slide-body p, .slide-body li, .slide-body td, .summary')) {",
            "  const px = parseFloat(getComputedStyle(e).fontSize);",
            "  if (px < 16) out.push('text at ' + px + ' px: ' + e.textContent.trim().slice(0, 30));",
            "}",
            "for (const svg of s.querySelectorAll('figure svg')) {",
            "  const use = svg.querySelector('use');  // a slide with highlights draws its own copy",
            "  const ref = use ? document.getElementById(use.getAttribute('href').slice(1)) : svg;",
            "  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;",
            "  const sizes = [...ref.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);",
            "  const smallest = Math.min(...sizes);",
            "  window.__smallest = Math.min(window.__smallest || 99, smallest);",
            "  if (smallest < 10) out.push('diagram text drawn at ' + smallest.toFixed(2) + ' px');",
            "}",
            "for (const m of s.querySelectorAll('.math-display')) {",
            "  if (m.scrollWidth > m.clientWidth + 1) out.push('formula cut at the edge: ' + m.textContent.trim().slice(0, 30));",
            "}",
            "return out;");

    @Test
    void everySlideReadsOnAPhone(BrowserSession browser) {
        List<String> found = new ArrayList<>();
        for (BrowserDecks.Deck deck : List.of(
                BrowserDecks.backprop(browser),
                BrowserDecks.optimizers(browser),
                BrowserDecks.layers(browser),
                BrowserDecks.softmax(browser),
                BrowserDecks.tall(),
                BrowserDecks.dense())) {
            browser.open(deck.url(), 390, 844, 1, "light");
            check(browser, deck, "title", found);
            // → through every slide and every step of its fragments, checking each position reached
            DeckPage page = new DeckPage(browser);
            String last = "#slide-" + deck.slides();
            for (int presses = 0; presses < 500; presses++) {
                String before = page.hash();
                new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .pollingEvery(Duration.ofMillis(25))
                        .until(d -> !page.hash().equals(before) || before.startsWith(last));
                if (page.hash().equals(before)) {
                    break; // the last step of the last slide: → does nothing more
                }
                browser.settle();
                check(browser, deck, page.hash().substring(1), found);
            }
            assertTrue(page.hash().startsWith(last), deck.name() + " walked to its end, not " + page.hash());
        }
        assertEquals("", String.join("\n", found));
    }

    private static void check(BrowserSession browser, BrowserDecks.Deck deck, String where, List<String> found) {
        if (deck.name().equals("backprop")) {
            browser.screenshot(LayoutTest.SCREENSHOTS.resolve("phone-" + deck.name() + "-" + where + "-390x844.png"));
        }
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) browser.script(CHECK);
        out.forEach(p -> found.add(deck.name() + " " + where + ": " + p));
        @SuppressWarnings("unchecked")
        List<String> point = (List<String>) browser.call("phone.js", "pointOutOfView");
        point.forEach(p -> found.add(deck.name() + " " + where + ": " + p));
    }
}
