package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.BuiltSite;
import org.netdeck.testing.ProseNumbers;

/** The default deck, content/backprop, built as a reader gets it: every number in its prose is computed. */
class DefaultDeckTest {

    private static final List<String> SEED_TITLES = List.of(
            "A Simple Neural Network",
            "Forward Pass: Computing the Output",
            "How Wrong Are We?",
            "Gradients Flow Backward",
            "Chain Rule Through Layers",
            "Learning: Adjusting Weights",
            "What's Next?");

    /** A number as printed: a real or ASCII minus, digits, maybe decimals, maybe a percent sign. */
    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\p{L}\\d.])([−-]?\\d+(?:\\.\\d+)?)(%?)(?![\\p{L}\\d])");

    @TempDir
    static Path tmp;

    private static Document deck;
    private static JsonNode trace;

    @BeforeAll
    static void build() throws IOException {
        BuiltSite site = BuiltSite.in(tmp);
        deck = site.page("backprop");
        trace = site.trace("backprop");
    }

    @Test
    void readsInAboutTwoMinutes() {
        String reading = deck.selectFirst(".title-slide").text();
        java.util.regex.Matcher m = Pattern.compile("~(\\d+) s").matcher(reading);
        assertTrue(m.find(), reading);
        assertTrue(Integer.parseInt(m.group(1)) <= 120, "reading time " + m.group(1) + " s");
        int words = 0;
        for (Element body : deck.select("section.slide .slide-body")) {
            Element copy = body.clone();
            copy.select("math").remove(); // prose, not formulas (remove() returns the formulas: count the copy)
            words += copy.text().split("\\s+").length;
        }
        assertTrue(words <= 450, "slide prose: " + words + " words");
    }

    @Test
    void aCountPastThePlottedStepsSaysSoOnce() {
        // α = 0.01 reaches ŷ = 0.85 after the 2,000 plotted steps: the number says so itself, and nothing repeats it
        int steps = 0;
        for (JsonNode s : trace.get("steps_to")) {
            steps = s.get("run").asText("").equals("lr_0_01") ? s.get("steps").asInt() : steps;
        }
        assertTrue(steps > trace.at("/network/iterations").asInt(), "past the plotted steps: " + steps);
        String text = deck.select("section.slide[id^=slide-]")
                .last()
                .selectFirst(".slide-body")
                .text();
        assertTrue(text.contains(String.format(Locale.ROOT, "%,d (past the 2,000 plotted steps) at", steps)), text);
        assertEquals(1, text.split("plotted", -1).length - 1, text);
    }

    @Test
    void hasTheSeedsSevenSlidesInOrderWithATrueCounter() {
        List<String> titles = deck.select("section.slide h2").eachText();
        assertEquals(SEED_TITLES, titles);
        assertTrue(deck.text().contains("1 / 7"), "the counter reads 1 / 7 before any script runs");
        assertFalse(deck.text().contains("/ ?"));
    }

    @Test
    void everySlideCarriesItsDiagramInTeachingOrder() {
        List<String> steps = new ArrayList<>();
        for (Element slide : deck.select("section.slide[id^=slide-]")) {
            Element svg = slide.selectFirst("figure svg[role=img]");
            assertNotNull(svg, slide.id() + " has a diagram");
            assertNotNull(svg.selectFirst("title"), slide.id() + " diagram has a title");
            String use = svg.selectFirst("use").attr("href");
            assertNotNull(
                    deck.getElementById(use.substring(1)), slide.id() + " draws " + use + ", inlined once on the page");
            steps.add(slide.selectFirst("figure").classNames().stream()
                    .filter(c -> c.startsWith("diagram-"))
                    .findFirst()
                    .orElseThrow()
                    .substring("diagram-".length()));
        }
        assertEquals(
                List.of("architecture", "forward", "loss", "output-gradient", "chain-rule", "update", "training"),
                steps);
    }

    @Test
    void theNetworkTellsTheSeedsStory() {
        assertEquals(0.6, trace.at("/forward/a/h1").asDouble(), 0.005);
        assertEquals(0.4, trace.at("/forward/a/h2").asDouble(), 0.005);
        assertEquals(0.70, trace.at("/forward/a/yhat").asDouble(), 0.005);
        assertEquals(4, trace.at("/network/weights").size());
        assertEquals(0.1, trace.at("/network/learning_rate").asDouble());
        assertEquals("squared_error", trace.at("/network/loss").asText());
    }

    @Test
    void everyNumberInTheProseIsARoundingOfAComputedValue() {
        int[] checked = {0};
        List<String> unexplained = new ProseNumbers(deck, trace).unexplainedInProse(checked);
        assertTrue(checked[0] > 5, "the prose quotes numbers outside math too: " + checked[0]);
        assertEquals(List.of(), unexplained, "numbers not found in trace.json");
    }

    @Test
    void everyNumberInTheMathIsAComputedValueAndEveryFormulaIsMathml() {
        int[] decimals = {0};
        List<String> unexplained = new ProseNumbers(deck, trace).unexplainedInMath(decimals);
        // the ~120 s deck works one forward line, the loss, one chain rule and one update in its formulas (26 numbers)
        assertTrue(decimals[0] > 20, "the formulas quote many computed numbers: " + decimals[0]);
        assertEquals(List.of(), unexplained, "numbers in MathML not found in trace.json");
        // the chain rule for w1 writes every factor, σ′(z_h1) and x1 included, and ends in the engine's gradient: in
        // the chain-rule slide's speaker notes (their HTML is stored as text in the template), the slide keeping ∂L/∂w1
        String w1 = deck.select("template[data-notes]").stream()
                .flatMap(t -> Jsoup.parseBodyFragment(t.text()).select("math").stream())
                .map(Element::text)
                .filter(t -> t.startsWith("∂L∂w1="))
                .findFirst()
                .orElseThrow();
        assertTrue(w1.contains("σ′(zh1)x1"), w1);
        assertTrue(
                w1.contains(String.format(
                        Locale.ROOT, "(%.3f)", trace.at("/backward/da_dz/h1").asDouble())),
                w1);
        // no formula left as plain text outside MathML
        for (Element body : deck.select("section.slide .slide-body")) {
            Element copy = body.clone();
            copy.select("math, figure").remove();
            for (String sign : List.of("∂", "σ′", "←", "²", "ŷ")) {
                assertFalse(copy.text().contains(sign), "'" + sign + "' outside math in: " + copy.text());
            }
        }
    }
}
