package org.netdeck.diagram;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netdeck.compute.Precision;

/**
 * What the network steps write about a softmax output layer, in the deck's notation (ŷ the probabilities, y the
 * target, z the weighted sums): the softmax itself, the probabilities adding up to 1, the loss of the true class and
 * why the output δ is ŷ − y.
 */
final class SoftmaxText {

    /** Classes listed one by one (probabilities, δ) up to this many; more are said in words. */
    static final int LISTED = 6;

    private SoftmaxText() {}

    /** {@code ŷᵢ = e^{zᵢ} / Σⱼ e^{zⱼ}}, as diagram text. */
    static String formula() {
        return text("{ŷi} = {e^zi} / {Σj} {e^zj}");
    }

    /**
     * The probabilities adding up: {@code 0.342 + 0.227 + 0.431 = 1} (with {@code (each rounded)} when the shown
     * values do not add up to 1.000 themselves), or for more than {@value #LISTED} outputs {@code the 8 add up to 1}.
     */
    static String sum(List<Double> probabilities) {
        if (probabilities.size() > LISTED) {
            return "the " + probabilities.size() + " add up to 1";
        }
        List<String> shown = probabilities.stream().map(Numbers::value).toList();
        BigDecimal total = BigDecimal.ZERO;
        for (String s : shown) {
            total = total.add(new BigDecimal(s.replace(Numbers.MINUS, "-")));
        }
        return String.join(" + ", shown) + " = 1" + (total.compareTo(BigDecimal.ONE) == 0 ? "" : " (each rounded)");
    }

    /** The index of the true class when {@code targets} is one-hot (one 1, the rest 0), else −1. */
    static int trueClass(List<Double> targets) {
        int found = -1;
        for (int i = 0; i < targets.size(); i++) {
            double t = targets.get(i);
            if (t == 1.0 && found < 0) {
                found = i;
            } else if (t != 0.0) {
                return -1;
            }
        }
        return found;
    }

    /**
     * The loss step's captions for a one-hot target whose true class is drawn as {@code label} with probability
     * {@code p}: the formula, what is left of it, the numbers; with a data set the first example's own loss, then the
     * mean the run descends.
     */
    static List<String> lossLines(String label, double p, double exampleLoss, int examples, double loss) {
        List<String> lines = new ArrayList<>();
        lines.add("categorical cross entropy: L = −Σ y ln ŷ; y is one-hot, so only the true class's term is left:"
                + " −ln ŷ of the true class");
        String numbers = "−ln " + label + " = −ln " + Numbers.value(p) + " = ";
        if (examples > 1) {
            lines.add("example 1 of " + examples + ", true class " + label + ": " + numbers
                    + Numbers.of(exampleLoss, Precision.LOSS));
            lines.add("L = mean of the " + examples + " examples' losses = " + Numbers.of(loss, Precision.LOSS));
        } else {
            lines.add("true class " + label + ": L = " + numbers + Numbers.of(loss, Precision.LOSS));
        }
        return lines;
    }

    /** Why δ = ∂L/∂z is ŷ − y: the chain through the softmax Jacobian, written out for output j. */
    static String jacobianLine() {
        return text("through the Jacobian, ∂{ŷi}/∂{zj} = {ŷi}(1 − {ŷj}) if i = j, else −{ŷi} {ŷj}:"
                + " ∂L/∂{zj} = {Σi} (−{yi}/{ŷi}) ∂{ŷi}/∂{zj} = −{yj}(1 − {ŷj}) + {Σi≠j} {yi} {ŷj}"
                + " = {ŷj} {Σi} {yi} − {yj} = {ŷj} − {yj}, as the targets add up to 1");
    }

    /** Each script-carrying symbol of the captions, as written between braces in {@link #text}, and its TeX. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("ŷi", "\\hat{y}_i"),
            Map.entry("ŷj", "\\hat{y}_j"),
            Map.entry("yi", "y_i"),
            Map.entry("yj", "y_j"),
            Map.entry("zi", "z_i"),
            Map.entry("zj", "z_j"),
            Map.entry("e^zi", "e^{z_i}"),
            Map.entry("e^zj", "e^{z_j}"),
            Map.entry("Σi", "\\Sigma_i"),
            Map.entry("Σj", "\\Sigma_j"),
            Map.entry("Σi≠j", "\\Sigma_{i \\ne j}"));

    /**
     * Caption text with each {@code {symbol}} of {@link #SYMBOLS} as a math segment of its own: the spaces and
     * operators between them stay plain text (a math segment's runs carry no spacing), and a caption wraps between
     * them.
     */
    private static String text(String template) {
        Matcher m = Pattern.compile("\\{([^{}]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tex = SYMBOLS.get(m.group(1));
            if (tex == null) {
                throw new IllegalArgumentException("no symbol " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(RichText.math(tex)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One output's δ: {@code ŷ₁ − y₁ = 0.342 − 1.000 = −0.658}. */
    static String delta(String label, String target, double a, double t, double delta) {
        return label + " − " + target + " = " + Numbers.value(a) + " − " + Numbers.exact(t) + " = "
                + Numbers.of(delta, Precision.GRADIENT);
    }
}
