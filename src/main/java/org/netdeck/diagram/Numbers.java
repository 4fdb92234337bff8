package org.netdeck.diagram;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How diagrams write numbers, the same in every step (Locale-free, minus sign U+2212 "−"):
 * <ul>
 *   <li>{@link #value}: a computed value, with three decimals and at least three significant digits
 *       ({@code 0.800}, {@code −0.500}, {@code 12.345}, {@code 0.0884}, {@code −0.00723}); below 10⁻⁶ three
 *       significant digits times a power of ten ({@code 1.23×10⁻⁷}). Never {@code −0.000}.</li>
 *   <li>{@link #change}: a value before and after an update, with as many decimals as it takes to tell them
 *       apart (up to 8): {@code 0.800 → 0.801}, {@code 0.0884 → 0.0877}.</li>
 *   <li>{@link #exact}: a constant the author wrote (the learning rate): its shortest decimal ({@code 0.1}).</li>
 *   <li>{@link #tick}: an axis tick, with as many decimals as the tick step needs ({@code 0.05}, {@code 200}).</li>
 * </ul>
 */
public final class Numbers {

    /** The minus sign used in diagrams. */
    public static final String MINUS = "\u2212";

    private Numbers() {
    }

    /** A computed value, e.g. {@code 0.800}, {@code −0.500}, {@code 0.0884}, {@code −0.00723}, {@code 1.23×10⁻⁷}. */
    public static String value(double x) {
        return value(x, 3);
    }

    /**
     * {@code before} and {@code after} with the same number of decimals, at least those {@link #value} uses and more
     * (up to 8) until two different numbers read differently: {@code 0.800 → 0.801}, {@code 0.0884 → 0.0877}.
     */
    public static java.util.List<String> change(double before, double after) {
        int decimals = Math.max(decimals(before), decimals(after));
        String b = value(before, decimals);
        String a = value(after, decimals);
        while (b.equals(a) && before != after && decimals < 8) {
            decimals++;
            b = value(before, decimals);
            a = value(after, decimals);
        }
        return java.util.List.of(b, a);
    }

    /** At least {@code minDecimals} decimals and at least three significant digits; scientific below 10⁻⁶. */
    private static String value(double x, int minDecimals) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "NaN" : (x > 0 ? "∞" : MINUS + "∞");
        }
        double abs = Math.abs(x);
        if (abs != 0.0 && abs < 1e-6) {
            BigDecimal sig = new BigDecimal(abs).round(new MathContext(3, RoundingMode.HALF_UP));
            int exponent = sig.precision() - sig.scale() - 1;  // x = m × 10^exponent with 1 ≤ m < 10
            return signed(x, sig.movePointLeft(exponent).toPlainString() + "×10" + superscript(exponent));
        }
        return signed(x, new BigDecimal(abs).setScale(Math.max(minDecimals, decimals(x)), RoundingMode.HALF_UP).toPlainString());
    }

    /** The decimals {@link #value} writes for {@code x}: three, or more to keep three significant digits. */
    private static int decimals(double x) {
        double abs = Math.abs(x);
        if (abs == 0.0 || abs >= 0.1 || abs < 1e-6) {
            return 3;
        }
        BigDecimal sig = new BigDecimal(abs).round(new MathContext(3, RoundingMode.HALF_UP));
        return Math.max(3, sig.scale());
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
