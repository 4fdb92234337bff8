package org.netdeck.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.netdeck.math.MathNode.Accent;
import org.netdeck.math.MathNode.Fraction;
import org.netdeck.math.MathNode.Reference;
import org.netdeck.math.MathNode.Root;
import org.netdeck.math.MathNode.Row;
import org.netdeck.math.MathNode.Scripts;
import org.netdeck.math.MathNode.Style;
import org.netdeck.math.MathNode.Styled;
import org.netdeck.math.MathNode.Table;

/**
 * Reads the TeX subset into a {@link MathNode} tree.
 *
 * <pre>{@code
 * MathNode f = Tex.parse("\\frac{\\partial L}{\\partial w_3}");
 * String html = MathMl.render(f, true);           // <math display="block"><mfrac>...</mfrac></math>
 * List<TextRun> runs = TextRuns.of(Tex.parse("z_{h_1}"));  // "z", then "h" and "1" lowered
 * }</pre>
 */
public final class Tex {

    private static final Set<String> COMMANDS;

    static {
        Set<String> all = new TreeSet<>();
        all.addAll(Symbols.SYMBOLS.keySet());
        all.addAll(Symbols.LARGE.keySet());
        all.addAll(Symbols.FUNCTIONS);
        all.addAll(Symbols.ACCENTS.keySet());
        all.addAll(TexParser.STRUCTURE);
        Symbols.SPACES.keySet().stream()
                .filter(k -> k.chars().allMatch(Character::isLetter))
                .forEach(all::add);
        COMMANDS = Set.copyOf(all);
    }

    private Tex() {}

    /**
     * The formula {@code tex} as a tree. Throws {@link TexException} with the offset of the first problem:
     * an unknown command or environment, an unbalanced brace, a missing argument, {@code \left} without
     * {@code \right}, mismatched {@code \begin}/{@code \end}. A {@code {{ … }}} becomes a {@link Reference}.
     */
    public static MathNode parse(String tex) {
        Row row = new TexParser(tex).parse();
        return row.children().size() == 1 ? row.children().get(0) : row;
    }

    /** The names of every supported command, without the backslash, sorted. */
    public static Set<String> commands() {
        return new TreeSet<>(COMMANDS);
    }

    /** The supported environments ({@code \begin{name}}), sorted. */
    public static Set<String> environments() {
        return new TreeSet<>(TexParser.ENVIRONMENTS);
    }

    /** Every {@code {{ reference }}} in {@code node}, in reading order. */
    public static List<Reference> references(MathNode node) {
        List<Reference> found = new ArrayList<>();
        bind(node, r -> {
            found.add(r);
            return r;
        });
        return List.copyOf(found);
    }

    /**
     * {@code node} with each reference replaced by {@code values.apply(reference)}, typically a
     * {@link MathNode.Number}.
     */
    public static MathNode bind(MathNode node, Function<Reference, MathNode> values) {
        if (node instanceof Reference r) {
            return values.apply(r);
        }
        if (node instanceof Row r) {
            return new Row(r.children().stream().map(c -> bind(c, values)).toList());
        }
        if (node instanceof Fraction f) {
            return new Fraction(bind(f.numerator(), values), bind(f.denominator(), values), f.bar());
        }
        if (node instanceof Root r) {
            return new Root(bind(r.radicand(), values), r.index().map(x -> bind(x, values)));
        }
        if (node instanceof Scripts s) {
            return new Scripts(
                    bind(s.base(), values),
                    s.sub().map(x -> bind(x, values)),
                    s.sup().map(x -> bind(x, values)),
                    s.limits());
        }
        if (node instanceof Accent a) {
            return new Accent(bind(a.base(), values), a.mark(), a.over(), a.stretchy());
        }
        if (node instanceof Table t) {
            return new Table(
                    t.rows().stream()
                            .map(row -> row.stream().map(c -> bind(c, values)).toList())
                            .toList(),
                    t.align(),
                    t.display());
        }
        if (node instanceof Style s) {
            return new Style(bind(s.body(), values), s.display());
        }
        if (node instanceof Styled s) {
            return new Styled(bind(s.body(), values), s.color(), s.cssClass(), s.boxed());
        }
        if (node instanceof MathNode.Explained e) {
            return new MathNode.Explained(bind(e.body(), values), e.ref(), e.formula());
        }
        return node; // leaves
    }

    /**
     * A number as a node: a leading '-' or '−' becomes the minus sign U+2212 inside the {@code <mn>}; a number in
     * scientific notation ({@code 1.23×10⁻³²}, as netdeck writes small and large values) is typeset as
     * {@code 1.23 \times 10^{-32}} is.
     */
    public static MathNode number(String text) {
        if (text.indexOf('×') >= 0) {
            return parse(tex(text));
        }
        return new MathNode.Number(text.startsWith("-") ? "−" + text.substring(1) : text);
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /**
     * A number as netdeck writes it, in TeX: {@code −1.23×10⁻³²} → {@code -1.23 \times 10^{-32}}, {@code −0.5} →
     * {@code -0.5} (an ASCII minus, which the translator typesets as the minus sign).
     */
    public static String tex(String number) {
        String text = number.replace('\u2212', '-');
        int times = text.indexOf("×10");
        if (times < 0) {
            return text;
        }
        StringBuilder exponent = new StringBuilder();
        for (char c : text.substring(times + 3).toCharArray()) {
            exponent.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
        }
        return text.substring(0, times) + " \\times 10^{" + exponent + "}";
    }
}
