package org.netdeck.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netdeck.compute.Precision;

/**
 * How a reference prints its number: the part after {@code |} in {@code {{ loss | 0.000 }}}.
 * Rounding is half-up on the value as {@code full} shows it (so 2.675 with {@code 0.00} is 2.68);
 * negatives take the minus sign "−" (U+2212), and nothing prints as "−0".
 *
 * <pre>{@code ValueFormat.parse("percent1").orElseThrow().format(0.784, false)  // "78.4%"}</pre>
 */
public record ValueFormat(Kind kind, int digits) {

    /** The kinds of format; {@code digits} means decimals (fixed, percent) or significant digits. */
    public enum Kind {
        DEFAULT,
        FIXED,
        INT,
        PERCENT,
        SIGNIFICANT,
        FULL
    }

    /** No format written: 4 significant digits, trailing zeros dropped; counts print as whole numbers. */
    public static final ValueFormat DEFAULT = new ValueFormat(Kind.DEFAULT, 4);

    private static final Pattern FIXED = Pattern.compile("0(?:\\.(0{1,8}))?");
    private static final Pattern SIG = Pattern.compile("sig([2-6])");
    private static final BigDecimal SMALL = new BigDecimal("1e-6");
    private static final BigDecimal LARGE = new BigDecimal("1e15");

    public ValueFormat {
        Objects.requireNonNull(kind, "kind");
        if (digits < 0) {
            throw new IllegalArgumentException("digits must be >= 0: " + digits);
        }
    }

    /** Every format an author may write, for error messages. */
    public static List<String> names() {
        return List.of(
                "0.0",
                "0.00",
                "0.000",
                "0.0000",
                "int",
                "percent",
                "percent1",
                "sig2",
                "sig3",
                "sig4",
                "sig5",
                "sig6",
                "full");
    }

    /** The format written as {@code spec}, or empty when there is none by that name. */
    public static Optional<ValueFormat> parse(String spec) {
        Matcher fixed = FIXED.matcher(spec);
        if (fixed.matches()) {
            return Optional.of(new ValueFormat(
                    Kind.FIXED, fixed.group(1) == null ? 0 : fixed.group(1).length()));
        }
        Matcher sig = SIG.matcher(spec);
        if (sig.matches()) {
            return Optional.of(new ValueFormat(Kind.SIGNIFICANT, Integer.parseInt(sig.group(1))));
        }
        return switch (spec) {
            case "int" -> Optional.of(new ValueFormat(Kind.INT, 0));
            case "percent" -> Optional.of(new ValueFormat(Kind.PERCENT, 0));
            case "percent1" -> Optional.of(new ValueFormat(Kind.PERCENT, 1));
            case "full" -> Optional.of(new ValueFormat(Kind.FULL, 0));
            default -> Optional.empty();
        };
    }

    /** {@code value} as text; {@code integer} says the value is a count (it matters only to the default format). */
    public String format(double value, boolean integer) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        BigDecimal exact = BigDecimal.valueOf(value); // the shortest decimal that reads back as value
        return switch (kind) {
            case DEFAULT ->
                integer
                        ? text(exact.setScale(0, RoundingMode.HALF_UP), false)
                        : text(significant(exact, digits).stripTrailingZeros(), true);
            case FIXED -> text(exact.setScale(digits, RoundingMode.HALF_UP), false);
            case INT -> text(exact.setScale(0, RoundingMode.HALF_UP), false);
            case PERCENT -> text(exact.movePointRight(2).setScale(digits, RoundingMode.HALF_UP), false) + "%";
            case SIGNIFICANT -> text(significant(exact, digits), true);
            case FULL -> text(exact.stripTrailingZeros(), true);
        };
    }

    private static BigDecimal significant(BigDecimal value, int digits) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO.setScale(digits - 1); // 0 with sig3 is 0.00
        }
        BigDecimal rounded = value.round(new MathContext(digits, RoundingMode.HALF_UP));
        // 1.0 has two significant digits; sig3 pads it to 1.00
        return rounded.setScale(rounded.scale() + Math.max(0, digits - rounded.precision()));
    }

    /** Plain digits with "−" for negatives; {@code scientific} allows m×10ⁿ for magnitudes below 10⁻⁶ or from 10¹⁵. */
    private static String text(BigDecimal value, boolean scientific) {
        if (value.signum() == 0) {
            return value.scale() > 0 ? value.abs().toPlainString() : "0";
        }
        BigDecimal magnitude = value.abs();
        String digits;
        if (scientific && (magnitude.compareTo(SMALL) < 0 || magnitude.compareTo(LARGE) >= 0)) {
            digits = Precision.scientific(magnitude);
        } else {
            digits = Precision.grouped(magnitude.toPlainString()); // 2021 → 2,021 (a whole number only)
        }
        return value.signum() < 0 ? "\u2212" + digits : digits;
    }
}
