package org.netdeck.diagram;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.netdeck.compute.Precision;

/**
 * How diagrams write numbers, the same in every step and the same as the prose: the {@link Precision} policy
 * (Locale-free, minus sign U+2212 "−", never "−0"):
 * <ul>
 *   <li>{@link #value}: values, inputs, targets, activations, weights, slopes: {@code 0.800}, {@code −0.500};</li>
 *   <li>{@link #of}: any kind, such as gradients and deltas ({@code −0.0744}) and losses ({@code 0.0884}) with
 *       three significant digits, parameters after an update with four decimals ({@code 0.9074});</li>
 *   <li>{@link #exact}: a constant the author wrote (the learning rate): its shortest decimal ({@code 0.1}).</li>
 *   <li>{@link #tick}: an axis tick, with as many decimals as the tick step needs ({@code 0.05}, {@code 200}).</li>
 * </ul>
 * A whole number of 1000 or more is grouped, {@code 2,000} ({@link Precision#grouped}).
 * Coordinates and sizes in the SVG markup are not shown text: {@link #coordinate} writes them at two decimals.
 */
public final class Numbers {

    /** The minus sign used in diagrams. */
    public static final String MINUS = "\u2212";

    private Numbers() {}

    /** A value by the policy ({@link Precision#VALUE}): {@code 0.800}, {@code −0.500}. */
    public static String value(double x) {
        return of(x, Precision.VALUE);
    }

    /** {@code x} as its kind of quantity is shown everywhere; a non-finite number as NaN or ±∞. */
    public static String of(double x, Precision kind) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "NaN" : (x > 0 ? "∞" : MINUS + "∞");
        }
        return kind.format(x);
    }

    /** A number the author wrote, in its shortest decimal form ({@code 0.1}, {@code 2}). */
    public static String exact(double x) {
        return signed(
                x,
                Precision.grouped(
                        BigDecimal.valueOf(Math.abs(x)).stripTrailingZeros().toPlainString()));
    }

    /** A number for a page's script (a data attribute), never grouped: {@code 2000}, {@code 0.1}. */
    public static String data(double x) {
        return signed(x, BigDecimal.valueOf(Math.abs(x)).stripTrailingZeros().toPlainString());
    }

    /** A tick value on an axis whose ticks are {@code step} apart: just enough decimals for the step. */
    public static String tick(double x, double step) {
        int decimals = Math.max(0, -(int) Math.floor(Math.log10(step) + 1e-9));
        BigDecimal rounded = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_UP);
        return signed(
                rounded.signum() == 0 ? 0.0 : x, Precision.grouped(rounded.abs().toPlainString()));
    }

    /** Beyond this magnitude a double's hundredths no longer fit the exact arithmetic of {@link #coordinate}. */
    private static final double LIMIT = 1e13;

    /**
     * A coordinate, length or size in the SVG markup: {@code x} rounded to two decimals as the double it is, ties away
     * from zero, without trailing zeros and without the sign of a value that rounds to zero, ASCII hyphen-minus:
     * {@code new BigDecimal(x).setScale(2, HALF_UP).stripTrailingZeros().toPlainString()} without the BigDecimal
     * ({@code 106.48}, {@code 0.5}, {@code -3.25}, {@code 0}).
     */
    static String coordinate(double x) {
        double a = Math.abs(x);
        if (!(a < LIMIT)) { // huge or not finite: never in a layout, written plainly all the same
            return Double.isFinite(x)
                    ? new BigDecimal(x)
                            .setScale(2, RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString()
                    : "0";
        }
        // a·100 exactly, as hi + lo (hi the rounded product, lo its error, exact by the fused multiply-add)
        double hi = a * 100;
        double lo = Math.fma(a, 100, -hi);
        double whole = Math.floor(hi);
        double fraction = hi - whole; // exact: whole and hi are within 1 and below 2^52
        long hundredths = (long) whole;
        // fraction and 0.5 are multiples of hi's ulp, and |lo| is at most half of it: only an exact 0.5 needs lo
        if (fraction > 0.5 || (fraction == 0.5 && lo >= 0)) {
            hundredths++; // (a fraction of 0 with lo < 0 is just below a whole number: still nearest to it)
        }
        String digits = Long.toString(hundredths / 100);
        int cents = (int) (hundredths % 100);
        if (cents != 0) {
            digits += "." + (char) ('0' + cents / 10) + (cents % 10 == 0 ? "" : String.valueOf(cents % 10));
        }
        return x < 0 && hundredths != 0 ? "-" + digits : digits;
    }

    private static String signed(double x, String magnitude) {
        return x < 0 ? MINUS + magnitude : magnitude;
    }
}
