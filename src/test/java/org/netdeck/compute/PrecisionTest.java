package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netdeck.testing.Fuzz;

class PrecisionTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "VALUE,    0.7026,       0.703",
        "VALUE,    0.8,          0.800",
        "VALUE,    -0.5,         −0.500",
        "VALUE,    2.0005,       2.001",
        "VALUE,    -0.0004,      −0.00040",
        "VALUE,    0,            0.000",
        "VALUE,    -0.0,         0.000",
        "GRADIENT, -0.12434,     −0.124",
        "GRADIENT, -0.07444,     −0.0744",
        "GRADIENT, -0.5947,      −0.595",
        "GRADIENT, 0.000438568,  0.000439",
        "GRADIENT, 1.234e-9,     1.23×10⁻⁹",
        "GRADIENT, 0.00000123,   0.00000123",
        "GRADIENT, 9.9951e-7,    0.00000100",
        "GRADIENT, 9.9949e-7,    9.99×10⁻⁷",
        "GRADIENT, -4.0e-12,     −4.00×10⁻¹²",
        "LOSS,     1.232595164407831E-32, 1.23×10⁻³²",
        "VALUE,    5e-19,        5.0×10⁻¹⁹",
        "VALUE,    -3.456e-7,    −3.5×10⁻⁷",
        "VALUE,    0.0000012,    0.0000012",
        "UPDATED,  1e-7,         1.0×10⁻⁷",
        "EXACT,    1e-7,         1×10⁻⁷",
        "EXACT,    2.5e-8,       2.5×10⁻⁸",
        "GRADIENT, 1.2345e15,    1.23×10¹⁵",
        "GRADIENT, 999.5e12,     1.00×10¹⁵",
        "VALUE,    2e15,         2×10¹⁵",
        "VALUE,    123456789012345.6, 123456789012345.600",
        "GRADIENT, 0.5,          0.500",
        "GRADIENT, 1234.5,       '1,230'",
        "GRADIENT, 123.45,       123",
        "EXACT,    2021,         '2,021'",
        "EXACT,    -12000,       '−12,000'",
        "GRADIENT, 0,            0.00",
        "LOSS,     0.08845,      0.0885",
        "UPDATED,  0.907444,     0.9074",
        "EXACT,    0.1,          0.1",
        "EXACT,    2,            2",
        "EXACT,    100,          100",
        "EXACT,    -0.25,        −0.25",
    })
    void eachKindHasItsDecimals(Precision kind, double value, String shown) {
        assertEquals(shown, kind.format(value));
    }

    @Test
    void nonFiniteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Precision.VALUE.format(Double.NaN));
    }

    /**
     * The fast paths against the decimal arithmetic that defines the policy: random values over every magnitude the
     * paths take and beyond, every tie (…5 at the last digit shown) near them with its neighbouring doubles, and powers
     * of ten with theirs (where the significant digits' exponent turns).
     */
    @Test
    void fastPathsWriteWhatTheDecimalArithmeticWrites() {
        Random random = new Random(14);
        int randoms = Fuzz.cases(30_000);
        int checked = 0;
        for (Precision kind : Precision.values()) {
            for (int i = 0; i < randoms; i++) {
                double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(24) - 12);
                checked += same(kind, x);
            }
            for (int e = -12; e <= 10; e++) {
                for (int k = 0; k < 2_000; k++) {
                    // a tie at the third and fourth decimal, or the third significant digit, of numbers near 10^e
                    double tie = (random.nextInt(2_000) + 0.5) * Math.pow(10, e - 3);
                    double x = random.nextBoolean() ? tie : -tie;
                    for (int u = -3; u <= 3; u++) {
                        checked += same(kind, x + u * Math.ulp(x));
                    }
                    double power = Math.pow(10, e) * (random.nextBoolean() ? 1 : -1);
                    checked += same(kind, power + (k % 7 - 3) * Math.ulp(power));
                }
            }
            for (int n = 0; n <= 100_000; n++) { // every value of a few decimals, as authors and small nets write them
                checked += same(kind, n / 1e4) + same(kind, -n / 1e3) + same(kind, n / 1e5 + 0.5e-4);
            }
        }
        assertEquals(5 * (randoms + 23 * 2_000 * 8 + 3 * 100_001), checked);
    }

    /**
     * What a page's script gets of a shown number ({@link Precision#shownValue}) is the number shown, every digit of it:
     * written out again in the policy's notation it gives the same text, over every magnitude from 10⁻⁴⁰ to 10²⁰.
     */
    @Test
    void theShownValueIsTheNumberShown() {
        Random random = new Random(7);
        for (Precision kind : Precision.values()) {
            for (int i = Fuzz.cases(10_000); i > 0; i--) {
                double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(60) - 40);
                String shown = kind.format(x);
                java.math.BigDecimal value = Precision.shownValue(shown);
                java.math.BigDecimal magnitude = value.abs();
                String written = magnitude.signum() != 0
                                && (magnitude.compareTo(new java.math.BigDecimal("1e-6")) < 0
                                        || magnitude.compareTo(new java.math.BigDecimal("1e15")) >= 0)
                        ? Precision.scientific(magnitude)
                        : magnitude.toPlainString();
                assertEquals(
                        shown,
                        Precision.grouped((value.signum() < 0 ? "−" : "") + written),
                        () -> kind + " " + x); // a whole number of 1000 or more is grouped: 2,021
            }
        }
        assertEquals(new java.math.BigDecimal("-1.23E-32"), Precision.shownValue("−1.23×10⁻³²"));
        assertEquals(new java.math.BigDecimal("4.5E+16"), Precision.shownValue("4.5×10¹⁶"));
    }

    private static int same(Precision kind, double x) {
        assertEquals(kind.exactly(x), kind.format(x), () -> kind + " " + x);
        return 1;
    }
}
