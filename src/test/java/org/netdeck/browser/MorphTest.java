package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netdeck.site.SiteBuild;
import org.netdeck.testing.DefaultDeck;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One diagram that morphs: between two adjacent slides that draw the same network the deck keeps the figure (the
 * same {@code <svg>} element) and animates the difference; once the morph is over the figure is exactly the target
 * slide's own static diagram (compared with a fresh load of that slide), and so is every slide met again by Back,
 * Forward, reload or a link. With reduced motion the slides swap their pictures. Walked on the default deck, on the
 * taller fixture and on a small deck where the forward arrows turn around for the chain rule.
 */
@Browser
class MorphTest {

    /** The figure's {@code <svg>} on slide {@code arguments[0]}, or null. */
    @Test
    void theDefaultDeckKeepsItsFigureBetweenNetworkSlidesAndEndsOnEachSlidesOwnDiagram(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.backprop(browser);
        List<String> hashes = hashes(browser, deck);
        Map<String, String> statics = statics(browser, deck.url(), hashes);
        walk(browser, deck, hashes, statics);
        history(browser, deck, hashes, statics);
    }

    @Test
    void theTallDeckToo(BrowserSession browser) {
        BrowserDecks.Deck deck = BrowserDecks.tall();
        List<String> hashes = hashes(browser, deck);
        walk(browser, deck, hashes, statics(browser, deck.url(), hashes));
    }

    @Test
    void midwayTheFigureHoldsBothDiagramsAndTheArrowsTurnAround(BrowserSession browser) {
        String url = turningDeck();
        Map<String, String> target = statics(browser, url, List.of("#slide-2"));
        browser.open(url + "#slide-1");
        List<String> forward = texts(browser, 1);
        List<String> chain = texts(browser, 2);
        WebElement before = figure(browser, 1);
        paused(browser, true);
        try {
            press(browser, Keys.ARROW_RIGHT, "#slide-2");
            assertEquals(before, figure(browser, 2), "the figure stays");
            List<String> both = java.util.stream.Stream.concat(forward.stream(), chain.stream())
                    .distinct()
                    .sorted()
                    .toList();
            assertEquals(both, texts(browser, 2), "midway the figure shows the old and the new labels");
            assertTrue((Long) browser.call("morph.js", "animationsIn", before) > 0, "the figure's marks are animated");
            // the clock stands at the start of the morph: each backward arrow sits where the forward arrow of the
            // same weight was (turned round and moved to the other end of its edge)
            @SuppressWarnings("unchecked")
            List<String> off = (List<String>) browser.call("morph.js", "arrowsOffTheirForwardArrow", before);
            assertEquals(List.of(), off, "each reversed arrow starts on the old arrow");
        } finally {
            paused(browser, false);
        }
        expectStatic(browser, target, "#slide-2", "the chain rule's own diagram after the morph");
        assertEquals(before, figure(browser, 2));
        assertEquals(
                List.of("backward"),
                browser.call("morph.js", "arrowKinds", before),
                "after the morph only the chain rule's backward arrows are left");
    }

    @Test
    void withReducedMotionTheSlidesSwapTheirPicturesInstantly(BrowserSession browser) {
        String url = BrowserDecks.backprop(browser).url();
        Map<String, String> target = statics(browser, url, List.of("#slide-2"));
        browser.open(
                url + "#slide-1",
                BrowserSession.WIDTH,
                BrowserSession.HEIGHT,
                Map.of("prefers-reduced-motion", "reduce"));
        WebElement before = figure(browser, 1);
        WebElement own = figure(browser, 2);
        paused(browser, true);
        try {
            press(browser, Keys.ARROW_RIGHT, "#slide-2");
            assertNotEquals(before, figure(browser, 2), "a different svg element: the slide's own");
            assertEquals(own, figure(browser, 2));
            assertEquals(0L, browser.script("return document.getAnimations().length;"), "nothing is animated");
            assertEquals(target.get("#slide-2"), shape(browser, 2), "at once slide 2's own diagram");
        } finally {
            paused(browser, false);
        }
    }

    @Test
    void noAccessibilityViolationAfterAMorph(BrowserSession browser) {
        String url = BrowserDecks.backprop(browser).url();
        List<String> found = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.open(
                    url + "#slide-1",
                    BrowserSession.WIDTH,
                    BrowserSession.HEIGHT,
                    Map.of("prefers-color-scheme", scheme));
            WebElement figure = figure(browser, 1);
            press(browser, Keys.ARROW_RIGHT, "#slide-2");
            press(browser, Keys.ARROW_RIGHT, "#slide-3");
            browser.settle();
            assertEquals(figure, figure(browser, 3));
            found.addAll(AccessibilityTest.analyze(browser, scheme + " after morphing to slide 3"));
        }
        assertEquals("", String.join("\n", found), "axe-core WCAG 2.2 AA violations");
    }

    /**
     * Walks the deck with → from the first slide to the end, then with ← back to the first: at every step the figure
     * shown is its slide's static diagram; across two adjacent network slides it is the same element as before.
     */
    private static void walk(
            BrowserSession browser, BrowserDecks.Deck deck, List<String> hashes, Map<String, String> statics) {
        browser.open(deck.url() + "#slide-1");
        int morphs = 0;
        for (Keys key : List.of(Keys.ARROW_RIGHT, Keys.ARROW_LEFT)) {
            while (true) {
                String from = hash(browser);
                if (key == Keys.ARROW_LEFT && from.equals("#slide-1")) {
                    break;
                }
                int a = slideOf(from);
                WebElement before = figure(browser, a);
                new Actions(browser.driver()).sendKeys(key).perform();
                browser.settle();
                String to = hash(browser);
                if (to.equals(from)) {
                    assertEquals(hashes.get(hashes.size() - 1), from, "only Next at the end of the deck stays put");
                    break;
                }
                int b = slideOf(to);
                assertEquals(List.of(), browser.browserLog(), "no script error from " + from + " to " + to);
                expectStatic(browser, statics, to, "after " + from + " -> " + to);
                if (a != b) {
                    assertEquals(statics.get(from), shape(browser, a), "the slide left keeps its own diagram, " + from);
                    boolean network = network(statics.get(from)) && network(statics.get(to));
                    if (network) {
                        morphs++;
                        assertEquals(before, figure(browser, b), "the figure stays from " + from + " to " + to);
                    } else if (before != null && figure(browser, b) != null) {
                        assertNotEquals(before, figure(browser, b), from + " -> " + to + " is no morph");
                    }
                }
            }
        }
        assertTrue(morphs >= 2, deck.name() + ": morphs walked " + morphs);
    }

    /** Back, Forward, reload and a link after morphs leave each slide's own diagram. */
    private static void history(
            BrowserSession browser, BrowserDecks.Deck deck, List<String> hashes, Map<String, String> statics) {
        browser.open(deck.url() + "#slide-1");
        press(browser, Keys.ARROW_RIGHT, "#slide-2");
        press(browser, Keys.ARROW_RIGHT, "#slide-3");
        for (Runnable move : List.<Runnable>of(
                () -> browser.driver().navigate().back(),
                () -> browser.driver().navigate().back(),
                () -> browser.driver().navigate().forward(),
                () -> browser.driver().navigate().refresh(),
                () -> browser.script("location.hash = '#slide-4';"),
                () -> browser.driver().navigate().back())) {
            String from = hash(browser);
            move.run();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> browser.script("return document.readyState;").equals("complete"));
            String at = hash(browser);
            expectStatic(browser, statics, at, "after " + from + " -> " + at);
        }
        String last = hashes.get(hashes.size() - 1);
        for (String at : hashes) {
            if (!at.equals(last) && network(statics.get(at))) {
                browser.script("location.hash = arguments[0];", at);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> hash(browser).equals(at));
                expectStatic(browser, statics, at, "link to " + at);
            }
        }
    }

    /** Every position of the deck: #slide-N and, on a slide with fragments, #slide-N.K. */
    private static List<String> hashes(BrowserSession browser, BrowserDecks.Deck deck) {
        browser.open(deck.url());
        List<String> all = new ArrayList<>();
        for (int k = 1; k <= deck.slides(); k++) {
            long c = (Long) browser.call("morph.js", "fragments", k);
            all.add("#slide-" + k);
            for (int f = 1; f <= c; f++) {
                all.add("#slide-" + k + "." + f);
            }
        }
        return all;
    }

    /**
     * Each position's figure as a fresh load shows it: #slide-N as every slide waits in a page just loaded, #slide-N.K
     * (fragments shown, parts lit) from a load of that address.
     */
    private static Map<String, String> statics(BrowserSession browser, String url, List<String> hashes) {
        Map<String, String> shapes = new HashMap<>();
        browser.open(url);
        hashes.stream().filter(h -> !h.contains(".")).forEach(h -> shapes.put(h, shape(browser, slideOf(h))));
        for (String h : hashes.stream().filter(h -> h.contains(".")).toList()) {
            browser.open(url + h);
            assertEquals(h, hash(browser));
            shapes.put(h, shape(browser, slideOf(h)));
        }
        return shapes;
    }

    /**
     * Waits until the figure on the slide at {@code hash} is that position's static diagram (a morph tidies up once
     * its animations are over), then checks it.
     */
    private static void expectStatic(BrowserSession browser, Map<String, String> statics, String hash, String what) {
        browser.settle();
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> Objects.equals(statics.get(hash), shape(browser, slideOf(hash))));
        } catch (TimeoutException e) {
            // the assertion below says how they differ
        }
        assertEquals(statics.get(hash), shape(browser, slideOf(hash)), what);
    }

    /** A small deck of the default network: forward, then the chain rule (arrows reversed), then forward again. */
    private static String turningDeck() {
        Path content = Path.of("target", "morph-content");
        Path out = Path.of("target", "morph-site");
        try {
            String text = Files.readString(DefaultDeck.FILE, StandardCharsets.UTF_8);
            String front = text.substring(0, text.indexOf("\n---", 4) + 5);
            Files.createDirectories(content.resolve("turn"));
            Files.writeString(
                    content.resolve("turn").resolve("deck.md"),
                    front
                            + "\n## Forward\n\n<!-- diagram: forward -->\n\nThe prediction is {{ yhat }}.\n"
                            + "\n## Backward\n\n<!-- diagram: chain-rule -->\n\nThe gradient flows back.\n"
                            + "\n<!-- step: highlight yhat -->\n\nFrom the output.\n"
                            + "\n## Forward again\n\n<!-- diagram: forward -->\n\nAnd forward.\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SiteBuild.build(content, Optional.of(Path.of("templates")), out);
        return out.resolve("turn/index.html").toAbsolutePath().toUri().toString();
    }

    // a one-piece network figure (a figure of panels, the training step's, keeps its own svgs)
    private static boolean network(String shape) {
        return shape != null
                && !shape.endsWith(" parts: 0")
                && !shape.substring(0, shape.indexOf('>')).contains("panel-");
    }

    private static int slideOf(String hash) {
        return Integer.parseInt(hash.replaceAll("^#slide-(\\d+).*$", "$1"));
    }

    private static String hash(BrowserSession browser) {
        return (String) browser.script("return location.hash;");
    }

    private static WebElement figure(BrowserSession browser, int slide) {
        return (WebElement) browser.call("morph.js", "figure", slide);
    }

    private static String shape(BrowserSession browser, int slide) {
        return (String) browser.call("morph.js", "shape", slide);
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(BrowserSession browser, int slide) {
        return (List<String>) browser.call("morph.js", "texts", slide);
    }

    private static void press(BrowserSession browser, CharSequence key, String expected) {
        new Actions(browser.driver()).sendKeys(key).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> hash(browser).equals(expected));
    }

    /** Freezes (or restarts) the page's animation clock, so a morph can be looked at midway however busy the machine. */
    private static void paused(BrowserSession browser, boolean paused) {
        browser.cdp("Animation.enable", Map.of());
        browser.cdp("Animation.setPlaybackRate", Map.of("playbackRate", paused ? 0 : 1));
        if (!paused) {
            browser.settle();
        }
    }
}
