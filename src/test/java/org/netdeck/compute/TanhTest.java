package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Tanh} is {@link StrictMath#tanh} (and its expm1 {@link StrictMath#expm1}) bit for bit. */
class TanhTest {

    private static void same(double x) {
        assertEquals(
                Double.doubleToRawLongBits(StrictMath.tanh(x)),
                Double.doubleToRawLongBits(Tanh.of(x)),
                () -> "tanh(" + x + "): " + StrictMath.tanh(x) + ", not " + Tanh.of(x));
        assertEquals(
                Double.doubleToRawLongBits(StrictMath.expm1(x)),
                Double.doubleToRawLongBits(Tanh.expm1(x)),
                () -> "expm1(" + x + "): " + StrictMath.expm1(x) + ", not " + Tanh.expm1(x));
    }

    @Test
    void specialValuesAndEveryBranchBoundary() {
        double[] special = {
            0.0,
            -0.0,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            Double.MIN_NORMAL,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            1.0,
            -1.0,
            22.0,
            -22.0,
            0x1p-55,
            0x1p-54,
            0x1p-28,
            0.5 * Math.log(2),
            1.5 * Math.log(2),
            56 * Math.log(2),
            -56 * Math.log(2),
            709.782712893384,
            709.79,
            -709.79,
            0.25,
            -0.25,
            20 * Math.log(2),
            57 * Math.log(2),
            -57 * Math.log(2)
        };
        for (double x : special) {
            for (double d : new double[] {x, Math.nextUp(x), Math.nextDown(x)}) {
                same(d);
                same(-d);
            }
        }
    }

    @Test
    void millionsOfValuesWhereNetworksLive() {
        SplittableRandom random = new SplittableRandom(36);
        for (int i = 0; i < 3_000_000; i++) {
            same(random.nextDouble(-25, 25));
        }
        for (int i = 0; i < 1_000_000; i++) {
            same(random.nextGaussian() * Math.pow(10, random.nextInt(-20, 4))); // tiny to large, both signs
        }
    }

    @Test
    void anyBitPattern() {
        SplittableRandom random = new SplittableRandom(3636);
        for (int i = 0; i < 1_000_000; i++) {
            same(Double.longBitsToDouble(random.nextLong()));
        }
    }
}
