package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every slide at a phone, a laptop and a large screen: a screenshot for people to look at
 * (target/screenshots/), no content spilling out of its slide or making the page scroll sideways, and on a
 * laptop screen or larger every slide fits between the top of the window and the slide controls.
 */
@ExtendWith(BrowserExtension.class)
class LayoutTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A viewport size and colour scheme to look at the deck in. */
    record View(int width, int height, String scheme) {
        String suffix() {
            return width + "x" + height + (scheme.equals("dark") ? "-dark" : "");
        }
    }

    static final List<View> VIEWS = List.of(
            new View(390, 844, "light"),
            new View(1280, 800, "light"),
            new View(1920, 1080, "light"),
            new View(1280, 800, "dark"));

    // descendants of the slide whose box leaves the slide's box (1 px tolerance), and the page's sideways overflow
    private static final String SPILLS = String.join(
            "\n",
            "const slide = arguments[0], box = slide.getBoundingClientRect(), tol = 1, out = [];",
            "for (const e of slide.querySelectorAll('*')) {",
            "  const r = e.getBoundingClientRect();",
            "  if (r.width === 0 && r.height === 0) continue;",
            "  if (e.closest('.visually-hidden')) continue;",
            "  let clipped = false;  // inside a box that scrolls (a diagram on a phone): its scroller is checked instead",
            "  for (let a = e.parentElement; a && a !== slide; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') clipped = true;",
            "  if (clipped) continue;",
            "  if (r.left < box.left - tol || r.right > box.right + tol || r.top < box.top - tol || r.bottom > box.bottom + tol) {",
            "    const name = e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + e.getAttribute('class').trim().replace(/\\s+/g, '.') : '');",
            "    out.push(name + ' \"' + (e.textContent || '').trim().slice(0, 30) + '\" ' + [r.left, r.top, r.right, r.bottom].map(Math.round)",
            "      + ' outside ' + [box.left, box.top, box.right, box.bottom].map(Math.round));",
            "  }",
            "}",
            "const doc = document.documentElement;",
            "if (doc.scrollWidth > window.innerWidth) out.push('the page scrolls sideways: ' + doc.scrollWidth + ' > ' + window.innerWidth);",
            "return out;");

    // a slide opened by its link must fit on a laptop screen: from its top to the controls' top, no scrolling
    private static final String FITS = String.join(
            "\n",
            "const slide = arguments[0].getBoundingClientRect(), controls = document.querySelector('.deck-controls').getBoundingClientRect();",
            "return slide.top >= 0 && slide.bottom <= controls.top + 1 ? '' : 'does not fit the screen: slide '",
            "  + [slide.top, slide.bottom].map(Math.round) + ', controls from ' + Math.round(controls.top);");

    @Test
    void everySlideFitsItsBoxAtEverySize(BrowserSession browser) {
        List<String> spills = new ArrayList<>();
        int n = DeckPage.titles().size();
        for (View view : VIEWS) {
            for (int k = 1; k <= n; k++) {
                browser.open(
                        browser.site().http(DeckPage.PAGE) + "#slide-" + k,
                        view.width(),
                        view.height(),
                        Map.of("prefers-color-scheme", view.scheme()));
                browser.screenshot(SCREENSHOTS.resolve(DeckPage.SLUG + "-slide-" + k + "-" + view.suffix() + ".png"));
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.script(SPILLS, browser.find("#slide-" + k));
                String where = "slide " + k + " at " + view.suffix() + ": ";
                found.forEach(f -> spills.add(where + f));
                String fits = view.width() >= BrowserSession.WIDTH
                        ? (String) browser.script(FITS, browser.find("#slide-" + k))
                        : "";
                if (!fits.isEmpty()) {
                    spills.add(where + fits);
                }
            }
        }
        for (View view : VIEWS) {
            browser.open(
                    browser.site().http(""),
                    view.width(),
                    view.height(),
                    Map.of("prefers-color-scheme", view.scheme()));
            browser.screenshot(SCREENSHOTS.resolve("index-" + view.suffix() + ".png"));
        }
        assertEquals("", String.join("\n", spills), "content outside its slide, or a slide taller than the screen");
    }
}
