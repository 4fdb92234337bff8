package org.netdeck.math;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.netdeck.testing.Fuzz;

/**
 * Seeded random TeX (pieces of valid formulas, commands and stray characters) never crashes the translator:
 * each formula either renders or fails with a {@link TexException} whose offset lies inside it.
 */
class TexFuzzTest {

    private static final List<String> PIECES = List.of(
            "\\frac",
            "\\sqrt",
            "[",
            "]",
            "{",
            "}",
            "{{",
            "}}",
            "_",
            "^",
            "'",
            "&",
            "\\\\",
            "\\left",
            "\\right",
            "(",
            ")",
            "|",
            ".",
            "\\middle",
            "\\begin{pmatrix}",
            "\\end{pmatrix}",
            "\\begin{aligned}",
            "\\end{aligned}",
            "\\begin{cases}",
            "\\end",
            "\\begin",
            "x",
            "1",
            "-",
            "0.5",
            "\\hat",
            "\\text{a b}",
            "\\text",
            "\\color{red}",
            "\\class{c}",
            "\\sum",
            "\\int",
            "\\limits",
            "\\max",
            "\\operatorname*{f}",
            "\\mathbf",
            "\\mathrm",
            "\\not",
            "=",
            "\\alpha",
            "\\",
            "%",
            "$",
            "#",
            " ",
            "\n",
            "\\,",
            "\\!",
            "\\{",
            "\\}",
            "\\overbrace",
            "\\underset",
            "\\binom",
            "\\displaystyle",
            "\\bigl(",
            "\\frca",
            "é",
            "𝑥",
            "{{ a }}",
            "\\boxed");

    @Test
    void randomTexRendersOrFailsWithAnOffsetInside() {
        Random random = new Random(20261129L);
        int formulas = Fuzz.cases(20_000);
        int rendered = 0;
        for (int n = 0; n < formulas; n++) {
            StringBuilder tex = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                tex.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String t = tex.toString();
            try {
                MathNode node = Tex.bind(Tex.parse(t), r -> Tex.number("1"));
                MathMl.render(node, random.nextBoolean());
                TextRuns.of(node);
                rendered++;
            } catch (TexException e) {
                assertTrue(e.offset() >= 0 && e.offset() <= t.length(), "offset " + e.offset() + " in " + t);
            } catch (RuntimeException | StackOverflowError e) {
                fail("'" + t + "' crashed the translator: " + e, e);
            }
        }
        assertTrue(rendered > formulas / 20, "too few random formulas were valid to test rendering: " + rendered);
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        for (String piece : List.of("{", "\\hat", "\\frac{", "\\left(", "x^{", "\\sqrt[")) {
            String tex = piece.repeat(50_000);
            TexException e =
                    org.junit.jupiter.api.Assertions.assertThrows(TexException.class, () -> Tex.parse(tex), piece);
            assertTrue(
                    e.getMessage().contains("nested more than")
                            || e.getMessage().contains("not closed")
                            || e.getMessage().contains("no '}' closes"),
                    piece + ": " + e.getMessage());
        }
        String fine =
                "{ ".repeat(TexParser.MAX_DEPTH - 2) + "x" + "}".repeat(TexParser.MAX_DEPTH - 2); // "{ {" is two groups
        assertTrue(MathMl.render(Tex.parse(fine), false).contains("<mi>x</mi>"));
    }
}
