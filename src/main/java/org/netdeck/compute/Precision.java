package org.netdeck.compute;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalInt;

/**
 * The one precision policy: how each kind of quantity is shown, in the prose, in formulas and in the diagrams
 * alike, unless an author writes a format ({@code {{ yhat | 0.00 }}}). Values and parameters get a fixed number
 * of decimals (a value that is not zero but would round to zero gets two significant digits instead);
 * gradients and losses, whose size varies over orders of magnitude, get three significant digits.
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
     * {@code −0.1243}, {@code 0.000043} (two significant digits when the decimals would show 0), {@code 0.1}.
     */
    public String format(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
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
        if (shown.scale() < 0) {
            shown = shown.setScale(0);
        }
        if (shown.signum() == 0) {
            return shown.abs().toPlainString();
        }
        return shown.signum() < 0 ? "\u2212" + shown.abs().toPlainString() : shown.toPlainString();
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
