package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        "GRADIENT, 1.234e-9,     0.00000000123",
        "GRADIENT, 0.5,          0.500",
        "GRADIENT, 1234.5,       1230",
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
        int checked = 0;
        for (Precision kind : Precision.values()) {
            for (int i = 0; i < 300_000; i++) {
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
        assertEquals(5 * (300_000 + 23 * 2_000 * 8 + 3 * 100_001), checked);
    }

    private static int same(Precision kind, double x) {
        assertEquals(kind.exactly(x), kind.format(x), () -> kind + " " + x);
        return 1;
    }
}
