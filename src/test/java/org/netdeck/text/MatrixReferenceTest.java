package org.netdeck.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;
import org.netdeck.math.Tex;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.testing.DeckParts;
import org.netdeck.testing.DefaultDeck;

/** {@code matrix.KIND.LAYER} and {@code vector.KIND.LAYER}: shape, order, precision, MathML and errors. */
class MatrixReferenceTest {

    /** Mazur's 2-2-2 network: w5 (h1 → o1), w6 (h2 → o1), w7 (h1 → o2), w8 (h2 → o2). */
    private static final Trace MAZUR = Backprop.compute(FormulasTest.mazur());

    private static final Matrices M = new Matrices(MAZUR);
    private static final SlideText TEXT = new SlideText();

    private static double[][] values(Matrices m, String name) {
        return m.values(name).orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void aWeightMatrixHasARowPerNeuronOfItsLayerAndAColumnPerNeuronOfTheOneBefore() {
        // row = the neuron the weight goes to (o1, o2), column = the one it comes from (h1, h2)
        double[][] w = values(M, "matrix.W.output");
        assertArrayEquals(new double[] {0.40, 0.45}, w[0], 0.0);
        assertArrayEquals(new double[] {0.50, 0.55}, w[1], 0.0);
        assertEquals(
                "\\begin{bmatrix} 0.400 & 0.450 \\\\ 0.500 & 0.550 \\end{bmatrix}",
                M.tex("matrix.W.output").orElseThrow());
        assertEquals(
                "\\begin{bmatrix} 0.400 & 0.500 \\\\ 0.450 & 0.550 \\end{bmatrix}",
                M.tex("matrix.W.output.T").orElseThrow(),
                "transposed: row = h1, h2");
        double[][] hidden = values(M, "matrix.W.hidden"); // w1 i1→h1, w2 i2→h1, w3 i1→h2, w4 i2→h2
        assertArrayEquals(new double[] {0.15, 0.20}, hidden[0], 0.0);
        assertArrayEquals(new double[] {0.25, 0.30}, hidden[1], 0.0);
    }

    @Test
    void aMissingConnectionIsZeroAndAVectorIsAColumnInTheLayersOrder() {
        Matrices d = new Matrices(Backprop.compute(DefaultDeck.network())); // w1 x1→h1, w2 x2→h2 only
        double[][] w = values(d, "matrix.W.hidden");
        assertArrayEquals(new double[] {0.8, 0.0}, w[0], 0.0);
        assertArrayEquals(new double[] {0.0, -0.5}, w[1], 0.0);
        assertEquals(
                "\\begin{bmatrix} 0.800 & 0.000 \\\\ 0.000 & -0.500 \\end{bmatrix}",
                d.tex("matrix.W.hidden").orElseThrow());
        assertEquals(
                "\\begin{bmatrix} 0.000 \\\\ 0.000 \\end{bmatrix}",
                d.tex("vector.b.hidden").orElseThrow());
        assertEquals(
                "\\begin{bmatrix} 0.350 \\\\ 0.350 \\end{bmatrix}",
                M.tex("vector.b.hidden").orElseThrow());
        assertEquals(
                "\\begin{bmatrix} 0.050 \\\\ 0.100 \\end{bmatrix}",
                M.tex("vector.a.input").orElseThrow());
        assertEquals(
                "\\begin{bmatrix} 0.050 & 0.100 \\end{bmatrix}",
                M.tex("vector.a.input.T").orElseThrow());
        assertEquals(
                "\\begin{bmatrix} 0.010 \\\\ 0.990 \\end{bmatrix}",
                M.tex("vector.target.output").orElseThrow());
        double[][] a = values(M, "vector.a.output");
        assertEquals(2, a.length);
        assertEquals(1, a[0].length);
        assertEquals(MAZUR.forward().a().get("o1"), a[0][0], 0.0);
        assertEquals(MAZUR.forward().a().get("o2"), a[1][0], 0.0);
    }

    @Test
    void theMatricesAreTheMatrixFormOfBackprop() {
        double[][] w = values(M, "matrix.W.output");
        double[][] aHidden = values(M, "vector.a.hidden");
        double[][] b = values(M, "vector.b.output");
        double[][] z = values(M, "vector.z.output");
        double[][] dOut = values(M, "vector.delta.output");
        double[][] dHidden = values(M, "vector.delta.hidden");
        double[][] slope = values(M, "vector.local.hidden");
        double[][] grad = values(M, "matrix.grad.W.output");
        double[][] gradHidden = values(M, "matrix.grad.W.hidden");
        double[][] aInput = values(M, "vector.a.input");
        for (int i = 0; i < 2; i++) {
            // z = W a + b
            assertEquals(z[i][0], w[i][0] * aHidden[0][0] + w[i][1] * aHidden[1][0] + b[i][0], 1e-15);
            // δ_hidden = Wᵀ δ_output ⊙ σ′(z_hidden)
            assertEquals(dHidden[i][0], (w[0][i] * dOut[0][0] + w[1][i] * dOut[1][0]) * slope[i][0], 1e-15);
            for (int j = 0; j < 2; j++) {
                assertEquals(grad[i][j], dOut[i][0] * aHidden[j][0], 1e-15); // ∂L/∂W = δ aᵀ
                assertEquals(gradHidden[i][j], dHidden[i][0] * aInput[j][0], 1e-15);
            }
        }
    }

    @Test
    void entriesFollowThePrecisionPolicy() {
        String grad = M.tex("matrix.grad.W.output").orElseThrow();
        String w5 = Formulas.number(MAZUR.gradients().get("w5"), Precision.GRADIENT);
        assertEquals("0.0822", w5); // Mazur: ∂E/∂w5 = 0.082167041
        assertTrue(grad.startsWith("\\begin{bmatrix} " + w5 + " & "), grad);
        String updated = M.tex("matrix.updated.W.output").orElseThrow();
        assertTrue(updated.startsWith("\\begin{bmatrix} 0.3589 & "), updated); // Mazur: w5⁺ = 0.35891648
        String delta = M.tex("vector.delta.hidden").orElseThrow();
        assertEquals(
                "\\begin{bmatrix} "
                        + Formulas.number(MAZUR.deltas().get("h1"), Precision.GRADIENT) + " \\\\ "
                        + Formulas.number(MAZUR.deltas().get("h2"), Precision.GRADIENT) + " \\end{bmatrix}",
                delta);
        for (String name : M.names()) {
            Tex.parse(M.tex(name).orElseThrow()); // every name is TeX the translator reads
        }
        assertTrue(M.names().contains("vector.delta.hidden.T"));
        assertTrue(!M.names().contains("matrix.W.input"), "the input layer has no weights");
    }

    @Test
    void inMathAndInProseAMatrixIsAnMtableInBrackets() {
        String html = TEXT.render(
                        DeckParts.deck(DeckParts.slide(
                                "S", "$$ W = {{ matrix.W.output }} $$\n\nand in prose {{ vector.a.hidden.T }}", 3)),
                        Backprop.compute(DefaultDeck.network()))
                .get(0)
                .html();
        Document d = Jsoup.parseBodyFragment(html);
        Element display = d.select("math").get(0);
        Element table = display.selectFirst("mtable");
        assertEquals(1, table.select("mtr").size(), display::outerHtml); // the default deck's one output
        assertEquals(2, table.select("mtd").size());
        assertEquals(List.of("0.900", "0.800"), table.select("mn").eachText());
        List<String> fences = display.select("mo").eachText();
        assertTrue(fences.contains("[") && fences.contains("]"), fences.toString());
        Element prose = d.select("math").get(1);
        assertEquals(1, prose.select("mtable mtr").size(), "a row vector");
        assertEquals(2, prose.select("mtable mtd").size());
    }

    private static List<Problem> problems(String markdown) {
        return assertThrows(
                        BuildFailure.class, () -> TEXT.render(DeckParts.deck(DeckParts.slide("S", markdown, 5)), MAZUR))
                .problems();
    }

    @Test
    void anUnknownLayerOrKindIsAnErrorAtTheReferenceWithASuggestion() {
        List<Problem> p = problems("x {{ matrix.W.hiden }}\n\n$$ d = {{ vector.detla.output }} $$\n");
        assertEquals(2, p.size(), p.toString());
        assertEquals("content/backprop/deck.md:5:3", p.get(0).where().toString());
        assertTrue(
                p.get(0).message().contains("unknown layer 'hiden'"), p.get(0).message());
        assertTrue(
                p.get(0).message().contains("did you mean 'hidden'?"), p.get(0).message());
        assertEquals("content/backprop/deck.md:7:8", p.get(1).where().toString());
        assertTrue(
                p.get(1).message().contains("unknown vector 'detla'"), p.get(1).message());
        assertTrue(
                p.get(1).message().contains("did you mean 'delta'?"), p.get(1).message());
    }

    @Test
    void theInputLayerHasNoWeightsAndOnlyTheOutputLayerTargets() {
        List<Problem> p = problems("{{ matrix.W.input }} {{ vector.target.hidden }} {{ vector.delta.input }} "
                + "{{ matrix.W }} {{ matrix.grad.V.output }}");
        assertEquals(5, p.size(), p.toString());
        assertTrue(
                p.get(0).message().contains("names the input layer"), p.get(0).message());
        assertTrue(
                p.get(0).message().contains("such as matrix.W.hidden"), p.get(0).message());
        assertTrue(
                p.get(1).message().contains("only the output layer has targets"),
                p.get(1).message());
        assertTrue(
                p.get(2).message().contains("vector.a.input for the inputs"),
                p.get(2).message());
        assertTrue(
                p.get(3).message().contains("needs a layer after it"), p.get(3).message());
        assertTrue(
                p.get(4).message().contains("unknown matrix 'grad.V'"), p.get(4).message());
        assertTrue(
                p.get(4).message().contains("did you mean 'grad.W'?"), p.get(4).message());
        assertEquals("content/backprop/deck.md:5:22", p.get(1).where().toString());
    }

    @Test
    void aWeightThatSkipsALayerIsNotLeftOutSilently() {
        Matrices skip = new Matrices(Backprop.compute(FormulasTest.skip())); // s1: x1 → yhat
        assertTrue(skip.tex("matrix.W.output").isEmpty());
        String why = skip.absent("matrix.W.output").orElseThrow();
        assertTrue(why.contains("weight s1 comes from x1"), why);
        assertTrue(skip.tex("matrix.W.hidden").isPresent(), "the hidden layer's weights all come from the inputs");
        assertTrue(skip.absent("grad.w1").isEmpty(), "other families are not this class's");
    }

    @Test
    void aFormatOnAMatrixIsRefused() {
        List<Problem> p = problems("{{ matrix.W.output | 0.00 }}");
        assertTrue(
                p.get(0).message().contains("writes a formula, which takes no format"),
                p.get(0).message());
    }
}
