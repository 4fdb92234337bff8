package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netdeck.site.Publisher;
import org.netdeck.testing.OneDeck;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The math font arrives after the slides that show math were fitted: the viewer fits them again. The math font is
 * fetched when math is first shown, so the stage measures that slide with the system's fallback font; when the font
 * has loaded (document.fonts' loadingdone) the slide shown is fitted again at once, the other math slides when next
 * shown, and a display formula that now scrolls sideways takes keyboard focus. The site is served over HTTP with the
 * font's answer held back until the test has read the first fit; its theme is the bundled one with the math font's
 * {@code @font-face} set eight times larger ({@code size-adjust}), so the arrival of the font changes every fit
 * whichever fallback font the system has.
 */
@Browser
class MathFontLoadTest {

    private static final String FONT = "assets/fonts/noto-sans-math.woff2";

    private static final String FORMULAS = """
            $$\\frac{\\partial L}{\\partial w_1} = \\frac{a + b}{c}$$

            $$\\hat{y} = \\sum_{i=1}^{n} x_i w_i + b = \\sum_{j=1}^{m} v_j h_j + c = \\sum_{k=1}^{p} u_k g_k + d$$

            $$\\sqrt{\\hat{v}} + \\left( \\frac{\\partial L}{\\partial w_2} \\right)$$
            """;

    private static final String DECK = OneDeck.withSlides("Font load", """
            ## Words

            A slide without math: the math font is not fetched yet.

            ## Formulas

            %s
            ## More formulas

            %s""".formatted(FORMULAS, FORMULAS));

    private static SiteServer site;

    @BeforeAll
    static void serve() {
        try {
            Path root = Path.of("target", "browser-font-load");
            Publisher.deleteQuietly(root.resolve("theme"));
            Path theme = copy(Path.of("templates"), root.resolve("theme"));
            Path css = theme.resolve("assets/deck.css");
            String face = "src: url(\"fonts/noto-sans-math.woff2\") format(\"woff2\");";
            String sheet = Files.readString(css);
            assertTrue(sheet.contains(face), "the theme's math font's @font-face: " + face);
            Files.writeString(css, sheet.replace(face, face + "\n  size-adjust: 800%;"));
            Path content = Files.createDirectories(root.resolve("content/fontload"));
            Files.writeString(content.resolve("deck.md"), DECK);
            site = SiteServer.start(root.resolve("site"), theme, root.resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }

    @Test
    void slidesFittedBeforeTheMathFontArrivedAreFittedAgainWhenItHas(BrowserSession browser) {
        int before = site.requests().size(); // the font's requests since this test began (a rerun: since then)
        Runnable release = site.hold(FONT);
        try {
            browser.open(site.http("fontload/index.html#slide-1"), 1366, 768, Map.of());
            assertFalse(fontRequested(before), "a slide without math does not fetch the math font");
            show(browser, 2);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .pollingEvery(Duration.ofMillis(25))
                    .until(d -> fontRequested(before));
            show(browser, 3);
            List<?> two = fitted(browser, 2);
            List<?> three = fitted(browser, 3);
            assertAll(
                    () -> assertEquals("1", two.get(0), "slide 2, fitted with the fallback font, at full size: " + two),
                    () -> assertEquals(0L, two.get(3), "no formula of slide 2 takes focus: " + two),
                    () -> assertEquals("1", three.get(0), "slide 3 too: " + three),
                    () -> assertEquals(0L, three.get(2), "no formula of slide 3 scrolls: " + three),
                    () -> assertEquals("loading", three.get(4), "the math font is held back: " + three));
        } finally {
            release.run();
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(25))
                .until(d -> "loaded".equals(fitted(browser, 3).get(4)));
        // document.fonts.ready resolves in the task that dispatches loadingdone, after its listeners have run
        assertEquals(
                true,
                ((JavascriptExecutor) browser.driver())
                        .executeAsyncScript("const done = arguments[0]; document.fonts.ready.then(() => done(true));"),
                "the page's fonts are ready");
        browser.settle();
        List<?> three = fitted(browser, 3);
        show(browser, 2);
        List<?> two = fitted(browser, 2);
        assertAll(
                () -> assertRefitted("slide 3, shown when the font arrived", three),
                () -> assertRefitted("slide 2, fitted again when next shown", two));
    }

    private static void assertRefitted(String slide, List<?> fit) {
        double scale = Double.parseDouble((String) fit.get(0));
        assertAll(
                () -> assertTrue(scale < 1, slide + ": set in a smaller type for the eight times larger math: " + fit),
                () -> assertTrue(
                        (Long) fit.get(2) > 0 && fit.get(3).equals(fit.get(2)),
                        slide + ": its formulas that now scroll sideways take keyboard focus: " + fit));
    }

    private static boolean fontRequested(int since) {
        List<SiteServer.Request> requests = site.requests();
        return requests.subList(since, requests.size()).stream()
                .anyMatch(r -> r.path().equals(SiteServer.PREFIX + FONT));
    }

    private static List<?> fitted(BrowserSession browser, int k) {
        return (List<?>) browser.call("font-load.js", "fitted", k);
    }

    /** Shows slide {@code k} and waits until it is still. */
    private static void show(BrowserSession browser, int k) {
        browser.script("location.hash = arguments[0];", "#slide-" + k);
        DeckPage page = new DeckPage(browser);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .pollingEvery(Duration.ofMillis(25))
                .until(d -> page.displayedSlides().equals(List.of(k)));
        browser.settle();
    }
}
