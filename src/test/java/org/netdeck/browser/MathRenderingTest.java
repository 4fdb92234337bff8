package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netdeck.site.SiteBuild;
import org.netdeck.testing.OneDeck;
import org.openqa.selenium.support.ui.WebDriverWait;

/** MathML from TeX, laid out by Chromium: fractions stack, display math centres or scrolls, colours follow the scheme. */
@Browser
class MathRenderingTest {

    private static final String DECK = OneDeck.withSlides(
            "Math", """
            ## Formulas

            Inline $\\frac{\\partial L}{\\partial w_1} = {{ grad.w | 0.000 }}$ in a sentence.

            $$\\frac{a + b}{c}$$

            $$%s$$

            ## Accents

            The output $\\hat{y} = {{ y | 0.00 }}$, and a root and brackets that stretch:

            $$\\sqrt{\\hat{v}} + \\left( \\frac{\\partial L}{\\partial w_1} \\right)$$
            """.formatted(String.join(" + ", Collections.nCopies(16, "\\sum_{i=1}^{n} x_i \\cdot w_i + b"))));

    private static Path site;

    @BeforeAll
    static void build() {
        try {
            Path root = Files.createDirectories(Path.of("target", "browser-math"));
            Path content = Files.createDirectories(root.resolve("content/math"));
            Files.writeString(content.resolve("deck.md"), DECK);
            site = root.resolve("site");
            SiteBuild.build(root.resolve("content"), Optional.of(Path.of("templates")), site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String page() {
        return site.resolve("math/index.html").toUri() + "#slide-1";
    }

    /** [top, bottom, left, right] of the first element matching {@code css} in the first slide. */
    @SuppressWarnings("unchecked")
    private static double[] box(BrowserSession browser, String css) {
        List<Number> r = (List<Number>) browser.call("math.js", "box", css);
        return r.stream().mapToDouble(Number::doubleValue).toArray();
    }

    private static void assertFractionsStack(BrowserSession browser, String when) {
        for (String fraction : new String[] {"p math mfrac", ".math-display math mfrac"}) {
            double[] num = box(browser, fraction + " > :first-child");
            double[] den = box(browser, fraction + " > :last-child");
            assertTrue(
                    num[1] <= den[0] + 0.5 && num[1] > num[0] && den[1] > den[0],
                    when + ": the numerator of '" + fraction + "' (" + num[0] + "–" + num[1]
                            + ") is above its denominator (" + den[0] + "–" + den[1] + ")");
        }
    }

    /**
     * Math is set in the theme's own math font (Noto Sans Math, with an OpenType MATH table), loaded from the site's
     * assets even from disk: ŷ's hat sits centred over the y (within 15 % of its width), the radical reaches over
     * v̂'s hat and the brackets stretch to the fraction's height. Chromium's fallback without a math font drew the
     * hat as a hollow diamond beside the y.
     */
    @Test
    void mathUsesTheShippedMathFontAndItsAccentsSitOverTheirBase(BrowserSession browser) {
        browser.open(site.resolve("math/index.html").toUri() + "#slide-2");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> "loaded".equals(browser.script("return document.fonts.status;")));
        @SuppressWarnings("unchecked")
        List<Object> m = (List<Object>) browser.call("math.js", "typesetting");
        String faces = (String) m.get(0);
        String family = (String) m.get(1);
        double offCentre = ((Number) m.get(2)).doubleValue();
        double baseWidth = ((Number) m.get(3)).doubleValue();
        double accentOverlap = ((Number) m.get(4)).doubleValue();
        double rootOver = ((Number) m.get(5)).doubleValue();
        double bracket = ((Number) m.get(6)).doubleValue();
        browser.screenshot(LayoutTest.SCREENSHOTS.resolve("math-font.png"));
        assertAll(
                () -> assertEquals("loaded", faces, "the theme's math font is loaded, once"),
                () -> assertTrue(family.startsWith("netdeck-math") || family.startsWith("\"netdeck-math\""), family),
                () -> assertTrue(
                        Math.abs(offCentre) <= 0.15 * baseWidth,
                        "ŷ's hat is centred over the y: " + offCentre + " px off, the y is " + baseWidth + " px wide"),
                () -> assertTrue(accentOverlap <= baseWidth * 0.5, "the hat sits above the y: " + accentOverlap),
                () -> assertTrue(rootOver > 0, "the radical reaches over v̂'s hat: " + rootOver),
                () -> assertTrue(bracket >= 0.9, "the brackets stretch to the fraction: " + bracket));
    }

    @Test
    void aFractionsNumeratorIsAboveItsDenominatorInLightDarkAndPrint(BrowserSession browser) {
        browser.open(page());
        assertFractionsStack(browser, "light");
        browser.open(page(), BrowserSession.WIDTH, BrowserSession.HEIGHT, Map.of("prefers-color-scheme", "dark"));
        assertFractionsStack(browser, "dark");
        double math = MediaEmulationTest.luminance(browser, "#slide-1 p math mi", "color");
        assertTrue(math > 0.6, "dark: math text is light like the prose, luminance " + math);
        browser.open(page());
        browser.media("print", Map.of());
        assertFractionsStack(browser, "print");
    }

    @Test
    void displayMathIsCentredAndAWideFormulaScrollsInsteadOfOverflowing(BrowserSession browser) {
        browser.open(page(), 700, 800, Map.of());
        double[] box = box(browser, ".math-display");
        double[] shortMath = box(browser, ".math-display math");
        double boxCentre = (box[2] + box[3]) / 2;
        double mathCentre = (shortMath[2] + shortMath[3]) / 2;
        Object scroll = browser.call("math.js", "wideDisplay");
        List<?> v = (List<?>) scroll;
        double scrollWidth = ((Number) v.get(0)).doubleValue();
        double clientWidth = ((Number) v.get(1)).doubleValue();
        double mathLeft = ((Number) v.get(2)).doubleValue();
        double pageWidth = ((Number) v.get(3)).doubleValue();
        double viewport = ((Number) v.get(4)).doubleValue();
        assertAll(
                () -> assertTrue(
                        Math.abs(boxCentre - mathCentre) < 2,
                        "a short display formula is centred: " + mathCentre + " vs " + boxCentre),
                () -> assertTrue(shortMath[3] - shortMath[2] < box[3] - box[2] - 100, "and narrower than its box"),
                () -> assertTrue(
                        scrollWidth > clientWidth + 50,
                        "the wide formula scrolls: " + scrollWidth + " > " + clientWidth),
                () -> assertTrue(
                        Math.abs(mathLeft) < 1, "and starts at its box's left edge (nothing cut off): " + mathLeft),
                () -> assertTrue(
                        pageWidth <= viewport,
                        "the page itself does not scroll sideways: " + pageWidth + " > " + viewport));
    }
}
