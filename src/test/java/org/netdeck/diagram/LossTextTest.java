package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.LossKind;

class LossTextTest {

    @Test
    void writesOneOutputWithItsNumbers() {
        assertEquals(
                List.of("squared error: L = Σ (y − ŷ)²", "L = (1.000 − 0.700)² = 0.0900"),
                LossText.lines(LossKind.SQUARED_ERROR, List.of("yhat"), List.of(1.0), List.of(0.7), 0.09));
        assertEquals(
                "L = ½(1.000 − 0.700)² = 0.0450",
                LossText.lines(LossKind.HALF_SQUARED_ERROR, List.of("yhat"), List.of(1.0), List.of(0.7), 0.045)
                        .get(1));
        assertEquals(
                "L = −[1.000 ln 0.700 + (1 − 1.000) ln(1 − 0.700)] = 0.357",
                LossText.lines(LossKind.BINARY_CROSS_ENTROPY, List.of("y"), List.of(1.0), List.of(0.7), -Math.log(0.7))
                        .get(1));
    }

    @Test
    void writesOneTermPerOutput() {
        List<String> lines = LossText.lines(
                LossKind.MEAN_SQUARED_ERROR,
                List.of("y1", "y2"),
                List.of(1.0, 0.0),
                List.of(0.7, -0.2),
                (0.09 + 0.04) / 2);
        assertEquals(
                List.of(
                        "mean squared error: L = (1/n) Σ (y − ŷ)²",
                        "y1: (1.000 − 0.700)² = 0.0900",
                        "y2: (0.000 − (−0.200))² = 0.0400",
                        "L = (1/2) × the sum = 0.0650"),
                lines);
    }

    @Test
    void writesTheOutputGradient() {
        assertEquals("∂L/∂ŷ = −2(y − ŷ)", LossText.gradientFormula(LossKind.SQUARED_ERROR));
        assertEquals(
                "(0.700 − 1.000) / (0.700(1 − 0.700))",
                LossText.gradientTerm(LossKind.BINARY_CROSS_ENTROPY, 1.0, 0.7, 1));
        assertEquals("−(2/3)(1.000 − 0.700)", LossText.gradientTerm(LossKind.MEAN_SQUARED_ERROR, 1.0, 0.7, 3));
    }
}
