package org.netdeck.math;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A formula as {@link Tex#parse} reads it: an immutable tree that {@link MathMl#render} writes as MathML
 * and {@link TextRuns#of} flattens into runs of text for SVG labels. Each kind maps to one MathML element.
 */
public sealed interface MathNode {

    /** A sequence, {@code <mrow>}. */
    record Row(List<MathNode> children) implements MathNode {
        public Row {
            children = List.copyOf(children);
        }

        static Row of(MathNode... children) {
            return new Row(List.of(children));
        }
    }

    /** An identifier, {@code <mi>}: a letter (italic), a function name, or upright ({@code \mathrm}, capital Greek). */
    record Identifier(String text, boolean upright) implements MathNode {
        public Identifier {
            Objects.requireNonNull(text);
        }
    }

    /** A number, {@code <mn>}; a negative one starts with the minus sign U+2212. */
    record Number(String text) implements MathNode {
        public Number {
            Objects.requireNonNull(text);
        }
    }

    /** An operator or delimiter, {@code <mo>}. */
    record Operator(String text, Fence fence, boolean stretchy) implements MathNode {
        public Operator {
            Objects.requireNonNull(text);
            Objects.requireNonNull(fence);
        }

        static Operator of(String text) {
            return new Operator(text, Fence.NONE, true);
        }
    }

    /** Where a delimiter stands: {@code \left} is OPEN, {@code \right} CLOSE, {@code \middle} MIDDLE. */
    enum Fence {
        NONE,
        OPEN,
        CLOSE,
        MIDDLE
    }

    /** Text, {@code <mtext>} ({@code \text{...}}). */
    record Text(String text) implements MathNode {
        public Text {
            Objects.requireNonNull(text);
        }
    }

    /** Horizontal space, {@code <mspace width>}, in em (negative for {@code \!}). */
    record Space(double em) implements MathNode {}

    /** A fraction, {@code <mfrac>}; without a bar for {@code \binom}. */
    record Fraction(MathNode numerator, MathNode denominator, boolean bar) implements MathNode {
        public Fraction {
            Objects.requireNonNull(numerator);
            Objects.requireNonNull(denominator);
        }
    }

    /** A root, {@code <msqrt>} or, with an index, {@code <mroot>}. */
    record Root(MathNode radicand, Optional<MathNode> index) implements MathNode {
        public Root {
            Objects.requireNonNull(radicand);
            Objects.requireNonNull(index);
        }
    }

    /** A base with a subscript, a superscript or both; {@link Limits} decides between scripts and limits. */
    record Scripts(MathNode base, Optional<MathNode> sub, Optional<MathNode> sup, Limits limits) implements MathNode {
        public Scripts {
            Objects.requireNonNull(base);
            Objects.requireNonNull(sub);
            Objects.requireNonNull(sup);
            Objects.requireNonNull(limits);
            if (sub.isEmpty() && sup.isEmpty()) {
                throw new IllegalArgumentException("scripts need a subscript or a superscript");
            }
        }
    }

    /**
     * How scripts are placed: always beside the base ({@code msub}, {@code \int}), under and over it in display
     * style only ({@code \sum}, {@code \max}), or always under and over ({@code \limits}, {@code \overset}).
     */
    enum Limits {
        SCRIPTS,
        DISPLAY,
        ALWAYS
    }

    /** An accent over ({@code <mover accent>}: {@code \hat}) or under ({@code <munder accentunder>}) its base. */
    record Accent(MathNode base, String mark, boolean over, boolean stretchy) implements MathNode {
        public Accent {
            Objects.requireNonNull(base);
            Objects.requireNonNull(mark);
        }
    }

    /** A matrix or an aligned block, {@code <mtable>}: rows of cells, in display style for aligned blocks. */
    record Table(List<List<MathNode>> rows, Align align, boolean display) implements MathNode {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Column alignment: centred (matrices), left (cases), or right/left pairs (aligned). */
    enum Align {
        CENTER,
        LEFT,
        PAIRS
    }

    /** A part in display or text style ({@code \dfrac}, {@code \tfrac}, {@code \displaystyle}), {@code <mstyle>}. */
    record Style(MathNode body, boolean display) implements MathNode {
        public Style {
            Objects.requireNonNull(body);
        }
    }

    /**
     * A part with a colour ({@code \color}, as {@code mathcolor}), a CSS class ({@code \class}) or a frame
     * ({@code \boxed}), {@code <mrow>} with attributes.
     */
    record Styled(MathNode body, Optional<String> color, Optional<String> cssClass, boolean boxed) implements MathNode {
        public Styled {
            Objects.requireNonNull(body);
            Objects.requireNonNull(color);
            Objects.requireNonNull(cssClass);
        }
    }

    /**
     * A number with the explanation a reader can open ({@code data-ref}, the value's name, and {@code data-formula},
     * its arithmetic): written as attributes of its {@code <mn>} (or of an {@code <mrow>} around anything else).
     */
    record Explained(MathNode body, String ref, String formula) implements MathNode {
        public Explained {
            Objects.requireNonNull(body);
            Objects.requireNonNull(ref);
            Objects.requireNonNull(formula);
        }
    }

    /**
     * A reference to a computed value, {@code {{ name | format }}}, at {@code offset} in the TeX; replace it with
     * {@link Tex#bind} before rendering.
     */
    record Reference(String source, int offset) implements MathNode {
        public Reference {
            Objects.requireNonNull(source);
        }
    }
}
