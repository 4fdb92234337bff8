package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netdeck.site.SiteBuild;

/** MathML from TeX, laid out by Chromium: fractions stack, display math centres or scrolls, colours follow the scheme. */
@Browser
class MathRenderingTest {

    private static final String DECK =
            """
            ---
            title: Math
            network:
              layers:
                - {name: input,  neurons: [x1]}
                - {name: output, neurons: [yhat], activation: sigmoid}
              weights:
                w1: {from: x1, to: yhat, value: 0.8}
              loss: squared_error
              learning_rate: 0.1
              inputs:  {x1: 0.5}
              targets: {yhat: 1.0}
            ---

            ## Formulas

            Inline $\\frac{\\partial L}{\\partial w_1} = {{ grad.w1 | 0.000 }}$ in a sentence.

            $$\\frac{a + b}{c}$$

            $$%s$$
            """.formatted(String.join(" + ", Collections.nCopies(16, "\\sum_{i=1}^{n} x_i \\cdot w_i + b")));

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
        List<Number> r = (List<Number>) browser.script(
                "const b = document.querySelector('#slide-1 ' + arguments[0]).getBoundingClientRect();"
                        + " return [b.top, b.bottom, b.left, b.right];",
                css);
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
        Object scroll = browser.script("const s = document.querySelectorAll('#slide-1 .math-display')[1];"
                + " return [s.scrollWidth, s.clientWidth, s.querySelector('math').getBoundingClientRect().left"
                + " - s.getBoundingClientRect().left, document.documentElement.scrollWidth, window.innerWidth];");
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
