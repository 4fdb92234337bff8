package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.netdeck.testing.Fuzz;

class TwoDecimalsTest {

    /** The format Batik keeps for precision 2 (SVGGeneratorContext's static table): the text to match. */
    private static final DecimalFormat BATIK = new DecimalFormat("#.##", DecimalFormatSymbols.getInstance(Locale.US));

    private final TwoDecimals format = new TwoDecimals();

    @Test
    void writesTwoDecimalsWithoutTrailingZeros() {
        assertEquals("106.48", format.format(106.48));
        assertEquals("127.6", format.format(127.6));
        assertEquals("0.5", format.format(0.5));
        assertEquals("3", format.format(2.999));
        assertEquals("-0", format.format(-0.001)); // as DecimalFormat: the sign stays
        assertEquals("0.12", format.format(0.125)); // a tie (0.125 is exact): to even
        assertEquals("0.14", format.format(0.135)); // 0.135 is 0.13500000000000000888…: above the tie
        assertEquals("1", format.format(1.005)); // 1.00499999999999989…: below it
    }

    /** Random values over every magnitude, every tie of a few decimals and the doubles next to it, and the extremes. */
    @Test
    void writesWhatDecimalFormatWrites() {
        Random random = new Random(2);
        for (int i = Fuzz.cases(100_000); i > 0; i--) {
            same((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(20) - 6));
            same(random.nextInt(2_000_000) / 100.0 - 10_000);
        }
        for (int n = -200_000; n <= 200_000; n++) {
            double tie = (n + 0.5) / 100; // x.xx5: the doubles nearest, either side
            for (int u = -2; u <= 2; u++) {
                same(tie + u * Math.ulp(tie));
            }
            same(n / 1000.0);
        }
        for (double x : new double[] {
            0,
            -0.0,
            1e-300,
            -1e-300,
            1e12 + 0.125,
            9.999999999999e12,
            1e13,
            -1e13,
            1e20,
            Double.MAX_VALUE,
            Double.MIN_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        }) {
            same(x);
        }
    }

    private void same(double x) {
        assertEquals(BATIK.format(x), format.format(x), () -> Double.toString(x));
    }

    /** halfUp against the BigDecimal arithmetic it replaces, on the same kinds of values. */
    @Test
    void halfUpWritesWhatBigDecimalWrites() {
        Random random = new Random(3);
        for (int i = Fuzz.cases(100_000); i > 0; i--) {
            halfUp((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(20) - 6));
        }
        for (int n = -200_000; n <= 200_000; n++) {
            double tie = (n + 0.5) / 100;
            for (int u = -2; u <= 2; u++) {
                halfUp(tie + u * Math.ulp(tie));
            }
        }
        for (double x : new double[] {0, -0.0, -0.001, 0.005, -0.005, 0.125, 1e13, -2e15, 1e300}) {
            halfUp(x);
        }
        assertEquals("0.13", TwoDecimals.halfUp(0.125)); // a tie, away from zero
        assertEquals("0", TwoDecimals.halfUp(-0.001)); // no sign on zero
    }

    private static void halfUp(double x) {
        assertEquals(
                new BigDecimal(x)
                        .setScale(2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString(),
                TwoDecimals.halfUp(x),
                () -> Double.toString(x));
    }
}
