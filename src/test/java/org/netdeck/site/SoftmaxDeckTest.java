package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.testing.BuiltSite;
import org.netdeck.testing.ProseNumbers;
import org.netdeck.testing.SoftmaxDeck;

/**
 * The fourth deck, content/softmax, built as a reader gets it: a 2-3-3 classifier whose probabilities add up to 1,
 * whose output δ is the Jacobian times ∂L/∂ŷ (computed here) and equals ŷ − y, whose gradient a finite difference
 * confirms, and whose every number is in trace.json.
 */
class SoftmaxDeckTest {

    private static final List<String> CLASSES = List.of("y1", "y2", "y3");

    @TempDir
    static Path tmp;

    private static Document deck;
    private static JsonNode trace;

    @BeforeAll
    static void build() throws IOException {
        BuiltSite site = BuiltSite.in(tmp);
        deck = site.page("softmax");
        trace = site.trace("softmax");
    }

    private static double a(String neuron) {
        return trace.at("/forward/a/" + neuron).asDouble();
    }

    private static double y(String output) {
        return trace.at("/network/data/0/targets/" + output).asDouble();
    }

    @Test
    void isAThreeClassClassifierOnAHandfulOfPointsInSixToEightSlides() {
        assertEquals(
                "From Scores to Probabilities: Softmax",
                deck.selectFirst(".title-slide h1").text());
        int slides = deck.select("section.slide[id^=slide-]").size();
        assertTrue(slides >= 6 && slides <= 8, "slides: " + slides);
        List<Integer> sizes = List.of(2, 3, 3);
        for (int l = 0; l < 3; l++) {
            assertEquals(
                    sizes.get(l), trace.at("/network/layers/" + l + "/neurons").size(), "a 2-3-3 network");
        }
        assertEquals("softmax", trace.at("/network/layers/2/activation").asText());
        assertEquals("categorical_cross_entropy", trace.at("/network/loss").asText());
        JsonNode data = trace.at("/network/data");
        assertTrue(data.size() >= 3 && data.size() <= 9, "a handful of points: " + data.size());
        int[] perClass = new int[3];
        for (JsonNode example : data) {
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                double t = example.get("targets").get(CLASSES.get(k)).asDouble();
                assertTrue(t == 0 || t == 1, "one-hot targets");
                perClass[k] += (int) t;
                sum += t;
            }
            assertEquals(1.0, sum);
        }
        assertEquals(List.of(2, 2, 2), List.of(perClass[0], perClass[1], perClass[2]), "two points a class");
        assertTrue(deck.text().contains("two each"));
    }

    @Test
    void readsInAboutTwoMinutes() {
        Matcher m = Pattern.compile("~(\\d+) s")
                .matcher(deck.selectFirst(".title-slide").text());
        assertTrue(m.find());
        int seconds = Integer.parseInt(m.group(1));
        assertTrue(seconds >= 80 && seconds <= 120, "reading time " + seconds + " s");
    }

    @Test
    void theProbabilitiesAddUpToOneAndTheSlideShowsThem() {
        double sum = CLASSES.stream().mapToDouble(SoftmaxDeckTest::a).sum();
        assertEquals(1.0, sum, 1e-12);
        // softmax of the recorded z, computed here: the recorded probabilities
        double norm = CLASSES.stream()
                .mapToDouble(o -> Math.exp(trace.at("/forward/z/" + o).asDouble()))
                .sum();
        for (String o : CLASSES) {
            assertEquals(Math.exp(trace.at("/forward/z/" + o).asDouble()) / norm, a(o), 1e-12, o);
        }
        for (String pass : List.of("/updated/forward/a/", "/training/forward/a/")) {
            assertEquals(
                    1.0,
                    CLASSES.stream()
                            .mapToDouble(o -> trace.at(pass + o).asDouble())
                            .sum(),
                    1e-12,
                    pass);
        }
        Element slide = slide("Softmax: Scores to Probabilities");
        String math = String.join(" ", slide.select("math").eachText());
        BigDecimal shown = BigDecimal.ZERO;
        for (String o : CLASSES) {
            String p = new BigDecimal(Double.toString(a(o)))
                    .setScale(3, java.math.RoundingMode.HALF_UP)
                    .toPlainString();
            assertTrue(math.contains(p), p + " in " + math);
            shown = shown.add(new BigDecimal(p));
        }
        assertEquals(1.0, shown.doubleValue(), 0.0015, "the rounded probabilities add up to 1 within rounding");
        // the first point's guess is not its class: the slide says "wrong"
        int guess = Integer.parseInt(slide.select("data").stream()
                .filter(d -> d.attr("value").matches("\\d"))
                .findFirst()
                .orElseThrow()
                .attr("value"));
        int best = 0;
        for (int k = 1; k < 3; k++) {
            best = a(CLASSES.get(k)) > a(CLASSES.get(best)) ? k : best;
        }
        assertEquals(best + 1, guess);
        assertNotEquals(1, guess, "point 1 is in class 1, and the untrained network guesses another");
        assertEquals(1.0, y("y1"));
        assertTrue(slide.text().contains("wrong"));
    }

    @Test
    void yhatMinusYIsTheJacobianTimesTheLossGradient() {
        double[][] jacobian = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                // ∂ŷ_i/∂z_j = ŷ_i([i = j] − ŷ_j), from the probabilities alone
                jacobian[i][j] = a(CLASSES.get(i)) * ((i == j ? 1 : 0) - a(CLASSES.get(j)));
                assertEquals(
                        jacobian[i][j],
                        trace.at("/backward/softmax/jacobian/" + CLASSES.get(i) + "/" + CLASSES.get(j))
                                .asDouble(),
                        1e-15);
            }
        }
        for (int j = 0; j < 3; j++) {
            double jvp = 0; // δ_j = Σ_i ∂L/∂ŷ_i ∂ŷ_i/∂z_j, with ∂L/∂ŷ_i = −y_i/ŷ_i
            for (int i = 0; i < 3; i++) {
                double dLda = -y(CLASSES.get(i)) / a(CLASSES.get(i));
                assertEquals(dLda, trace.at("/backward/dL_da/" + CLASSES.get(i)).asDouble(), 1e-12);
                jvp += dLda * jacobian[i][j];
            }
            String o = CLASSES.get(j);
            assertEquals(a(o) - y(o), jvp, 1e-12, o + ": the Jacobian-vector product is ŷ − y");
            assertEquals(jvp, trace.at("/deltas/" + o).asDouble(), 1e-12, o);
            assertEquals(jvp, trace.at("/backward/softmax/yhat_minus_y/" + o).asDouble(), 1e-12, o);
        }
        Element slide = slide("The Gradient Is ŷ − y");
        assertNotNull(slide.selectFirst("math mtable"), "the Jacobian typeset as a matrix");
        assertTrue(slide.selectFirst("svg").text().contains("through the Jacobian"), "the diagram says why");
    }

    @Test
    void aCentralDifferenceConfirmsTheGradientsTheDeckQuotes() {
        NetworkSpec spec = SoftmaxDeck.frontMatter().network();
        for (String param : List.of("w7", "b1", "w1")) {
            Map<String, Double> plus = new HashMap<>(spec.params());
            Map<String, Double> minus = new HashMap<>(spec.params());
            double h = 1e-6;
            plus.merge(param, h, Double::sum);
            minus.merge(param, -h, Double::sum);
            double numeric = (Backprop.loss(spec, plus) - Backprop.loss(spec, minus)) / (2 * h);
            double analytic = trace.at("/gradients/" + param).asDouble();
            assertEquals(analytic, numeric, 1e-7 * Math.max(1, Math.abs(analytic)), param);
        }
        // and ∂L/∂b1 is the mean over the points of the output δ ŷ₁ − y₁, each point's own forward pass
        double mean = 0;
        for (var example : spec.data()) {
            NetworkSpec one = new NetworkSpec(
                    spec.layers(),
                    spec.weights(),
                    spec.biases(),
                    spec.loss(),
                    spec.learningRate(),
                    example.inputs(),
                    example.targets(),
                    0);
            mean += Backprop.compute(one).forward().a().get("y1")
                    - example.targets().get("y1");
        }
        assertEquals(mean / spec.data().size(), trace.at("/gradients/b1").asDouble(), 1e-12);
        assertTrue(slide("Then Ordinary Backprop").text().contains("∂"), "the slide quotes a gradient");
    }

    @Test
    void trainingTakesTheAccuracyToAllPointsAndTheSlideSaysSo() {
        double before = accuracy("/network");
        double after = accuracy("/training/params");
        assertTrue(before < 0.5, "before training: " + before);
        assertEquals(1.0, after, "after training every point is right");
        JsonNode losses = trace.at("/training/loss");
        assertTrue(
                losses.get(losses.size() - 1).asDouble() < 0.1 * losses.get(0).asDouble());
        Element slide = slide("Training: Accuracy Before and After");
        List<String> quoted = slide.select("data").eachAttr("value");
        assertTrue(quoted.contains(Double.toString(after)) && quoted.contains(Double.toString(before)), "" + quoted);
        assertNotNull(slide.selectFirst("svg"), "the training figure with its scrubber");
    }

    private static double accuracy(String params) {
        return ProseNumbers.accuracy(trace, trace.at(params));
    }

    @Test
    void everyNumberInTheProseAndMathIsComputed() {
        new ProseNumbers(deck, trace).assertAllComputed(10, 15);
    }

    @Test
    void theDiagramsDrawTheSoftmaxBoxTheTrueClassesLossAndYhatMinusY() {
        String loss =
                slide("The Loss: −ln ŷ of the True Class").selectFirst("svg").text();
        assertTrue(loss.contains("−ln ŷ of the true class"), loss);
        for (Element slide : deck.select("section.slide[id^=slide-]")) {
            Element svg = slide.selectFirst("figure svg[role=img]");
            if (svg != null && !svg.selectFirst("title").text().contains("raining")) {
                String id = svg.selectFirst("use") == null
                        ? svg.id()
                        : svg.selectFirst("use").attr("href").substring(1);
                Element drawn = id.isEmpty() ? svg : deck.getElementById(id);
                assertNotNull(drawn, slide.id());
                assertNotNull(drawn.selectFirst(".softmax-group"), slide.id() + " draws the softmax box");
            }
        }
    }

    @Test
    void linksToTheOtherDecksAndTheIndexListsIt() throws IOException {
        Element last = deck.select("section.slide[id^=slide-]").last();
        assertNotNull(last.selectFirst("a[href=../backprop/index.html]"));
        assertNotNull(last.selectFirst("a[href=../optimizers/index.html]"));
        Document index = Jsoup.parse(tmp.resolve("site/index.html").toFile(), "UTF-8");
        assertTrue(index.select("main a[href$=index.html]").eachAttr("href").contains("softmax/index.html"));
    }

    private static Element slide(String title) {
        return deck.select("section.slide[id^=slide-]").stream()
                .filter(s -> s.select("h2").text().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no slide " + title));
    }
}
