package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * A 390×844 phone (mobile emulation): every slide, reached with → from the title slide, scrolls only up and
 * down, body text is 16 px or more, and diagram text as rendered is 10 CSS px or more (the diagram scrolls
 * sideways inside its figure instead of shrinking).
 */
@ExtendWith(BrowserExtension.class)
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
            "return out;");

    @Test
    void everySlideReadsOnAPhone(BrowserSession browser) {
        List<String> found = new ArrayList<>();
        for (Decks.Deck deck : List.of(Decks.backprop(browser), Decks.tall())) {
            browser.open(deck.url(), 390, 844, 1, "light");
            check(browser, deck, 0, found);
            for (int k = 1; k <= deck.slides(); k++) {
                StageTest.press(browser, Keys.ARROW_RIGHT, k);
                check(browser, deck, k, found);
            }
        }
        assertEquals("", String.join("\n", found));
    }

    private static void check(BrowserSession browser, Decks.Deck deck, int k, List<String> found) {
        if (deck.name().equals("backprop")) {
            browser.screenshot(LayoutTest.SCREENSHOTS.resolve("phone-" + deck.name() + "-" + k + "-390x844.png"));
        }
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) browser.script(CHECK);
        out.forEach(p -> found.add(deck.name() + " slide " + k + ": " + p));
    }
}
