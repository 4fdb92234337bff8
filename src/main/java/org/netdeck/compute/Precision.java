package org.netdeck.compute;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalInt;

/**
 * The one precision policy: how each kind of quantity is shown, in the prose, in formulas and in the diagrams
 * alike, unless an author writes a format ({@code {{ yhat | 0.00 }}}). Values and parameters get a fixed number
 * of decimals (a value that is not zero but would round to zero gets two significant digits instead);
 * gradients and losses, whose size varies over orders of magnitude, get three significant digits. A magnitude below
 * 10⁻⁶ (a loss trained to nearly zero, a vanishing gradient) or from 10¹⁵ up is written in scientific notation,
 * {@code 1.23×10⁻³²}, as the authors' formats write it, rather than as thirty zeros. A whole number of 1000 or more
 * (a count of steps, a rounded value with no decimals) has its digits grouped in threes with a comma, {@link #GROUP}:
 * {@code 2,021}, so it reads as a number rather than a year ({@link #grouped}).
 */
public enum Precision {
    /** Inputs, targets, activations, weighted sums, activation slopes σ′(z), initial parameters: {@code 0.703}. */
    VALUE(3),
    /** Gradients ∂L/∂θ, ∂L/∂a and deltas δ = ∂L/∂z, three significant digits: {@code −0.124}, {@code 0.000439}. */
    GRADIENT(-3),
    /** Losses, three significant digits: {@code 0.0885}. */
    LOSS(-3),
    /** Parameters after an update or after training, so one small step shows: {@code 0.9074}. */
    UPDATED(4),
    /** Hyperparameters the author wrote (the learning rate): as written, {@code 0.1}. */
    EXACT(0);

    /** Decimals when positive, significant digits when negative; 0 for {@link #EXACT}. */
    private final int digits;

    Precision(int digits) {
        this.digits = digits;
    }

    /**
     * {@code x} as this kind of quantity is shown, with the minus sign U+2212 and never "−0": {@code 0.703},
     * {@code −0.1243}, {@code 0.000043} (two significant digits when the decimals would show 0), {@code 0.1}; below
     * 10⁻⁶ and from 10¹⁵ up in scientific notation: {@code 1.23×10⁻³²}, {@code 5.0×10⁻¹⁹} (the digits are the same).
     */
    public String format(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        String fast = digits > 0 ? decimals(x) : digits < 0 ? significant(x) : null;
        return fast != null ? grouped(fast) : exactly(x);
    }

    /** The thousands separator of a whole number of 1000 or more: {@code 2,021}. */
    public static final char GROUP = ',';

    /**
     * {@code number} (as this policy writes numbers: digits, maybe a minus sign U+2212 or '-') with its digits grouped
     * in threes by {@link #GROUP} when it is a whole number of 1000 or more: {@code 2021} → {@code 2,021},
     * {@code −12000} → {@code −12,000}; anything else (a decimal point, scientific notation, fewer digits) unchanged.
     */
    public static String grouped(String number) {
        int start = number.startsWith("\u2212") || number.startsWith("-") ? 1 : 0;
        int n = number.length() - start;
        if (n < 4) {
            return number;
        }
        for (int i = start; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return number;
            }
        }
        StringBuilder b = new StringBuilder(number.length() + n / 3).append(number, 0, start);
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % 3 == 0) {
                b.append(GROUP);
            }
            b.append(number.charAt(start + i));
        }
        return b.toString();
    }

    /** A count (of steps, iterations, examples) as shown: {@code 150}, {@code 2,000}. */
    public static String count(long n) {
        return grouped(Long.toString(n).replace('-', '\u2212'));
    }

    /**
     * {@link #format} by decimal arithmetic on the shortest decimal that reads back as {@code x} (the definition; slow,
     * and the answer wherever the fast paths decline).
     */
    String exactly(double x) {
        BigDecimal exact = BigDecimal.valueOf(x);
        BigDecimal shown;
        if (digits == 0) {
            shown = exact.stripTrailingZeros();
        } else if (digits < 0) {
            if (x == 0.0) {
                shown = BigDecimal.ZERO.setScale(-digits - 1);
            } else {
                shown = exact.round(new MathContext(-digits, RoundingMode.HALF_UP));
                shown = shown.setScale(shown.scale() + Math.max(0, -digits - shown.precision())); // 0.5 → 0.500
            }
        } else {
            shown = exact.setScale(digits, RoundingMode.HALF_UP);
            if (shown.signum() == 0 && x != 0.0) {
                shown = exact.round(new MathContext(2, RoundingMode.HALF_UP));
            }
        }
        if (shown.signum() == 0) {
            return shown.abs().setScale(Math.max(0, shown.scale())).toPlainString();
        }
        BigDecimal magnitude = shown.abs();
        String text;
        if (magnitude.compareTo(SMALL) < 0) {
            text = scientific(magnitude);
        } else if (magnitude.compareTo(LARGE) >= 0) { // the whole digits, less the fixed decimals' zeros
            text = scientific(digits > 0 ? magnitude.stripTrailingZeros() : magnitude);
        } else {
            text = magnitude.setScale(Math.max(0, magnitude.scale())).toPlainString();
        }
        return grouped(shown.signum() < 0 ? "\u2212" + text : text);
    }

    /** Below this magnitude a value is written in scientific notation. */
    private static final BigDecimal SMALL = new BigDecimal("1e-6");

    /** From this magnitude up a value is written in scientific notation. */
    private static final BigDecimal LARGE = new BigDecimal("1e15");

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /**
     * A positive decimal as m×10ⁿ with the digits it has ({@code 1.23E-32} → {@code 1.23×10⁻³²}, {@code 5.0E-19} →
     * {@code 5.0×10⁻¹⁹}): the notation of the precision policy and of the authors' formats.
     */
    public static String scientific(BigDecimal magnitude) {
        int exponent = magnitude.precision() - magnitude.scale() - 1; // 1.2E-7: precision 2, scale 8
        StringBuilder s = new StringBuilder(magnitude.movePointLeft(exponent).toPlainString()).append("×10");
        if (exponent < 0) {
            s.append('⁻');
        }
        String.valueOf(Math.abs(exponent)).chars().forEach(c -> s.append(SUPERSCRIPTS.charAt(c - '0')));
        return s.toString();
    }

    // The fast paths: |x|·10^k in double arithmetic (scaled below 1e8: an error under 1e-8), and the shortest decimal
    // of x within half an ulp of x (under 1e-8 once scaled): both far below TIE, so the shortest decimal rounds as the
    // scaled value does unless that is within TIE of a tie (…5), where the paths decline and exactly() decides.
    // PrecisionTest holds them to exactly() on millions of values, ties and their neighbours among them.

    /** How close to a tie a scaled value may come before the exact arithmetic decides. */
    private static final double TIE = 1e-6;

    /** Powers of ten that doubles hold exactly. */
    private static final double[] TEN = {
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16
    };

    /** Fixed decimals for 1e-3 ≤ |x| < 1e4 far from a tie, else null. */
    private String decimals(double x) {
        double a = Math.abs(x);
        if (!(a >= 1e-3 && a < 1e4)) { // a small value may round to zero (and then get significant digits)
            return null;
        }
        double scaled = a * TEN[digits];
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) < TIE) {
            return null;
        }
        long n = (long) whole + (fraction > 0.5 ? 1 : 0);
        if (n == 0) {
            return null;
        }
        return text(x < 0, n, digits);
    }

    /** Significant digits for 1e-6 < |x| < 1e9 far from a tie, else null (scientific notation is near 1e-6). */
    private String significant(double x) {
        double a = Math.abs(x);
        if (!(a > 1e-6 && a < 1e9)) {
            return null;
        }
        int sig = -digits;
        int exponent = exponent(a); // 10^exponent ≤ a < 10^(exponent+1)
        int shift = sig - 1 - exponent; // a·10^shift has sig digits before the point
        double scaled = shift >= 0 ? a * TEN[shift] : a / TEN[-shift];
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) < TIE || scaled < TEN[sig - 1] * (1 - TIE) || scaled >= TEN[sig] * (1 - TIE)) {
            return null; // near a tie, or the exponent is off by the rounding of a power of ten
        }
        long n = (long) whole + (fraction > 0.5 ? 1 : 0);
        if (n == (long) TEN[sig]) { // 999.6 → 1000: one more digit before the point, one fewer after
            n /= 10;
            shift--;
        }
        if (shift <= 0) { // a whole number: n followed by zeros
            return (x < 0 ? "\u2212" : "") + n + "0".repeat(-shift);
        }
        return text(x < 0, n, shift);
    }

    /** The e with 10^e ≤ a < 10^(e+1), for 1e-9 ≤ a < 1e9 (off by one only next to a power of ten, see above). */
    private static int exponent(double a) {
        int e = 0;
        if (a >= 1) {
            while (e < 8 && a >= TEN[e + 1]) {
                e++;
            }
        } else {
            while (e > -9 && a < 1 / TEN[-e]) {
                e--;
            }
        }
        return e;
    }

    /** {@code n / 10^decimals} written out, with the minus sign U+2212 when negative ({@code n > 0}). */
    private static String text(boolean negative, long n, int decimals) {
        String d = Long.toString(n);
        StringBuilder b = new StringBuilder(d.length() + decimals + 3);
        if (negative) {
            b.append('\u2212');
        }
        if (d.length() <= decimals) {
            b.append("0.").append("0".repeat(decimals - d.length())).append(d);
        } else {
            b.append(d, 0, d.length() - decimals).append('.').append(d, d.length() - decimals, d.length());
        }
        return b.toString();
    }

    /**
     * The number a text of this policy shows, exactly as shown ({@code −0.500} → −0.500, {@code 1.23×10⁻³²} →
     * 1.23E-32): what a page's script gets, to write the same text again.
     */
    public static BigDecimal shownValue(String shown) {
        String text = shown.replace('\u2212', '-').replace(String.valueOf(GROUP), "");
        int times = text.indexOf("×10");
        if (times < 0) {
            return new BigDecimal(text);
        }
        StringBuilder exponent = new StringBuilder();
        for (char c : text.substring(times + 3).toCharArray()) {
            exponent.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
        }
        return new BigDecimal(text.substring(0, times) + "E" + exponent);
    }

    /** The decimals shown, or empty for significant digits and {@link #EXACT} (the shortest decimal that reads back). */
    public OptionalInt decimals() {
        return digits > 0 ? OptionalInt.of(digits) : OptionalInt.empty();
    }

    /** The significant digits shown, or empty for fixed decimals and {@link #EXACT}. */
    public OptionalInt significant() {
        return digits < 0 ? OptionalInt.of(-digits) : OptionalInt.empty();
    }
}
