package org.netdeck.compute;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Display labels: how a neuron, weight, bias or layer is written in formulas and diagrams, in TeX. An
 * author may give one ({@code label: '\hat{y}'}); otherwise {@link #of} derives it from the name:
 * <ul>
 *   <li>trailing digits become a subscript: {@code x1} → {@code x_1}, {@code h12} → {@code h_{12}}
 *       ({@code h_2} too);</li>
 *   <li>a trailing {@code hat}, {@code bar}, {@code tilde} or {@code vec} after one letter or a Greek letter's
 *       name becomes an accent:
 *       {@code yhat} → {@code \hat{y}}, {@code xbar2} → {@code \bar{x}_2};</li>
 *   <li>a Greek letter's name becomes the letter: {@code sigma} → {@code \sigma}, {@code Delta} → {@code \Delta};</li>
 *   <li>any other base longer than one letter is upright: {@code out} → {@code \mathrm{out}},
 *       {@code out_a} → {@code \mathrm{out\_a}}.</li>
 * </ul>
 */
public final class Labels {

    private static final List<String> GREEK = List.of(
            "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
            "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", "Gamma", "Delta", "Theta",
            "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");
    private static final List<String> ACCENTS = List.of("hat", "bar", "tilde", "vec");
    private static final Pattern SHAPE = Pattern.compile("(.*?)_?([0-9]+)");

    private Labels() {}

    /** The default label of {@code name}, in TeX. */
    public static String of(String name) {
        String base = name;
        String subscript = "";
        Matcher m = SHAPE.matcher(name);
        if (m.matches() && !m.group(1).isEmpty()) {
            base = m.group(1);
            subscript = m.group(2).length() == 1 ? "_" + m.group(2) : "_{" + m.group(2) + "}";
        }
        String accent = null;
        for (String a : ACCENTS) {
            String stem = base.endsWith("_" + a)
                    ? base.substring(0, base.length() - a.length() - 1)
                    : base.endsWith(a) ? base.substring(0, base.length() - a.length()) : "";
            if (stem.codePointCount(0, stem.length()) == 1 && Character.isLetter(stem.codePointAt(0))
                    || GREEK.contains(stem)) {
                accent = a;
                base = stem;
                break;
            }
        }
        String symbol = symbol(base);
        return (accent == null ? symbol : "\\" + accent + "{" + symbol + "}") + subscript;
    }

    /** One letter as itself, a Greek letter's name as the letter, anything else upright. */
    private static String symbol(String base) {
        if (GREEK.contains(base)) {
            return "\\" + base;
        }
        if (base.codePointCount(0, base.length()) == 1 && Character.isLetter(base.codePointAt(0))) {
            return base;
        }
        return "\\mathrm{" + base.replace("_", "\\_") + "}";
    }
}
