package org.netdeck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.OptimizerKind;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.testing.DeckParts;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.OptimizersDeck;

/** {@code {{ label.* }}}, {@code {{ chain.* }}}, {@code {{ update.* }}}, {@code {{ sum.* }}} in slides, and the precision policy. */
class FormulaReferenceTest {

    private static final Trace TRACE = Backprop.compute(DefaultDeck.network());
    private static final SlideText TEXT = new SlideText();

    private static Document render(String markdown) {
        String html = TEXT.render(DeckParts.deck(DeckParts.slide("S", markdown, 3)), TRACE)
                .get(0)
                .html();
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void aLabelReferenceIsInlineMathml() {
        Document d = render("The output {{ label.yhat }} and {{ label.x1 }}.");
        assertEquals(2, d.select("p > math").size());
        assertEquals("y", d.select("math").get(0).selectFirst("mover > mi").text());
        assertEquals("x", d.select("math").get(1).selectFirst("msub > mi").text());
        assertEquals("1", d.select("math").get(1).selectFirst("msub > mn").text());
    }

    @Test
    void chainUpdateAndSumAreTypesetWithTheEnginesNumbers() {
        Document d = render("{{ chain.w1 }}\n\n{{ update.w3 }}\n\n{{ sum.h1 }}");
        String chain = d.select("math").get(0).text();
        assertTrue(chain.endsWith(Precision.GRADIENT.format(TRACE.gradients().get("w1"))), chain);
        assertTrue(chain.contains("0.240"), chain); // σ′(z_h1), the factor the old deck skipped
        assertTrue(d.select("math").get(0).select("mfrac").size() == 2, "∂L/∂w1, ∂L/∂ŷ as fractions");
        String update = d.select("math").get(1).text();
        assertTrue(
                update.endsWith(
                        Precision.UPDATED.format(TRACE.updated().params().get("w3"))),
                update);
        assertTrue(update.contains("←"), update);
        assertTrue(d.select("math").get(2).text().endsWith("0.400"));
    }

    @Test
    void formulasGoInsideMathToo() {
        Document d = render("$$ {{ chain.w3 }} $$\n\nThe prediction ${{ label.yhat }} = {{ yhat }}$.");
        assertEquals(2, d.select("math").size());
        assertEquals("block", d.select("math").get(0).attr("display"));
        assertTrue(d.select("math")
                .get(0)
                .text()
                .endsWith(Precision.GRADIENT.format(TRACE.gradients().get("w3"))));
        assertEquals("0.703", d.select("math").get(1).selectFirst("mn").text());
        assertEquals("y", d.select("math").get(1).selectFirst("mover > mi").text());
    }

    @Test
    void aFormulaTakesNoFormat() {
        List<Problem> p = assertThrows(
                        BuildFailure.class,
                        () -> TEXT.render(DeckParts.deck(DeckParts.slide("S", "x {{ chain.w1 | 0.00 }}", 3)), TRACE))
                .problems();
        assertEquals(1, p.size());
        assertTrue(p.get(0).message().contains("'chain.w1' writes a formula, which takes no format"), p.toString());
        assertEquals(3, p.get(0).where().line());
        assertEquals(3, p.get(0).where().column());
    }

    @Test
    void unknownFormulaNamesAreSuggested() {
        List<Problem> p = assertThrows(
                        BuildFailure.class,
                        () -> TEXT.render(
                                DeckParts.deck(DeckParts.slide("S", "{{ chain.w9 }} {{ lable.yhat }}", 3)), TRACE))
                .problems();
        assertEquals(2, p.size());
        assertTrue(p.get(0).message().contains("unknown name 'chain.w9'"), p.toString());
        assertTrue(p.get(1).message().contains("did you mean 'label.yhat'?"), p.toString());
    }

    @Test
    void aFormulaTheRunCannotWriteSaysWhyAndWhatToWriteInstead() {
        Trace xor = OptimizersDeck.trace(); // a data set of four examples, plain sgd
        Trace adam = Backprop.compute(DefaultDeck.network().withOptimizer(Optimizer.defaults(OptimizerKind.ADAM)));
        List<Problem> p = assertThrows(
                        BuildFailure.class,
                        () -> TEXT.render(
                                DeckParts.deck(
                                        DeckParts.slide("S", "{{ chain.w1 }} {{ update.w3 }} {{ chain.w9 }}", 3)),
                                xor))
                .problems();
        assertEquals(3, p.size(), p::toString);
        assertEquals(
                "'{{ chain.w1 }}': chain.PARAM multiplies out one example's chain rule, but this deck trains on a data"
                        + " set of 4 examples, whose gradient is the mean of theirs; write {{ grad.w1 }} for the"
                        + " gradient, or give the network one example (inputs and targets)",
                p.get(0).message());
        assertEquals(1, p.get(0).where().column());
        assertTrue(
                p.get(1).message().startsWith("'{{ update.w3 }}': update.PARAM writes the plain gradient step"),
                p::toString);
        assertTrue(
                p.get(1)
                        .message()
                        .endsWith("write {{ updated.w3 }} for the value after the first step and"
                                + " {{ change.w3 }} for the change"),
                p::toString);
        assertTrue(p.get(2).message().startsWith("unknown name 'chain.w9'"), p::toString);

        List<Problem> q = assertThrows(
                        BuildFailure.class,
                        () -> TEXT.render(
                                DeckParts.deck(DeckParts.slide("S", "{{ update.w3 }} {{ chain.w1 }}", 3)), adam))
                .problems();
        assertEquals(1, q.size(), q::toString);
        assertTrue(q.get(0).message().contains("this deck's optimiser is adam, not plain sgd"), q::toString);
    }

    @Test
    void eachKindOfQuantityHasOnePrecisionWherever() {
        Namespace n = new Namespace(TRACE);
        assertEquals(Precision.VALUE, n.precision("yhat").orElseThrow());
        assertEquals(Precision.VALUE, n.precision("z.h1").orElseThrow());
        assertEquals(Precision.VALUE, n.precision("w3").orElseThrow());
        assertEquals(Precision.VALUE, n.precision("local.yhat").orElseThrow());
        assertEquals(Precision.VALUE, n.precision("updated.yhat").orElseThrow());
        assertEquals(Precision.GRADIENT, n.precision("grad.w1").orElseThrow());
        assertEquals(Precision.GRADIENT, n.precision("grad.yhat").orElseThrow());
        assertEquals(Precision.GRADIENT, n.precision("delta.h1").orElseThrow());
        assertEquals(Precision.LOSS, n.precision("loss").orElseThrow());
        assertEquals(Precision.LOSS, n.precision("updated.loss").orElseThrow());
        assertEquals(Precision.UPDATED, n.precision("updated.w3").orElseThrow());
        assertEquals(Precision.UPDATED, n.precision("trained.w3").orElseThrow());
        assertEquals(Precision.EXACT, n.precision("learning_rate").orElseThrow());
        assertTrue(n.precision("count.weights").isEmpty());
        Document d = render("{{ yhat }} {{ delta.yhat }} {{ loss }} {{ updated.w3 }} {{ alpha }} {{ yhat | 0.00 }}");
        List<String> shown = d.select("data").eachText();
        assertEquals(
                List.of(
                        Precision.VALUE.format(TRACE.forward().a().get("yhat")),
                        Precision.GRADIENT.format(TRACE.deltas().get("yhat")),
                        Precision.LOSS.format(TRACE.loss()),
                        Precision.UPDATED.format(TRACE.updated().params().get("w3")),
                        "0.1",
                        "0.70"),
                shown);
        assertEquals(List.of("0.703", "−0.124", "0.0884", "0.9074", "0.1", "0.70"), shown);
    }
}
