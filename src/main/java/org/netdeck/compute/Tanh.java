/*
 * tanh and expm1 below follow fdlibm 5.3's s_tanh.c and s_expm1.c, under this notice:
 *
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */
package org.netdeck.compute;

/**
 * The hyperbolic tangent {@link StrictMath#tanh} computes, bit for bit, in Java: fdlibm's algorithm, which {@code
 * StrictMath} is specified to follow (and {@code Math.tanh} calls on Java 17). Java 17 reaches fdlibm's C through a
 * native call for every value, about half the cost of a forward pass of a tanh network; this is the same arithmetic
 * without the call ({@code TanhTest} compares the two on millions of values and every special case). Java 21 and later
 * carry the same port in {@code java.lang.FdLibm}.
 */
final class Tanh {

    private static final double TINY = 1.0e-300;
    private static final double HUGE = 1.0e+300;
    private static final double O_THRESHOLD = 0x1.62e42fefa39efp9; // 7.09782712893383973096e+02
    private static final double LN2_HI = 0x1.62e42feep-1; // 6.93147180369123816490e-01
    private static final double LN2_LO = 0x1.a39ef35793c76p-33; // 1.90821492927058770002e-10
    private static final double INV_LN2 = 0x1.71547652b82fep0; // 1.44269504088896338700e+00
    // expm1's scaled coefficients
    private static final double Q1 = -0x1.11111111110f4p-5; // -3.33333333333331316428e-02
    private static final double Q2 = 0x1.a01a019fe5585p-10; // 1.58730158725481460165e-03
    private static final double Q3 = -0x1.4ce199eaadbb7p-14; // -7.93650757867487942473e-05
    private static final double Q4 = 0x1.0cfca86e65239p-18; // 4.00821782732936239552e-06
    private static final double Q5 = -0x1.afdb76e09c32dp-23; // -2.01099218183624371326e-07

    private Tanh() {}

    /**
     * tanh(x), as {@link StrictMath#tanh}: for |x| below 2⁻⁵⁵, x(1 + x); below 1, −t / (t + 2) with t = expm1(−2|x|);
     * below 22, 1 − 2 / (t + 2) with t = expm1(2|x|); from 22 on, 1 (less the smallest step); the sign of x.
     */
    static double of(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) { // infinite or NaN: tanh(±∞) = ±1, tanh(NaN) = NaN
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3c800000) { // |x| < 2^-55
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) { // |x| >= 1
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

    /** e^x − 1, as {@link StrictMath#expm1}: x reduced by k·ln 2, a rational approximation, then scaled by 2^k. */
    static double expm1(double x) {
        int hx = high(x);
        int xsb = hx & 0x80000000; // the sign bit
        hx &= 0x7fffffff; // the high word of |x|
        if (hx >= 0x4043687a) { // |x| >= 56 ln 2
            if (hx >= 0x40862e42) { // |x| >= 709.78...
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | low(x)) != 0) {
                        return x + x; // NaN
                    }
                    return xsb == 0 ? x : -1.0; // expm1(±∞) = ∞, −1
                }
                if (x > O_THRESHOLD) {
                    return HUGE * HUGE; // overflow
                }
            }
            if (xsb != 0 && x + TINY < 0.0) { // x < −56 ln 2: −1
                return TINY - 1.0;
            }
        }
        double hi;
        double lo;
        double c = 0;
        int k;
        if (hx > 0x3fd62e42) { // |x| > ln 2 / 2: reduce
            if (hx < 0x3ff0a2b2) { // and |x| < 1.5 ln 2
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI; // t·ln2_hi is exact here
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54: x
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }
        // x is in the primary range now
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs); // c is 0
        }
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
        }
        double y;
        if (k <= -2 || k > 56) { // exp(x) − 1 suffices
            y = 1.0 - (e - x);
            y = high(y, high(y) + (k << 20)); // add k to y's exponent
            return y - 1.0;
        }
        if (k < 20) {
            t = high(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 − 2^−k
            y = t - (e - x);
            y = high(y, high(y) + (k << 20));
        } else {
            t = high(1.0, (0x3ff - k) << 20); // 2^−k
            y = x - (e + t);
            y += 1.0;
            y = high(y, high(y) + (k << 20));
        }
        return y;
    }

    /** The high 32 bits of {@code x}. */
    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >> 32);
    }

    /** The low 32 bits of {@code x}. */
    private static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** {@code x} with its high 32 bits replaced by {@code high}. */
    private static double high(double x, int high) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0xffffffffL) | ((long) high << 32));
    }
}
