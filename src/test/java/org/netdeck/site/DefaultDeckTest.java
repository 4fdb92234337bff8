package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Path out = tmp.resolve("site");
        SiteBuild.build(Path.of("content"), Optional.of(Path.of("templates")), out);
        deck = Jsoup.parse(out.resolve("backprop/index.html").toFile(), "UTF-8");
        trace = new ObjectMapper().readTree(out.resolve("backprop/trace.json").toFile());
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
        List<Double> values = new ArrayList<>();
        collect(trace, values);
        double loss = trace.at("/loss").asDouble();
        Set<Double> fractions = new HashSet<>(List.of(
                (loss - trace.at("/updated/loss").asDouble()) / loss,
                (loss - trace.at("/training/forward/loss").asDouble()) / loss));
        Set<Integer> counts = counts();
        List<String> unexplained = new ArrayList<>();
        int checked = 0;
        for (Element slideBody : deck.select("section.slide .slide-body")) {
            Element body = slideBody.clone();
            body.select("math").remove(); // numbers in MathML are checked one <mn> at a time below
            Matcher m = NUMBER.matcher(body.text());
            while (m.find()) {
                String printed = m.group(1).replace('−', '-');
                boolean percent = !m.group(2).isEmpty();
                boolean ok = percent
                        ? fractions.stream().anyMatch(f -> rounds(f * 100, printed))
                        : printed.contains(".")
                                ? values.stream().anyMatch(v -> rounds(v, printed))
                                : counts.contains(Integer.parseInt(printed)) || FORMULA_CONSTANTS.contains(printed);
                if (!ok) {
                    unexplained.add(m.group() + " in \"" + body.text().substring(Math.max(0, m.start() - 30), m.start())
                            + "\"");
                }
                checked++;
            }
        }
        assertTrue(checked > 5, "the prose quotes numbers outside math too: " + checked);
        assertEquals(List.of(), unexplained, "numbers not found in trace.json");
    }

    @Test
    void everyNumberInTheMathIsAComputedValueAndEveryFormulaIsMathml() {
        List<Double> values = new ArrayList<>();
        collect(trace, values);
        Set<Integer> counts = counts();
        List<String> unexplained = new ArrayList<>();
        int decimals = 0;
        for (Element mn : deck.select("section.slide .slide-body math mn")) {
            String printed = mn.text().replace('−', '-');
            boolean ok = printed.contains(".")
                    ? values.stream().anyMatch(v -> rounds(v, printed))
                    : counts.contains(Integer.parseInt(printed)) || FORMULA_CONSTANTS.contains(printed);
            decimals += printed.contains(".") ? 1 : 0;
            if (!ok) {
                unexplained.add(
                        printed + " in " + mn.parents().select("math").first().text());
            }
        }
        assertTrue(decimals > 40, "the formulas quote many computed numbers: " + decimals);
        assertEquals(List.of(), unexplained, "numbers in MathML not found in trace.json");
        // the chain rule for w1 writes every factor, σ′(z_h1) and x1 included, and ends in the engine's gradient
        String w1 = deck.select("math").stream()
                .map(Element::text)
                .filter(t -> t.startsWith("∂L∂w1="))
                .findFirst()
                .orElseThrow();
        assertTrue(w1.contains("σ′(zh1)x1"), w1);
        assertTrue(
                w1.contains(String.format(
                        java.util.Locale.ROOT,
                        "(%.3f)",
                        trace.at("/backward/da_dz/h1").asDouble())),
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

    /** Constants of the formulas the prose writes out: −2(y − ŷ), ŷ(1 − ŷ), "would score 0". */
    private static final Set<String> FORMULA_CONSTANTS = Set.of("0", "1", "-2");

    /** Whole numbers the network implies: layer sizes, neurons, weights, parameters, iterations, compare runs and steps_to. */
    private static Set<Integer> counts() {
        Set<Integer> c = new HashSet<>();
        int neurons = 0;
        for (JsonNode layer : trace.at("/network/layers")) {
            c.add(layer.get("neurons").size());
            neurons += layer.get("neurons").size();
        }
        c.add(neurons);
        c.add(trace.at("/network/layers").size());
        c.add(trace.at("/network/weights").size());
        c.add(trace.at("/network/iterations").asInt());
        for (JsonNode run : trace.at("/runs")) { // compare runs: their lengths, and whole-number settings
            c.add(run.get("iterations").asInt());
            if (run.get("value").asDouble() == Math.rint(run.get("value").asDouble())) {
                c.add(run.get("value").asInt());
            }
        }
        for (JsonNode answer : trace.at("/steps_to")) { // steps_to: counts of steps
            if (answer.get("steps").isInt()) {
                c.add(answer.get("steps").asInt());
            }
        }
        return c;
    }

    /** {@code value} rounded half-up to the decimals {@code printed} shows equals it. */
    private static boolean rounds(double value, String printed) {
        int decimals = printed.contains(".") ? printed.length() - printed.indexOf('.') - 1 : 0;
        BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.compareTo(new BigDecimal(printed)) == 0;
    }

    private static void collect(JsonNode node, List<Double> into) {
        if (node.isNumber()) {
            into.add(node.asDouble());
        }
        node.forEach(child -> collect(child, into));
    }
}
