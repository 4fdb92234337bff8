package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.ProseNumbers;

/** The second deck, content/optimizers, built as a reader gets it: computed numbers, typeset rules, its landscape, linked both ways. */
class OptimizersDeckTest {

    @TempDir
    static Path tmp;

    private static Path out;
    private static Document deck;
    private static JsonNode trace;

    @BeforeAll
    static void build() throws IOException {
        out = tmp.resolve("site");
        SiteBuild.build(Path.of("content"), Optional.of(Path.of("templates")), out);
        deck = Jsoup.parse(out.resolve("optimizers/index.html").toFile(), "UTF-8");
        trace = new ObjectMapper().readTree(out.resolve("optimizers/trace.json").toFile());
    }

    @Test
    void isAboutSevenSlidesOnXorWithThreeOptimizers() {
        assertEquals(
                "Optimizers: SGD, Momentum, Adam",
                deck.selectFirst("section.slide h1, .title-slide h1").text());
        int slides = deck.select("section.slide[id^=slide-]").size();
        assertTrue(slides >= 6 && slides <= 8, "slides: " + slides);
        assertEquals(4, trace.at("/network/data").size(), "the four XOR cases");
        assertEquals(
                List.of("sgd", "momentum", "adam"),
                List.of(
                        trace.at("/runs/0/name").asText(),
                        trace.at("/runs/1/name").asText(),
                        trace.at("/runs/2/name").asText()));
        // the story the prose tells: Adam reaches L < 0.1 first, then momentum, then SGD
        List<Integer> steps = List.of(
                trace.at("/steps_to/2/steps").asInt(),
                trace.at("/steps_to/1/steps").asInt(),
                trace.at("/steps_to/0/steps").asInt());
        assertEquals("adam", trace.at("/steps_to/2/run").asText());
        assertTrue(steps.get(0) < steps.get(1) && steps.get(1) < steps.get(2), "adam < momentum < sgd: " + steps);
    }

    @Test
    void everyNumberInTheProseAndMathIsComputed() {
        ProseNumbers numbers = new ProseNumbers(deck, trace);
        int[] checked = {0};
        assertEquals(List.of(), numbers.unexplainedInProse(checked), "numbers not found in trace.json");
        assertTrue(checked[0] > 10, "the prose quotes computed numbers: " + checked[0]);
        int[] decimals = {0};
        assertEquals(List.of(), numbers.unexplainedInMath(decimals), "numbers in MathML not found in trace.json");
        assertTrue(decimals[0] > 3, "the formulas quote computed numbers: " + decimals[0]);
    }

    @Test
    void eachUpdateRuleIsTypesetMath() {
        String math =
                String.join(" | ", deck.select("section.slide .slide-body math").eachText());
        for (String rule : List.of("θ←θ−αg", "v←μv+g", "θ←θ−αv", "s←ρs+(1−ρ)g2", "m←β1m+(1−β1)g")) {
            assertTrue(math.replace(" ", "").contains(rule), rule + " not in: " + math);
        }
    }

    @Test
    void drawsTheLandscapeSmallWithItsNumbers() throws IOException {
        Path svg = out.resolve("optimizers/diagrams/landscape.svg");
        assertTrue(Files.size(svg) < 60_000, "landscape.svg is " + Files.size(svg) + " bytes");
        Element figure = deck.selectFirst("figure.diagram-landscape");
        assertNotNull(figure, "a slide shows the landscape");
        String desc = deck.selectFirst("svg.step-landscape desc").text();
        assertTrue(desc.contains("every other parameter held at its initial value"), desc);
        assertTrue(desc.contains("momentum: after 150 steps"), desc);
        assertTrue(
                Files.notExists(out.resolve("backprop/diagrams/landscape.svg")),
                "a deck without 'landscape:' draws none");
    }

    @Test
    void theDecksLinkToEachOtherAndTheIndexListsBoth() throws IOException {
        Document backprop = Jsoup.parse(out.resolve("backprop/index.html").toFile(), "UTF-8");
        Element last = backprop.select("section.slide[id^=slide-]").last();
        assertNotNull(
                last.selectFirst("a[href=../optimizers/index.html]"), "the backpropagation deck's last slide links on");
        assertNotNull(deck.selectFirst("a[href=../backprop/index.html]"), "and the optimizers deck links back");
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        List<String> hrefs = index.select("main a[href$=index.html]").eachAttr("href");
        assertTrue(
                hrefs.indexOf("backprop/index.html") >= 0
                        && hrefs.indexOf("backprop/index.html") < hrefs.indexOf("optimizers/index.html"),
                "decks in sorted order: " + hrefs);
    }
}
