package org.netdeck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Example;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.OptimizerKind;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.testing.DeckParts;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.TestNetworks;

/** A softmax classifier's references: the Jacobian and its entries, probabilities, the prediction, accuracy. */
class SoftmaxReferenceTest {

    private static final Trace TRACE = Backprop.compute(
            TestNetworks.softmax(TestNetworks.threeClasses(), 6, Optimizer.defaults(OptimizerKind.ADAM), 300));
    private static final SlideText TEXT = new SlideText();

    private static Document render(String markdown, Trace trace) {
        String html = TEXT.render(DeckParts.deck(DeckParts.slide("S", markdown, 3)), trace)
                .get(0)
                .html();
        return Jsoup.parseBodyFragment(html);
    }

    private static List<Problem> problems(String markdown, Trace trace) {
        return assertThrows(
                        BuildFailure.class, () -> TEXT.render(DeckParts.deck(DeckParts.slide("S", markdown, 3)), trace))
                .problems();
    }

    @Test
    void jacobianEntriesProbabilitiesAndThePredictionAreValues() {
        Namespace ns = new Namespace(TRACE);
        Map<String, Double> a = TRACE.forward().a();
        double y1 = a.get("y1");
        double y2 = a.get("y2");
        assertEquals(y1 * (1 - y1), ns.lookup("softmax.jacobian.y1.y1").orElseThrow(), 1e-16);
        assertEquals(-y1 * y2, ns.lookup("softmax.jacobian.y1.y2").orElseThrow(), 1e-16);
        assertEquals(y2, ns.lookup("probability.y2").orElseThrow(), 0.0);
        String best = Backprop.argmax(List.of("y1", "y2", "y3"), a);
        assertEquals(
                List.of("y1", "y2", "y3").indexOf(best) + 1,
                ns.lookup("prediction.class").orElseThrow(),
                0.0);
        assertTrue(ns.isInteger("prediction.class"));
        assertEquals(a.get(best), ns.lookup("prediction.probability").orElseThrow(), 0.0);
        assertEquals(Precision.VALUE, ns.precision("prediction.probability").orElseThrow());
        assertEquals(Precision.VALUE, ns.precision("softmax.jacobian.y1.y2").orElseThrow());
        // the trained classifier gets every training example right; the first is class 1
        assertEquals(1.0, ns.lookup("trained.accuracy").orElseThrow(), 0.0);
        assertEquals(1.0, ns.lookup("trained.prediction.class").orElseThrow(), 0.0);
        assertTrue(ns.lookup("trained.prediction.probability").orElseThrow() > 0.5);
        assertTrue(ns.lookup("accuracy").orElseThrow() < 1.0);
    }

    @Test
    void theJacobianIsTypesetAsAMatrix() {
        Document d = render("$$ J = {{ softmax.jacobian }} $$\n\nor {{ softmax.jacobian.symbols }}", TRACE);
        Element numbers = d.select("math").get(0);
        assertEquals(3, numbers.select("mtr").size(), numbers::outerHtml);
        assertEquals(9, numbers.select("mtd").size());
        assertEquals(
                Precision.VALUE
                        .format(TRACE.backward().jacobian().get("y2").get("y3"))
                        .replace('-', '−'),
                numbers.select("mtr").get(1).select("mtd").get(2).text());
        Element symbols = d.select("math").get(1);
        assertEquals(9, symbols.select("mtd").size());
        assertTrue(symbols.select("mtd").get(0).text().contains("1"), symbols::outerHtml);
        Document label =
                render("The most probable class is {{ prediction.label }}, class {{ prediction.class }}.", TRACE);
        assertFalse(label.select("math").isEmpty());
        assertTrue(
                label.text()
                        .contains("class "
                                + (int) new Namespace(TRACE)
                                        .lookup("prediction.class")
                                        .orElseThrow()),
                label.text());
    }

    @Test
    void aSlipIsSuggestedAtItsPosition() {
        List<Problem> p = problems("text\n{{ softmax.jacobain.y1.y2 }} {{ prediction.clas }}", TRACE);
        assertEquals(2, p.size(), p::toString);
        assertTrue(p.get(0).message().contains("unknown name 'softmax.jacobain.y1.y2'"), p.toString());
        assertTrue(p.get(0).message().contains("did you mean 'softmax.jacobian.y1.y2'?"), p.toString());
        assertEquals(4, p.get(0).where().line());
        assertEquals(1, p.get(0).where().column());
        assertTrue(p.get(1).message().contains("did you mean 'prediction.class'?"), p.toString());
        assertEquals(30, p.get(1).where().column());
    }

    @Test
    void aNetworkWithoutSoftmaxSaysWhy() {
        Trace sigmoid = Backprop.compute(DefaultDeck.network());
        List<Problem> p = problems("{{ softmax.jacobian }} {{ prediction.class }}", sigmoid);
        assertEquals(2, p.size(), p::toString);
        assertTrue(
                p.get(0)
                        .message()
                        .contains("softmax.* names a softmax classifier's values, but this deck's output"
                                + " layer is sigmoid; write 'activation: softmax'"),
                p.toString());
        assertTrue(p.get(1).message().contains("'{{ prediction.class }}': prediction.*"), p.toString());
    }

    @Test
    void theChainRuleThroughASoftmaxStartsAtTheOutputsDelta() {
        Trace one = Backprop.compute(TestNetworks.softmax(
                List.of(new Example(Map.of("x1", 0.4, "x2", -0.7), Map.of("y1", 0.0, "y2", 1.0, "y3", 0.0))),
                1,
                Optimizer.SGD,
                1));
        Formulas f = new Formulas(one);
        for (String p : one.network().params().keySet()) {
            Formulas.Chain c = f.chain(p);
            assertEquals(one.gradients().get(p), c.value(), 1e-12, p);
        }
        assertTrue(f.tex("chain.w7").orElseThrow().contains("\\delta_"));
    }
}
