package org.netdeck.diagram;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.util.Locale;

/**
 * The numbers Batik writes into a diagram at precision 2 ({@code SVGGeneratorContext.setPrecision(2)}): exactly the
 * text of {@code new DecimalFormat("#.##", US symbols)}, the format Batik keeps for that precision, without its cost
 * and its lock. The value is rounded to two decimals as the double it is (not its shortest decimal), ties to even, and
 * written with at most two decimals and no trailing zeros: {@code 106.48}, {@code 127.6}, {@code 0.5}, {@code -0}.
 *
 * <p>Batik shares one {@code DecimalFormat} per precision between all its generator contexts, and a {@code
 * DecimalFormat} formats a double under a lock on its own digit list: decks drawn on several threads at once waited
 * for each other there, and its general algorithm (a decimal conversion, then rounding the digits) was a few per cent
 * of a build. {@link Painter} gives each diagram's context an instance of this class instead ({@code
 * TwoDecimalsTest} holds it to {@code DecimalFormat} on millions of values). {@link
 * #halfUp} is the same arithmetic with ties away from zero, for the numbers the painter writes itself.
 */
final class TwoDecimals extends DecimalFormat {

    private static final long serialVersionUID = 1L;

    /** Beyond this magnitude the general algorithm runs: a double's hundredths no longer fit the exact arithmetic. */
    private static final double LIMIT = 1e13;

    TwoDecimals() {
        super("#.##", DecimalFormatSymbols.getInstance(Locale.US));
    }

    @Override
    public StringBuffer format(double x, StringBuffer to, FieldPosition pos) {
        double a = Math.abs(x);
        if (!(a < LIMIT)) { // NaN, infinities and huge values: DecimalFormat itself (never in a diagram)
            return super.format(x, to, pos);
        }
        if (Double.doubleToRawLongBits(x) < 0) { // DecimalFormat keeps the sign of -0.001 and -0.0: "-0"
            to.append('-');
        }
        return to.append(text(hundredths(a, true)));
    }

    /**
     * {@code x} rounded to two decimals as the double it is, ties away from zero, without trailing zeros and without
     * the sign of a value that rounds to zero: {@code new BigDecimal(x).setScale(2, HALF_UP).stripTrailingZeros()
     * .toPlainString()}, without the BigDecimal ({@code 0.5}, {@code -3.25}, {@code 0}).
     */
    static String halfUp(double x) {
        double a = Math.abs(x);
        if (!(a < LIMIT)) {
            return new BigDecimal(x)
                    .setScale(2, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
        }
        long hundredths = hundredths(a, false);
        return x < 0 && hundredths != 0 ? "-" + text(hundredths) : text(hundredths);
    }

    /** {@code a} (0 ≤ a < LIMIT) in hundredths, to nearest; a tie to even, or else up. */
    private static long hundredths(double a, boolean tiesToEven) {
        // a·100 exactly, as hi + lo (hi the rounded product, lo its error, exact by the fused multiply-add)
        double hi = a * 100;
        double lo = Math.fma(a, 100, -hi);
        double whole = Math.floor(hi);
        double fraction = hi - whole; // exact: whole and hi are within 1 and below 2^52
        long hundredths = (long) whole;
        // fraction and 0.5 are multiples of hi's ulp, and |lo| is at most half of it: only an exact 0.5 needs lo
        if (fraction > 0.5 || (fraction == 0.5 && (lo > 0 || (lo == 0 && (!tiesToEven || (hundredths & 1) == 1))))) {
            hundredths++; // (a fraction of 0 with lo < 0 is just below a whole number: still nearest to it)
        }
        return hundredths;
    }

    /** The whole part, then one or two decimals unless they are zeros. */
    private static String text(long hundredths) {
        String whole = Long.toString(hundredths / 100);
        int cents = (int) (hundredths % 100);
        if (cents == 0) {
            return whole;
        }
        char tenths = (char) ('0' + cents / 10);
        return cents % 10 == 0 ? whole + '.' + tenths : whole + '.' + tenths + (char) ('0' + cents % 10);
    }
}
