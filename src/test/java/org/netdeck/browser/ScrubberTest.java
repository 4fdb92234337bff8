package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Precision;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The training scrubber on the default deck's training slide: the slider (mouse and keys) and Play move the network
 * panel (edge widths and values, activations) and the loss curve's marker to the checkpoints stored in trace.json;
 * arriving plays the run once, not with reduced motion; without a script and in print the figure is the last
 * checkpoint and no control shows; axe finds nothing in a scrubbed state. Writes screenshots at four positions (1366×768
 * and 390×844), a 2×2 strip of each size and the figure cut out at the four positions, one under the other
 * (scrubber-frames.png: docs/scrubber.png, in the author's guide), to target/screenshots/.
 */
@Browser
class ScrubberTest {

    private static final int TRAINING = trainingSlide();
    private static final String SLIDE = "[data-slide=\"" + TRAINING + "\"] ";
    private static final Map<String, String> REDUCED = Map.of("prefers-reduced-motion", "reduce");

    @Test
    void mouseAndKeysMoveTheFigureToTheStoredCheckpoints(BrowserSession browser) {
        JsonNode cps = checkpoints(browser);
        int last = cps.size() - 1;
        open(browser, REDUCED);
        WebElement range = browser.find(SLIDE + "input[type=range]");
        assertEquals(last, value(browser), "the slider starts at the last checkpoint");
        expectCheckpoint(browser, cps, last);

        // mouse: a click a quarter of the way along the track, then a drag further right
        int width = range.getRect().getWidth();
        new Actions(browser.driver())
                .moveToElement(range, -width / 4, 0)
                .click()
                .perform();
        int clicked = waitForValue(browser, k -> k > 0 && k < last);
        assertTrue(Math.abs(clicked - last / 4.0) < last / 8.0, "a click a quarter along picks about that checkpoint");
        expectCheckpoint(browser, cps, clicked);
        new Actions(browser.driver())
                .clickAndHold(range)
                .moveByOffset(width / 4, 0)
                .release()
                .perform();
        int dragged = waitForValue(browser, k -> k > clicked);
        expectCheckpoint(browser, cps, dragged);

        // keys on the focused slider: Home, End, arrows; the deck does not change slides
        key(browser, Keys.HOME);
        assertEquals(0, waitForValue(browser, k -> k == 0));
        expectCheckpoint(browser, cps, 0);
        key(browser, Keys.ARROW_RIGHT);
        key(browser, Keys.ARROW_RIGHT);
        assertEquals(2, waitForValue(browser, k -> k == 2));
        expectCheckpoint(browser, cps, 2);
        key(browser, Keys.END);
        assertEquals(last, waitForValue(browser, k -> k == last));
        key(browser, Keys.ARROW_LEFT);
        assertEquals(last - 1, waitForValue(browser, k -> k == last - 1));
        expectCheckpoint(browser, cps, last - 1);
        assertEquals(
                List.of(TRAINING), new DeckPage(browser).displayedSlides(), "keys on the slider stay on the slide");
    }

    /**
     * A run trained until its loss is about 10⁻³² (tiny-content): at every checkpoint the script writes each number as
     * the build writes it, tiny ones in scientific notation ({@code 1.23×10⁻³²}, not a row of zeros cut off at twenty
     * decimals); the caption's loss stays its own marked number, explained at the last checkpoint only. Writes
     * target/screenshots/scrubber-tiny-1280.png, the last checkpoint.
     */
    @Test
    void everyCheckpointReadsAsTheBuildWritesItDownToTinyLosses(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.tiny();
        JsonNode cps = checkpoints(BrowserDecks.builtDeck(deck.name()).resolve("trace.json"));
        browser.open(deck.url() + "#slide-2", BrowserSession.WIDTH, BrowserSession.HEIGHT, REDUCED);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shown = (List<Map<String, Object>>) browser.call("scrubber.js", "everyCheckpoint", 2);
        assertEquals(cps.size(), shown.size(), "one position per checkpoint");
        assertTrue(
                cps.get(cps.size() - 1).get("loss").asDouble() < 1e-20,
                "the fixture trains the loss below 1e-20, where twenty decimals show nothing");
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (int k = 0; k < cps.size(); k++) {
            JsonNode c = cps.get(k);
            Map<String, Object> o = shown.get(k);
            String loss = Precision.LOSS.format(c.get("loss").asDouble());
            String at = "checkpoint " + k + ": ";
            checks.add(() -> assertTrue(((String) o.get("readout")).endsWith("loss L = " + loss), at + o));
            checks.add(() -> assertTrue(
                    ((String) o.get("caption"))
                            .endsWith("iteration " + c.get("iteration").asInt() + ": loss L = " + loss),
                    at + o.get("caption")));
            // the caption's loss stays one marked number, explained (data-ref) at the last checkpoint only
            boolean end = k == cps.size() - 1;
            checks.add(() -> assertEquals(loss, o.get("loss"), at + o));
            checks.add(() -> assertEquals(end ? "trained.loss" : null, o.get("lossRef"), at + o));
            checks.add(() -> assertTrue(
                    ((String) o.get("bias"))
                            .endsWith("= "
                                    + Precision.UPDATED.format(
                                            c.at("/params/b1").asDouble())),
                    at + o.get("bias")));
            @SuppressWarnings("unchecked")
            Map<String, String> values = (Map<String, String>) o.get("values");
            values.forEach((w, text) -> checks.add(() ->
                    assertEquals(Precision.UPDATED.format(c.at("/params/" + w).asDouble()), text, at + w)));
            @SuppressWarnings("unchecked")
            Map<String, String> a = (Map<String, String>) o.get("a");
            a.forEach((n, text) -> checks.add(() ->
                    assertEquals(Precision.VALUE.format(c.at("/forward/a/" + n).asDouble()), text, at + n)));
            checks.add(() -> assertEquals(4, values.size(), at + "every weight has its value"));
        }
        assertTrue(checks.size() > 5 * cps.size(), "values and activations checked too: " + checks.size() + " checks");
        assertAll("the tiny deck's checkpoints", checks);
        browser.screenshot(LayoutTest.SCREENSHOTS.resolve("scrubber-tiny-" + BrowserSession.WIDTH + ".png"));
    }

    @Test
    void arrivingPlaysTheRunOnceAndPlayAdvances(BrowserSession browser) {
        int last = checkpoints(browser).size() - 1;
        open(browser, Map.of());
        // the slide before, every fragment revealed: the next key press arrives on the training slide
        browser.driver().navigate().to(browser.site().http(DeckPage.PAGE) + "#slide-" + (TRAINING - 1) + ".99");
        browser.settle();
        // record every checkpoint the slider shows from the moment the slide is reached
        // the slider at the end, where a reader leaving the slide may have left it (not already at 0), then
        // every value the page sets, as it sets it (an observer's callback can come after two of them)
        browser.call(
                "scrubber.js",
                "moveTo",
                SLIDE + "input[type=range]",
                browser.find(SLIDE + "input[type=range]").getAttribute("max"));
        browser.call("scrubber.js", "recordValues", SLIDE + "input[type=range]");
        new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        waitUntil(browser, "stoppedAfterMoving", SLIDE + "[data-scrubber]");
        @SuppressWarnings("unchecked")
        List<Long> seen = (List<Long>) browser.call("scrubber.js", "seen");
        assertEquals(0L, seen.get(0), "arriving starts the run from its first checkpoint");
        assertEquals((long) last, seen.get(seen.size() - 1), "and plays it to the end");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "the run only moves forward: " + seen);
        }
        assertTrue(seen.size() > 2, "it moved through the checkpoints: " + seen);

        // Play advances from where the slider is, Pause stops it
        key(browser, Keys.HOME);
        WebElement play = browser.find(SLIDE + "[data-scrub-play]");
        play.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> value(browser) > 0);
        assertEquals("true", play.getAttribute("aria-pressed"));
        play.click();
        assertEquals("false", play.getAttribute("aria-pressed"));
        int paused = value(browser);
        afterFrames(browser);
        assertEquals(paused, value(browser), "paused, the slider stays");
    }

    @Test
    void withReducedMotionNothingPlaysByItself(BrowserSession browser) {
        int last = checkpoints(browser).size() - 1;
        open(browser, REDUCED);
        afterFrames(browser);
        assertEquals(last, value(browser), "the last checkpoint, not moving");
        assertEquals("false", browser.find(SLIDE + "[data-scrub-play]").getAttribute("aria-pressed"));
        assertFalse((Boolean) browser.call("scrubber.js", "playing", SLIDE + "[data-scrubber]"));
        assertTrue(browser.find(SLIDE + "input[type=range]").isDisplayed(), "the slider is there");
    }

    @Test
    void withoutAScriptAndInPrintTheFigureIsTheLastCheckpointWithoutControls(BrowserSession browser) {
        JsonNode cps = checkpoints(browser);
        JsonNode end = cps.get(cps.size() - 1);
        browser.driver().get("about:blank");
        browser.reset();
        browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.driver().get(browser.site().http(DeckPage.PAGE));
            assertFalse(browser.find(SLIDE + "[data-scrubber]").isDisplayed(), "no control without a script");
            assertFalse(browser.find(SLIDE + "input[type=range]").isDisplayed());
            assertEquals(
                    0L,
                    browser.call("scrubber.js", "count", ".scrub-live"),
                    "no script, no live copy: the inline diagram is the picture");
            expectStatic(browser, end, "#training-panel-network ", "#diagram-training");
        } finally {
            browser.reset();
        }
        open(browser, REDUCED);
        key(browser, Keys.HOME);
        waitForValue(browser, k -> k == 0);
        browser.media("print", Map.of());
        try {
            assertFalse(browser.find(SLIDE + "[data-scrubber]").isDisplayed(), "print: no control");
            assertEquals(
                    0L,
                    browser.call("scrubber.js", "displayed", SLIDE + ".scrub-live"),
                    "print: the scrubbed copy is not printed");
            assertEquals(
                    2L,
                    browser.call("scrubber.js", "displayed", SLIDE + ".diagram > svg > use"),
                    "print: the static picture of both panels is");
        } finally {
            browser.media("", Map.of());
        }
    }

    @Test
    void noAccessibilityViolationWhileScrubbed(BrowserSession browser) {
        List<String> found = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.open(
                    browser.site().http(DeckPage.PAGE) + "#slide-" + TRAINING,
                    BrowserSession.WIDTH,
                    BrowserSession.HEIGHT,
                    Map.of("prefers-color-scheme", scheme, "prefers-reduced-motion", "reduce"));
            key(browser, Keys.HOME);
            key(browser, Keys.PAGE_UP);
            waitForValue(browser, k -> k > 0);
            found.addAll(AccessibilityTest.analyze(browser, scheme + " training slide, scrubbed"));
        }
        assertEquals("", String.join("\n", found), "axe-core WCAG 2.2 AA violations");
    }

    /** Frame timing while playing (printed, not asserted: speed is measured, not tested). */
    @Test
    void framesWhilePlaying(BrowserSession browser) {
        open(browser, REDUCED);
        key(browser, Keys.HOME);
        @SuppressWarnings("unchecked")
        List<Number> deltas = (List<Number>) browser.callAsync("scrubber.js", "playFrames", SLIDE + "[data-scrubber]");
        assertTrue(deltas.size() > 2);
        double[] ms = deltas.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        double mean = Arrays.stream(ms).average().orElseThrow();
        afterFrames(browser);
        @SuppressWarnings("unchecked")
        List<Object> loafs = (List<Object>) browser.call("scrubber.js", "longFrames");
        System.out.printf(
                "scrubber playing: %d frames, mean %.1f ms (%.0f fps), median %.1f ms, p95 %.1f ms, max %.1f ms;"
                        + " long animation frames %s, forced style and layout in their scripts %s ms%n",
                ms.length,
                mean,
                1000 / mean,
                ms[ms.length / 2],
                ms[(int) (ms.length * 0.95)],
                ms[ms.length - 1],
                loafs.get(0),
                loafs.get(1));
    }

    /** Four positions of the slider at 1366×768 and on a 390 px phone, and the guide's strip of the first. */
    @Test
    void screenshotsAtFourPositions(BrowserSession browser) {
        int last = checkpoints(browser).size() - 1;
        int[] at = {0, last / 4, last / 2, last};
        List<BufferedImage> crops = new ArrayList<>();
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
            List<BufferedImage> frames = new ArrayList<>();
            browser.open(browser.site().http(DeckPage.PAGE) + "#slide-" + TRAINING, size[0], size[1], REDUCED);
            for (int k : at) {
                browser.call("scrubber.js", "moveTo", SLIDE + "input[type=range]", k);
                waitForValue(browser, v -> v == k);
                if (size[0] < 600) {
                    browser.call("scrubber.js", "scrollToTop", SLIDE + ".diagram");
                }
                Path file = LayoutTest.SCREENSHOTS.resolve("scrubber-" + size[0] + "x" + size[1] + "-" + k + ".png");
                browser.screenshot(file);
                frames.add(read(file));
                if (size[0] > 600) {
                    crops.add(crop(browser, read(file)));
                }
            }
            write(strip(frames), LayoutTest.SCREENSHOTS.resolve("scrubber-strip-" + size[0] + "x" + size[1] + ".png"));
        }
        write(column(crops), LayoutTest.SCREENSHOTS.resolve("scrubber-frames.png"));
    }

    // ---- helpers ----

    /** The figure and the scrubber of the training slide, cut out of a screenshot (device pixels = CSS pixels). */
    private static BufferedImage crop(BrowserSession browser, BufferedImage shot) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) browser.call("scrubber.js", "figureBox", SLIDE);
        int x = Math.max(0, r.get(0).intValue() - 4);
        int y = Math.max(0, r.get(1).intValue() - 4);
        int w = Math.min(shot.getWidth() - x, r.get(2).intValue() + 4 - x);
        int h = Math.min(shot.getHeight() - y, r.get(3).intValue() + 4 - y);
        return shot.getSubimage(x, y, w, h);
    }

    private static int trainingSlide() {
        try {
            List<String> lines = Files.readAllLines(Path.of("content", DeckPage.SLUG, "deck.md"));
            int slide = 0;
            for (String line : lines) {
                if (line.startsWith("## ")) {
                    slide++;
                } else if (line.trim().equals("<!-- diagram: training -->")) {
                    return slide;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the default deck has no training slide");
    }

    private static void open(BrowserSession browser, Map<String, String> features) {
        browser.open(
                browser.site().http(DeckPage.PAGE) + "#slide-" + TRAINING,
                BrowserSession.WIDTH,
                BrowserSession.HEIGHT,
                features);
    }

    private static JsonNode checkpoints(BrowserSession browser) {
        return checkpoints(browser.site().root().resolve(DeckPage.SLUG).resolve("trace.json"));
    }

    private static JsonNode checkpoints(Path traceJson) {
        try {
            return new ObjectMapper().readTree(traceJson.toFile()).at("/training/checkpoints");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int value(BrowserSession browser) {
        return ((Number) browser.call("scrubber.js", "position", SLIDE + "input[type=range]")).intValue();
    }

    private static int waitForValue(BrowserSession browser, java.util.function.IntPredicate ok) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> ok.test(value(browser)));
        return value(browser);
    }

    /** Waits until {@code condition}, a function of scrubber.js, is true. */
    private static void waitUntil(BrowserSession browser, String condition, Object... args) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(browser.call("scrubber.js", condition, args)));
    }

    /** Focuses the slider and presses {@code key}. */
    private static void key(BrowserSession browser, CharSequence key) {
        browser.call("scrubber.js", "focus", SLIDE + "input[type=range]");
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Lets the page draw two more frames. */
    private static void afterFrames(BrowserSession browser) {
        browser.callAsync("frames.js", "afterTwoFrames");
    }

    /** The slide's live figure shows checkpoint {@code k}: readout, marker, edges, values, activations. */
    private static void expectCheckpoint(BrowserSession browser, JsonNode cps, int k) {
        JsonNode c = cps.get(k);
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) browser.call("scrubber.js", "checkpointShown", SLIDE);
        @SuppressWarnings("unchecked")
        Map<String, String> data = (Map<String, String>) shown.get("data");
        double sx = (d(data, "px1") - d(data, "px0")) / (d(data, "x1") - d(data, "x0"));
        double sy = (d(data, "py1") - d(data, "py0")) / (d(data, "y1") - d(data, "y0"));
        String[] stroke = data.get("stroke").split(" ");
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        int iteration = c.get("iteration").asInt();
        double loss = c.get("loss").asDouble();
        checks.add(() -> assertTrue(
                ((String) shown.get("readout"))
                        .startsWith("iteration " + Precision.grouped(Integer.toString(iteration)) + " of "),
                shown.toString()));
        checks.add(() -> assertTrue(
                ((String) shown.get("readout")).endsWith("loss L = " + Precision.LOSS.format(loss)), shown.toString()));
        checks.add(() -> assertEquals(shown.get("readout"), shown.get("valuetext")));
        checks.add(() -> assertTrue(((String) shown.get("caption"))
                .contains("iteration " + Precision.grouped(Integer.toString(iteration)) + ":")));
        checks.add(() -> assertEquals(
                d(data, "px0") + iteration * sx, ((Number) shown.get("cx")).doubleValue(), 0.05, "marker x"));
        checks.add(() -> assertEquals(
                d(data, "py0") + number(Precision.LOSS.format(loss)) * sy,
                ((Number) shown.get("cy")).doubleValue(),
                0.05,
                "marker y, at the loss as shown"));
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> widths = (Map<String, List<Object>>) shown.get("widths");
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) shown.get("values");
        @SuppressWarnings("unchecked")
        Map<String, String> a = (Map<String, String>) shown.get("a");
        assertEquals(c.get("params").size(), values.size(), "every weight has its value: " + values);
        c.get("params").fields().forEachRemaining(p -> {
            double w = p.getValue().asDouble();
            checks.add(() -> assertEquals(Precision.UPDATED.format(w), values.get(p.getKey()), p.getKey()));
            checks.add(() -> assertEquals(
                    Double.parseDouble(stroke[0])
                            + Double.parseDouble(stroke[1]) * Math.abs(w) / Double.parseDouble(stroke[2]),
                    ((Number) widths.get(p.getKey()).get(0)).doubleValue(),
                    0.01,
                    "width of " + p.getKey()));
            checks.add(() -> assertEquals(w < 0, widths.get(p.getKey()).get(1), "sign of " + p.getKey()));
        });
        assertFalse(a.isEmpty());
        a.forEach((n, text) -> checks.add(() ->
                assertEquals(Precision.VALUE.format(c.at("/forward/a/" + n).asDouble()), text, n)));
        assertAll("checkpoint " + k + " (iteration " + iteration + ")", checks);
    }

    /** The static figure (no script): the values of the last checkpoint in the inline diagram. */
    private static void expectStatic(BrowserSession browser, JsonNode end, String panel, String root) {
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) browser.call("scrubber.js", "staticValues", panel);
        assertFalse(values.isEmpty());
        values.forEach((name, text) -> {
            JsonNode p = end.at("/params/" + name);
            assertEquals(
                    p.isMissingNode()
                            ? Precision.VALUE.format(
                                    end.at("/forward/a/" + name).asDouble())
                            : Precision.UPDATED.format(p.asDouble()),
                    text,
                    name);
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.call("scrubber.js", "staticMarker", root);
        @SuppressWarnings("unchecked")
        Map<String, String> data = (Map<String, String>) m.get("data");
        double sx = (d(data, "px1") - d(data, "px0")) / (d(data, "x1") - d(data, "x0"));
        assertEquals(
                d(data, "px0") + end.get("iteration").asInt() * sx,
                ((Number) m.get("cx")).doubleValue(),
                0.05,
                "the marker sits at the last checkpoint");
    }

    private static double d(Map<String, String> data, String key) {
        assertNotNull(data.get(key), key);
        return Double.parseDouble(data.get(key));
    }

    /** A number as the figure writes it (minus sign U+2212). */
    private static double number(String text) {
        return Double.parseDouble(text.trim().replace('\u2212', '-'));
    }

    private static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(BufferedImage image, Path file) {
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frames at full size, one under the other. */
    static BufferedImage column(List<BufferedImage> frames) {
        int gap = 8;
        int w = frames.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
        int h = frames.stream().mapToInt(BufferedImage::getHeight).sum() + gap * (frames.size() - 1);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        int y = 0;
        for (BufferedImage f : frames) {
            g.drawImage(f, 0, y, null);
            y += f.getHeight() + gap;
        }
        g.dispose();
        return out;
    }

    /** The frames at half size, two by two (a phone's frames side by side in one row). */
    static BufferedImage strip(List<BufferedImage> frames) {
        int w = frames.get(0).getWidth() / 2;
        int h = frames.get(0).getHeight() / 2;
        boolean tall = h > w;
        int cols = tall ? frames.size() : 2;
        int rows = (frames.size() + cols - 1) / cols;
        int gap = 8;
        BufferedImage out =
                new BufferedImage(cols * w + (cols - 1) * gap, rows * h + (rows - 1) * gap, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        for (int i = 0; i < frames.size(); i++) {
            g.drawImage(frames.get(i), (i % cols) * (w + gap), (i / cols) * (h + gap), w, h, null);
        }
        g.dispose();
        return out;
    }
}
