package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.List;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.Precision;

/** The loss and its output gradient written out with numbers, one formula per {@link LossKind}. */
final class LossText {

    private LossText() {}

    /** The loss kind in words, e.g. {@code squared error}. */
    static String name(LossKind kind) {
        return kind.id().replace('_', ' ');
    }

    /** The general formula in the deck's notation (y the target, ŷ the prediction), e.g. {@code L = Σ (y − ŷ)²}. */
    static String formula(LossKind kind) {
        return "L = "
                + switch (kind) {
                    case SQUARED_ERROR -> "Σ (y − ŷ)²";
                    case HALF_SQUARED_ERROR -> "Σ ½(y − ŷ)²";
                    case MEAN_SQUARED_ERROR -> "(1/n) Σ (y − ŷ)²";
                    case BINARY_CROSS_ENTROPY -> "−Σ [y ln ŷ + (1 − y) ln(1 − ŷ)]";
                    case CATEGORICAL_CROSS_ENTROPY -> "−Σ y ln ŷ";
                };
    }

    /** One output's term with its numbers, e.g. {@code (1.000 − 0.690)²}. */
    static String term(LossKind kind, double t, double a) {
        String ts = operand(t);
        String as = operand(a);
        return switch (kind) {
            case SQUARED_ERROR, MEAN_SQUARED_ERROR -> "(" + ts + " − " + as + ")²";
            case HALF_SQUARED_ERROR -> "½(" + ts + " − " + as + ")²";
            case BINARY_CROSS_ENTROPY -> "−[" + ts + " ln " + as + " + (1 − " + ts + ") ln(1 − " + as + ")]";
            case CATEGORICAL_CROSS_ENTROPY -> "−" + ts + " ln " + as;
        };
    }

    /** A number inside a formula: parenthesised when negative, so {@code 1.000 − (−0.500)} reads right. */
    static String operand(double x) {
        String s = Numbers.value(x);
        return s.startsWith(Numbers.MINUS) ? "(" + s + ")" : s;
    }

    /**
     * The caption lines for the loss step: the general formula, then with one output
     * {@code L = (1.000 − 0.690)² = 0.096}, with several one line per output and the total.
     */
    static List<String> lines(
            LossKind kind, List<String> outputs, List<Double> targets, List<Double> predictions, double loss) {
        return lines(kind, outputs, targets, predictions, loss, 1, loss);
    }

    /**
     * The caption lines for the loss step of a run on {@code examples} examples: with one, as above; with several,
     * the terms are the first example's, whose own loss {@code exampleLoss} is written as such ({@code example 1 of
     * 4: ...}), followed by {@code L}, the mean of the examples' losses: the loss the run descends.
     */
    static List<String> lines(
            LossKind kind,
            List<String> outputs,
            List<Double> targets,
            List<Double> predictions,
            double exampleLoss,
            int examples,
            double loss) {
        int n = outputs.size();
        boolean set = examples > 1;
        // the line that totals one example: L itself with one example, the first example's own loss in a data set
        String total = set ? "example 1 of " + examples + ": " : "L = ";
        String own = Numbers.of(set ? exampleLoss : loss, Precision.LOSS);
        List<String> lines = new ArrayList<>();
        lines.add(name(kind) + ": " + formula(kind));
        if (n == 1) {
            String scale = kind == LossKind.MEAN_SQUARED_ERROR ? "(1/1) " : "";
            lines.add(total + scale + term(kind, targets.get(0), predictions.get(0)) + " = " + own);
        } else {
            for (int i = 0; i < n; i++) {
                lines.add(outputs.get(i) + ": " + term(kind, targets.get(i), predictions.get(i)) + " = "
                        + Numbers.of(kind.term(targets.get(i), predictions.get(i)), Precision.LOSS));
            }
            lines.add(total + sum(kind, n) + " = " + own);
        }
        if (set) {
            lines.add("L = mean of the " + examples + " examples' losses = " + Numbers.of(loss, Precision.LOSS));
        }
        return lines;
    }

    /** How {@code n} output terms make one example's loss: their sum, or a mean for {@code mean_squared_error}. */
    private static String sum(LossKind kind, int n) {
        return kind == LossKind.MEAN_SQUARED_ERROR ? "(1/" + n + ") × the sum" : "sum of the " + n + " terms";
    }

    /** The general output gradient, e.g. {@code ∂L/∂ŷ = −2(y − ŷ)}. */
    static String gradientFormula(LossKind kind) {
        return "∂L/∂ŷ = "
                + switch (kind) {
                    case SQUARED_ERROR -> "−2(y − ŷ)";
                    case HALF_SQUARED_ERROR -> "−(y − ŷ)";
                    case MEAN_SQUARED_ERROR -> "−(2/n)(y − ŷ)";
                    case BINARY_CROSS_ENTROPY -> "(ŷ − y) / (ŷ(1 − ŷ))";
                    case CATEGORICAL_CROSS_ENTROPY -> "−y / ŷ";
                };
    }

    /** One output's gradient with its numbers, e.g. {@code −2(1.000 − 0.690)}. */
    static String gradientTerm(LossKind kind, double t, double a, int n) {
        String ts = operand(t);
        String as = operand(a);
        return switch (kind) {
            case SQUARED_ERROR -> "−2(" + ts + " − " + as + ")";
            case HALF_SQUARED_ERROR -> "−(" + ts + " − " + as + ")";
            case MEAN_SQUARED_ERROR -> "−(2/" + n + ")(" + ts + " − " + as + ")";
            case BINARY_CROSS_ENTROPY -> "(" + as + " − " + ts + ") / (" + as + "(1 − " + as + "))";
            case CATEGORICAL_CROSS_ENTROPY -> "−" + ts + " / " + as;
        };
    }
}
