package org.netdeck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netdeck.testing.DeckParts.FILE;
import static org.netdeck.testing.DeckParts.deck;
import static org.netdeck.testing.DeckParts.sigmoid;
import static org.netdeck.testing.DeckParts.slide;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Trace;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.testing.DefaultDeck;

/** Math in slide text: $…$, $$…$$ and ```math, prices, escapes, references inside math, error positions. */
class SlideMathTest {

    private static final SlideText TEXT = new SlideText();
    private static final Trace TRACE = Backprop.compute(DefaultDeck.network());

    private static String html(String markdown) {
        return TEXT.render(deck(slide("One", markdown, 5)), TRACE).get(0).html();
    }

    private static List<Problem> problems(String markdown) {
        return assertThrows(BuildFailure.class, () -> TEXT.render(deck(slide("One", markdown, 5)), TRACE))
                .problems();
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition(FILE, line, column);
    }

    @Test
    void inlineMathBecomesMathMl() {
        assertEquals(
                "<p>Output <math><mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">ˆ</mo></mover></math> is a"
                        + " <math><msub><mi>x</mi><mn>1</mn></msub></math>.</p>\n",
                html("Output $\\hat y$ is a $x_1$."));
    }

    @Test
    void displayMathIsABlockThatCanScroll() {
        assertEquals(
                "<p><span class=\"math-display\"><math display=\"block\"><mfrac><mi>a</mi><mi>b</mi></mfrac>"
                        + "</math></span></p>\n",
                html("$$\\frac{a}{b}$$"));
        String multiLine = html("$$\n\\begin{aligned} a &= b \\\\\n &= c \\end{aligned}\n$$");
        assertTrue(multiLine.contains("<mtable displaystyle=\"true\"><mtr>"), multiLine);
        assertEquals(2, multiLine.split("<mtr>", -1).length - 1, multiLine);
    }

    @Test
    void aMathFenceIsDisplayMath() {
        assertEquals(
                "<span class=\"math-display\"><math display=\"block\"><msup><mi>x</mi><mn>2</mn></msup></math></span>\n",
                html("```math\nx^2\n```"));
        assertEquals("<pre><code class=\"language-java\">x^2\n</code></pre>\n", html("```java\nx^2\n```"));
    }

    @Test
    void pricesAndEscapedDollarsStayText() {
        assertEquals("<p>It costs $5 and $10.</p>\n", html("It costs $5 and $10."));
        assertEquals("<p>between $5-$10 a day</p>\n", html("between $5-$10 a day"));
        assertEquals("<p>$ x $ and $x $ and $ x$</p>\n", html("$ x $ and $x $ and $ x$"));
        assertEquals("<p>a literal $x$ here</p>\n", html("a literal \\$x\\$ here"));
        assertEquals("<p>costs <math><mo>$</mo><mn>5</mn></math> each</p>\n", html("costs $\\$5$ each"));
        assertEquals("<p><code>$x$</code></p>\n", html("`$x$`"));
    }

    @Test
    void aReferenceInsideMathIsANumberInAnMn() {
        double y = sigmoid(0.9 * sigmoid(0.4) + 0.8 * sigmoid(-0.4));
        String expected = String.format(Locale.ROOT, "%.3f", y);
        String z = Double.toString(0.9 * sigmoid(0.4) + 0.8 * sigmoid(-0.4));
        assertEquals(
                "<p><math><mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">ˆ</mo></mover><mo>=</mo>"
                        + "<mn data-ref=\"a.yhat\" data-formula=\"sigmoid(" + z + ")\">" + expected
                        + "</mn></math></p>\n",
                html("$\\hat y = {{ yhat | 0.000 }}$"));
        assertEquals(
                "<p><math><msub><mi>w</mi><mn>2</mn></msub><mo>=</mo><mn data-ref=\"w2\" data-formula=\"-0.5\">−0.50</mn>"
                        + "</math></p>\n",
                html("$w_2 = {{ w2 | 0.00 }}$"));
        String fraction = html("$$\\frac{{{ w2 }}}{2}$$");
        assertTrue(
                fraction.contains("<mfrac><mn data-ref=\"w2\" data-formula=\"-0.5\">−0.500</mn><mn>2</mn></mfrac>"),
                fraction);
    }

    @Test
    void aTexErrorPointsAtItsLineAndColumnInTheDeckFile() {
        // the slide's Markdown starts at line 5, column 1
        List<Problem> p = problems("Intro.\n\nThe rate $\\frca{1}{2}$ and $a}$.");
        assertEquals(2, p.size(), p.toString());
        assertEquals(at(7, 11), p.get(0).where());
        assertTrue(
                p.get(0).message().startsWith("unknown command '\\frca'; did you mean '\\frac'?"),
                p.get(0).message());
        assertEquals(at(7, 30), p.get(1).where());
        assertTrue(p.get(1).message().startsWith("unbalanced '}'"), p.get(1).message());
    }

    @Test
    void errorsInMultiLineMathAndFencesKeepTheirLines() {
        List<Problem> p = problems("$$\n\\begin{aligned}\n a &= \\left( b\n\\end{aligned}\n$$");
        assertEquals(at(7, 7), p.get(0).where(), p.toString());
        assertTrue(
                p.get(0).message().startsWith("\\left( has no matching \\right"),
                p.get(0).message());
        List<Problem> f = problems("Text.\n\n```math\nx^2 +\n\\begin{pmatrx} a \\end{pmatrx}\n```");
        assertEquals(at(9, 1), f.get(0).where(), f.toString());
        assertTrue(
                f.get(0).message().contains("did you mean 'pmatrix'?"), f.get(0).message());
        List<Problem> q = problems("> quoted $x^$");
        assertEquals(at(5, 12), q.get(0).where(), q.toString());
    }

    @Test
    void aBadReferenceInsideMathPointsAtItsBraces() {
        List<Problem> p = problems("See $\\hat y = {{ yaht | 0.000 }}$ and $x = {{ w1 | 0.0x }}$.");
        assertEquals(2, p.size(), p.toString());
        assertEquals(at(5, 15), p.get(0).where());
        assertTrue(
                p.get(0).message().startsWith("unknown name 'yaht' in '{{ yaht | 0.000 }}'; did you mean 'yhat'?"),
                p.get(0).message());
        assertEquals(at(5, 44), p.get(1).where());
        assertTrue(
                p.get(1).message().startsWith("unknown format '0.0x'"), p.get(1).message());
    }

    @Test
    void anUnclosedDisplayMathIsAnError() {
        List<Problem> p = problems("First line\nthen $$x + 1 and more");
        assertEquals(at(6, 6), p.get(0).where(), p.toString());
        assertTrue(p.get(0).message().startsWith("'$$' is not closed"), p.get(0).message());
    }
}
