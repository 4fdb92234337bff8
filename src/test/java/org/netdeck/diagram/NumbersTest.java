package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Precision;

class NumbersTest {

    @Test
    void writesThreeDecimalsWithARealMinus() {
        assertEquals("0.800", Numbers.value(0.8));
        assertEquals("\u22120.500", Numbers.value(-0.5));
        assertEquals("0.300", Numbers.value(0.1 + 0.2));
        assertEquals("12.346", Numbers.value(12.3456));
        assertEquals("0.000", Numbers.value(0.0));
        assertEquals("0.000", Numbers.value(-0.0));
    }

    @Test
    void followsThePrecisionPolicyOfEachKind() {
        assertEquals("0.0884", Numbers.of(0.08837, Precision.LOSS));
        assertEquals("\u22120.00723", Numbers.of(-0.0072349, Precision.GRADIENT));
        assertEquals("0.100", Numbers.value(0.09996));
        assertEquals("1.2×10⁻⁷", Numbers.value(1.234e-7));
        assertEquals("0.0000012", Numbers.value(1.234e-6));
        assertEquals("0.9074", Numbers.of(0.907444, Precision.UPDATED));
        assertEquals("\u2212∞", Numbers.of(Double.NEGATIVE_INFINITY, Precision.GRADIENT));
    }

    @Test
    void writesAuthorConstantsAndTicksShort() {
        assertEquals("0.1", Numbers.exact(0.1));
        assertEquals("2", Numbers.exact(2.0));
        assertEquals("0.05", Numbers.tick(0.05, 0.01));
        assertEquals("0.00", Numbers.tick(1e-17, 0.02));
        assertEquals("200", Numbers.tick(200, 200));
        assertEquals("\u22120.5", Numbers.tick(-0.5, 0.5));
    }

    @Test
    void writesCoordinatesAtTwoDecimalsWithoutTrailingZerosOrNegativeZero() {
        assertEquals("106.48", Numbers.coordinate(106.4799999));
        assertEquals("127.6", Numbers.coordinate(127.6));
        assertEquals("0.5", Numbers.coordinate(0.5));
        assertEquals("3", Numbers.coordinate(2.999));
        assertEquals("-3.25", Numbers.coordinate(-3.25));
        assertEquals("0.13", Numbers.coordinate(0.125), "an exact tie goes away from zero");
        assertEquals("0", Numbers.coordinate(-0.001));
        assertEquals("0", Numbers.coordinate(-0.0));
        Random random = new Random(34);
        for (int i = 0; i < 100_000; i++) {
            double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12));
            BigDecimal rounded = new BigDecimal(x).setScale(2, RoundingMode.HALF_UP);
            String expected =
                    rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
            assertEquals(expected, Numbers.coordinate(x), "x = " + x);
        }
    }
}
