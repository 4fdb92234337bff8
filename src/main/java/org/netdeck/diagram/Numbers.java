package org.netdeck.diagram;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How diagrams write numbers, the same in every step (Locale-free, minus sign U+2212 "−"):
 * <ul>
 *   <li>{@link #value}: a computed value. |x| ≥ 0.01 (or 0): three decimals ({@code 0.800}, {@code −0.500},
 *       {@code 12.345}); 0.000001 ≤ |x| < 0.01: three significant digits ({@code 0.00123}); smaller:
 *       three significant digits times a power of ten ({@code 1.23×10⁻⁷}). Never {@code −0.000}.</li>
 *   <li>{@link #exact}: a constant the author wrote (the learning rate): its shortest decimal ({@code 0.1}).</li>
 *   <li>{@link #tick}: an axis tick, with as many decimals as the tick step needs ({@code 0.05}, {@code 200}).</li>
 * </ul>
 */
public final class Numbers {

    /** The minus sign used in diagrams. */
    public static final String MINUS = "\u2212";

    private Numbers() {
    }

    /** A computed value, e.g. {@code 0.090}, {@code −0.0123}, {@code 0.00457}. */
    public static String value(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "NaN" : (x > 0 ? "∞" : MINUS + "∞");
        }
        double abs = Math.abs(x);
        if (abs == 0.0 || new BigDecimal(abs).setScale(3, RoundingMode.HALF_UP).compareTo(new BigDecimal("0.01")) >= 0) {
            return signed(x, new BigDecimal(abs).setScale(3, RoundingMode.HALF_UP).toPlainString());
        }
        BigDecimal sig = new BigDecimal(abs).round(new MathContext(3, RoundingMode.HALF_UP));
        if (abs >= 1e-6) {
            return signed(x, sig.toPlainString());
        }
        int exponent = sig.precision() - sig.scale() - 1;  // x = m × 10^exponent with 1 ≤ m < 10
        BigDecimal mantissa = sig.movePointLeft(exponent);
        return signed(x, mantissa.toPlainString() + "×10" + superscript(exponent));
    }

    /** A number the author wrote, in its shortest decimal form ({@code 0.1}, {@code 2}). */
    public static String exact(double x) {
        return signed(x, BigDecimal.valueOf(Math.abs(x)).stripTrailingZeros().toPlainString());
    }

    /** A tick value on an axis whose ticks are {@code step} apart: just enough decimals for the step. */
    public static String tick(double x, double step) {
        int decimals = Math.max(0, -(int) Math.floor(Math.log10(step) + 1e-9));
        BigDecimal rounded = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_UP);
        return signed(rounded.signum() == 0 ? 0.0 : x, rounded.abs().toPlainString());
    }

    private static String signed(double x, String magnitude) {
        return x < 0 ? MINUS + magnitude : magnitude;
    }

    private static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder s = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }
}
