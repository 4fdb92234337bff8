package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.BuiltSite;
import org.netdeck.testing.ProseNumbers;

/**
 * The third deck, content/layers ("Many Paths, One Matrix"), built as a reader gets it: Mazur's worked example, whose
 * published figures are an independent check of every number the deck computes.
 */
class LayersDeckTest {

    @TempDir
    static Path tmp;

    private static Document deck;
    private static JsonNode trace;

    @BeforeAll
    static void build() throws IOException {
        BuiltSite site = BuiltSite.in(tmp);
        deck = site.page("layers");
        trace = site.trace("layers");
    }

    /** {@code actual} rounds to {@code printed}, the digits Mazur prints (a unit of the last digit's slack). */
    private static void mazur(String printed, JsonNode actual, String what) {
        assertTrue(actual.isNumber(), what + " is in trace.json");
        BigDecimal p = new BigDecimal(printed);
        double unit = Math.pow(10, -p.scale());
        assertEquals(
                p.doubleValue(), actual.asDouble(), unit, what + ": " + actual.asDouble() + " vs Mazur's " + printed);
    }

    @Test
    void thePublishedValuesAreMazursToTheDigitsHePrints() {
        // Matt Mazur, "A Step by Step Backpropagation Example" (2015)
        mazur("0.3775", trace.at("/forward/z/h1"), "net_h1");
        mazur("0.593269992", trace.at("/forward/a/h1"), "out_h1");
        mazur("0.596884378", trace.at("/forward/a/h2"), "out_h2");
        mazur("1.105905967", trace.at("/forward/z/o1"), "net_o1");
        mazur("0.75136507", trace.at("/forward/a/o1"), "out_o1");
        mazur("0.772928465", trace.at("/forward/a/o2"), "out_o2");
        mazur("0.298371109", trace.at("/loss"), "E_total");
        mazur("0.082167041", trace.at("/gradients/w5"), "∂E/∂w5");
        mazur("0.138498562", trace.at("/deltas/o1"), "∂E/∂net_o1");
        mazur("0.055399425", trace.at("/backward/via/w5"), "∂E_o1/∂out_h1");
        mazur("-0.019049119", trace.at("/backward/via/w7"), "∂E_o2/∂out_h1");
        mazur("0.036350306", trace.at("/backward/dL_da/h1"), "∂E_total/∂out_h1");
        mazur("0.241300709", trace.at("/backward/da_dz/h1"), "∂out_h1/∂net_h1");
        mazur("0.000438568", trace.at("/gradients/w1"), "∂E/∂w1");
        mazur("0.35891648", trace.at("/updated/params/w5"), "w5+");
        mazur("0.408666186", trace.at("/updated/params/w6"), "w6+");
        mazur("0.511301270", trace.at("/updated/params/w7"), "w7+");
        mazur("0.561370121", trace.at("/updated/params/w8"), "w8+");
        mazur("0.149780716", trace.at("/updated/params/w1"), "w1+");
        mazur("0.19956143", trace.at("/updated/params/w2"), "w2+");
        mazur("0.24975114", trace.at("/updated/params/w3"), "w3+");
        mazur("0.29950229", trace.at("/updated/params/w4"), "w4+");
        // Mazur prints 0.291027924 after the first round; from his own printed weights it is 0.2910277737 (he rounded
        // on the way), so the check stops at the sixth decimal, where the two agree
        mazur("0.291028", trace.at("/updated/loss"), "the error after the first round");
        // after 10,000 rounds Mazur prints 0.0000351085 (0.015912196, 0.984065734), which an exact run matches to three
        // significant digits (BackpropTest's engine check allows 1e-6 too), so the check stops there
        mazur("0.0000351", trace.at("/training/forward/loss"), "the error after 10,000 rounds");
        mazur("0.01591", trace.at("/training/forward/a/o1"), "o1 after 10,000 rounds");
        mazur("0.98407", trace.at("/training/forward/a/o2"), "o2 after 10,000 rounds");
        assertEquals(10_000, trace.at("/network/iterations").asInt());
    }

    @Test
    void theSlidesShowMazursNumbersAsThePrecisionPolicyRoundsThem() {
        String text = deck.select("section.slide .slide-body").text();
        for (String shown : List.of(
                "0.751", "0.773", "0.298", "0.0554", "−0.0190", "0.0364", "0.000439", "0.0822", "0.3589", "0.291")) {
            assertTrue(text.contains(shown), shown + " in: " + text);
        }
    }

    @Test
    void theFiniteDifferenceCheckAgreesWithTheGradient() {
        double h = trace.at("/nudge/size").asDouble();
        double change = trace.at("/nudge/loss_change/w5").asDouble();
        double predicted = trace.at("/nudge/predicted/w5").asDouble();
        assertEquals(0.001, h, 0.0);
        assertEquals(h * trace.at("/gradients/w5").asDouble(), predicted, 1e-18);
        assertEquals(predicted, change, 1e-3 * predicted, "ΔL and h · ∂L/∂w5 agree to three digits");
        // independently: Mazur's gradient times h
        assertEquals(0.082167041 * h, change, 1e-3 * change);
        Element check = slide("Check One Gradient");
        List<String> shown = check.select("li").stream()
                .filter(li -> li.closest("details.diagram-values") == null)
                .map(li -> li.select("math mn").last().text())
                .toList();
        assertEquals(2, shown.size(), check.text());
        assertEquals(shown.get(0), shown.get(1), "the slide shows the same three digits twice");
    }

    @Test
    void theForkIsLitPathByPathAndAddsUp() {
        Element fork = slide("Two Paths Back to h₁");
        List<String> lit = fork.select(".fragment").eachAttr("data-highlight");
        // each path by its two ends (a phone keeps both in view; the worked caption a lit weight brings would not fit)
        assertEquals(List.of("o1 h1", "o2 h1", "o1 o2 h1"), lit);
        Element sum = fork.select(".fragment").get(2).selectFirst("math");
        assertNotNull(sum);
        String math = sum.text().replace(" ", "");
        assertTrue(math.contains("0.0554+(−0.0190)=0.0364"), math);
        double viaW5 = trace.at("/backward/via/w5").asDouble();
        double viaW7 = trace.at("/backward/via/w7").asDouble();
        assertEquals(trace.at("/backward/dL_da/h1").asDouble(), viaW5 + viaW7, 1e-15, "the sum over the two paths");
    }

    @Test
    void theMatrixSlidesTypesetTheActualMatrices() {
        Element forward = slide("The Forward Pass as Matrices");
        Element z = forward.selectFirst(".slide-body math[display=block]");
        assertEquals(3, z.select("mtable").size(), z.outerHtml()); // W, a, b (then z in the sentence after)
        assertEquals(
                List.of("0.400", "0.450", "0.500", "0.550"),
                z.select("mtable").get(0).select("mn").eachText());
        Element backward = slide("The Backward Pass as Matrices");
        List<Element> maths = backward.select(".slide-body math[display=block]");
        assertEquals(2, maths.size());
        assertEquals(
                List.of("0.400", "0.500", "0.450", "0.550"),
                maths.get(0).select("mtable").get(0).select("mn").eachText(),
                "Wᵀ: row 1 holds w5 and w7, the two paths out of h1");
        // δ aᵀ = ∂L/∂W: aᵀ is in the sentence before, the display shows the gradient matrix
        List<String> grad = maths.get(1).select("mtable").get(0).select("mn").eachText();
        assertEquals("0.0822", grad.get(0), "∂L/∂w5 in row 1, column 1");
    }

    private static Element slide(String title) {
        return deck.select("section.slide").stream()
                .filter(s -> s.select("h2").text().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no slide " + title));
    }

    @Test
    void isSixToEightSlidesAndReadsInAboutTwoMinutes() {
        int slides = deck.select("section.slide[id^=slide-]").size();
        assertTrue(slides >= 6 && slides <= 8, "slides: " + slides);
        String reading = deck.selectFirst(".title-slide").text();
        Matcher m = Pattern.compile("~(\\d+) s").matcher(reading);
        assertTrue(m.find(), reading);
        int seconds = Integer.parseInt(m.group(1));
        assertTrue(seconds >= 90 && seconds <= 130, "reading time " + seconds + " s");
    }

    @Test
    void everyNumberInTheProseAndMathIsComputed() {
        new ProseNumbers(deck, trace).assertAllComputed(1, 20); // most are in the math
    }
}
