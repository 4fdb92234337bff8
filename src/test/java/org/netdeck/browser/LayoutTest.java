package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every slide at a phone, a laptop and a large screen: a screenshot for people to look at
 * (target/screenshots/), no content spilling out of its slide or making the page scroll sideways, and on a
 * laptop screen or larger every slide fits between the top of the window and the slide controls.
 */
@Browser
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
                List<String> found = (List<String>) browser.call("layout.js", "spills", browser.find("#slide-" + k));
                String where = "slide " + k + " at " + view.suffix() + ": ";
                found.forEach(f -> spills.add(where + f));
                String fits = view.width() >= BrowserSession.WIDTH
                        ? (String) browser.call("layout.js", "fits", browser.find("#slide-" + k))
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

    /**
     * A diagram's text is painted where the diagram's geometry puts it at every scale of the stage: a slide at
     * 1366×768, 1536×864 and on a phone is painted the same before and after its diagrams are laid out again (hidden
     * and shown). Chromium lays out SVG text for the scale it first draws it at and did not lay it out again when the
     * stage was scaled to the window (a CSS transform): at 1366×768 the labels drifted off their neurons and the plot's
     * ticks, by up to 40 px, until something re-laid them out. Writes the first pictures, as
     * target/screenshots/text-SLIDE-WxH.png, and the differences, when there are any.
     */
    @Test
    void diagramTextIsPaintedWhereItsDiagramPutsIt(BrowserSession browser) {
        List<String> moved = new ArrayList<>();
        for (int[] size : new int[][] {{1366, 768}, {1536, 864}, {390, 844}}) {
            for (int slide : new int[] {2, DeckPage.titles().size()}) {
                browser.open(
                        browser.site().http(DeckPage.PAGE) + "#slide-" + slide,
                        size[0],
                        size[1],
                        Map.of("prefers-reduced-motion", "reduce"));
                String name = "text-" + slide + "-" + size[0] + "x" + size[1];
                org.openqa.selenium.WebElement figure = browser.find("[data-slide=\"" + slide + "\"] .diagram");
                browser.script("arguments[0].scrollIntoView({block: 'nearest'});", figure);
                java.awt.image.BufferedImage first = crop(browser, figure, SCREENSHOTS.resolve(name + ".png"));
                // (a phone's figure, scrolled to what the slide is about, keeps its scroll position)
                browser.call("layout.js", "relayoutDiagrams");
                browser.settle();
                java.awt.image.BufferedImage again = crop(browser, figure, SCREENSHOTS.resolve(name + "-again.png"));
                int differ = 0;
                for (int y = 0; y < first.getHeight(); y++) {
                    for (int x = 0; x < first.getWidth(); x++) {
                        int a = first.getRGB(x, y), b = again.getRGB(x, y);
                        for (int shift = 0; shift <= 16; shift += 8) {
                            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > 48) {
                                differ++;
                                break;
                            }
                        }
                    }
                }
                double share = differ / (double) (first.getWidth() * first.getHeight());
                if (share > 0.001) {
                    moved.add(String.format(
                            "slide %d at %dx%d: %.2f %% of the figure's pixels change when its text is laid out again",
                            slide, size[0], size[1], share * 100));
                } else {
                    try {
                        java.nio.file.Files.deleteIfExists(SCREENSHOTS.resolve(name + "-again.png"));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }
        assertEquals(List.of(), moved);
    }

    /**
     * A display formula too wide for its column even in the smallest type (tiny-content's third slide) leaves the slide
     * in the type its height needs, here the full size, and scrolls sideways, reachable by keyboard; it used to take
     * the whole slide down to the smallest type (62 %) and scroll all the same.
     */
    @Test
    void aFormulaTooWideForAnyTypeScrollsAndTheSlideKeepsItsType(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.tiny();
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            browser.open(deck.url() + "#slide-3", size[0], size[1], Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) browser.call("layout.js", "wideFormula");
            assertEquals("1", o.get("fit"), size[0] + "x" + size[1] + ": " + o);
            assertEquals(true, o.get("scrolls"), size[0] + "x" + size[1] + ": " + o);
            assertEquals(0L, ((Number) o.get("tab")).longValue(), "the formula takes the keyboard focus: " + o);
        }
        browser.screenshot(SCREENSHOTS.resolve("long-formula-1920x1080.png"));
    }

    /**
     * A picture three times as tall as wide (tiny-content's fourth slide, its file published beside the page from the
     * deck's folder) loads, and is shown at a height that leaves the slide at its 1280×720 canvas and full type, with
     * the line under it on the slide; it used to stretch the canvas to ~1,500 px, which the stage then shrank whole.
     */
    @Test
    void aTallPictureLeavesTheSlideItsSizeAndType(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.tiny();
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            browser.open(deck.url() + "#slide-4", size[0], size[1], Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) browser.call("layout.js", "tallPicture");
            String where = size[0] + "x" + size[1] + ": " + o;
            assertEquals(400L, ((Number) o.get("loaded")).longValue(), where);
            assertEquals(720L, ((Number) o.get("h")).longValue(), where);
            assertEquals("1", o.get("fit"), where);
            assertEquals(3.0, ((Number) o.get("ratio")).doubleValue(), 0.02, "the picture keeps its shape: " + where);
            assertEquals(true, o.get("textInside"), where);
        }
        browser.screenshot(SCREENSHOTS.resolve("tall-picture-1920x1080.png"));
    }

    /**
     * A line of code wider than the slide (tiny-content's fifth slide, a slide without a diagram) scrolls inside its
     * block, which stays on the slide, in full type; it used to widen the slide's single column past the slide's edge.
     */
    @Test
    void aWideCodeBlockScrollsInsideTheSlide(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.tiny();
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
            browser.open(deck.url() + "#slide-5", size[0], size[1], Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) browser.call("layout.js", "wideCode");
            String where = size[0] + "x" + size[1] + ": " + o;
            assertEquals(true, o.get("inside"), where);
            assertEquals(true, o.get("scrolls"), where);
            assertEquals(true, o.get("page"), "the page does not scroll sideways: " + where);
            if (size[0] > 600) {
                assertEquals("1", o.get("fit"), where);
            }
        }
        // a shadow inside the edge that has more to scroll to, and none at an edge with nothing beyond it (the text
        // is made transparent so only the block's background is measured)
        browser.open(deck.url() + "#slide-5", 1366, 768, Map.of());
        org.openqa.selenium.WebElement pre = browser.find("[data-slide=\"5\"] pre");
        browser.script("arguments[0].style.color = 'transparent';", pre);
        java.awt.image.BufferedImage start = crop(browser, pre, SCREENSHOTS.resolve("wide-code-start-1366x768.png"));
        browser.script("arguments[0].scrollLeft = arguments[0].scrollWidth;", pre);
        java.awt.image.BufferedImage end = crop(browser, pre, SCREENSHOTS.resolve("wide-code-end-1366x768.png"));
        int y = start.getHeight() / 2;
        int middle = brightness(start, start.getWidth() / 2, y);
        String seen = "middle " + middle + ", at the start left " + brightness(start, 2, y) + " right "
                + brightness(start, start.getWidth() - 3, y) + ", at the end left " + brightness(end, 2, y) + " right "
                + brightness(end, end.getWidth() - 3, y);
        assertTrue(brightness(start, start.getWidth() - 3, y) < middle - 20, "a shadow where more is: " + seen);
        assertTrue(Math.abs(brightness(start, 2, y) - middle) <= 3, "none where nothing is: " + seen);
        assertTrue(brightness(end, 2, y) < middle - 20, seen);
        assertTrue(Math.abs(brightness(end, end.getWidth() - 3, y) - middle) <= 3, seen);
    }

    /**
     * A display formula that fits its column shows no scrolling shadow: on the stage scaled to 1366×768 each formula of
     * the two default decks, backprop and optimizers (every fragment shown) is painted with its edges the colour of its middle (its text hidden, so
     * only its background is measured). The shadows once showed there as a grey line a pixel wide: the covers that
     * hide them were painted only partly on the edge pixel of a scaled stage.
     */
    @Test
    void aFormulaThatFitsShowsNoScrollShadow(BrowserSession browser) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        int formulas = 0;
        Path file = SCREENSHOTS.resolve("formula-edges-1366x768.png");
        for (BrowserDecks.Deck deck : List.of(BrowserDecks.backprop(browser), BrowserDecks.optimizers(browser)))
            for (int k = 1; k <= deck.slides(); k++) {
                browser.open(deck.url() + "#slide-" + k + ".9", 1366, 768, Map.of());
                for (org.openqa.selenium.WebElement m : browser.findAll("[data-slide=\"" + k + "\"] .math-display")) {
                    formulas++;
                    browser.call("layout.js", "hideText", m);
                    browser.screenshot(file);
                    java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(file.toFile());
                    @SuppressWarnings("unchecked")
                    List<Number> r = (List<Number>) browser.call("layout.js", "edges", m);
                    int left = (int) Math.floor(r.get(0).doubleValue());
                    int right = (int) Math.floor(r.get(2).doubleValue());
                    int y = (int) ((r.get(1).doubleValue() + r.get(3).doubleValue()) / 2);
                    int middle = brightness(shot, (left + right) / 2, y);
                    // the pixels across each edge: the slide around the formula has the formula's background colour
                    for (int x :
                            new int[] {left - 1, left, left + 1, left + 2, right - 2, right - 1, right, right + 1}) {
                        if (Math.abs(brightness(shot, x, y) - middle) > 3) {
                            lines.add(deck.name() + " slide " + k + " formula " + formulas + " (" + left + " to "
                                    + right + "): x " + x + " is " + brightness(shot, x, y) + ", its middle " + middle);
                        }
                    }
                }
            }
        assertTrue(formulas >= 5, "the two default decks' display formulas: " + formulas);
        assertEquals(List.of(), lines);
    }

    /** The mean of a pixel's red, green and blue. */
    private static int brightness(java.awt.image.BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
    }

    /** The part of a screenshot (written to {@code file}) that {@code element} covers. */
    private static java.awt.image.BufferedImage crop(
            BrowserSession browser, org.openqa.selenium.WebElement element, Path file) {
        browser.screenshot(file);
        try {
            java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(file.toFile());
            @SuppressWarnings("unchecked")
            List<Number> r = (List<Number>) browser.call("layout.js", "rect", element);
            int x = Math.max(0, (int) Math.ceil(r.get(0).doubleValue()));
            int y = Math.max(0, (int) Math.ceil(r.get(1).doubleValue()));
            int w = Math.min(shot.getWidth() - x, (int) r.get(2).doubleValue() - 1);
            int h = Math.min(shot.getHeight() - y, (int) r.get(3).doubleValue() - 1);
            return shot.getSubimage(x, y, w, h);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
