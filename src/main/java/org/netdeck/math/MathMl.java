package org.netdeck.math;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import org.netdeck.math.MathNode.Accent;
import org.netdeck.math.MathNode.Fence;
import org.netdeck.math.MathNode.Fraction;
import org.netdeck.math.MathNode.Identifier;
import org.netdeck.math.MathNode.Limits;
import org.netdeck.math.MathNode.Number;
import org.netdeck.math.MathNode.Operator;
import org.netdeck.math.MathNode.Reference;
import org.netdeck.math.MathNode.Root;
import org.netdeck.math.MathNode.Row;
import org.netdeck.math.MathNode.Scripts;
import org.netdeck.math.MathNode.Space;
import org.netdeck.math.MathNode.Style;
import org.netdeck.math.MathNode.Styled;
import org.netdeck.math.MathNode.Table;
import org.netdeck.math.MathNode.Text;

/**
 * Writes a {@link MathNode} as MathML Core for embedding in HTML: {@code <math>} for inline math,
 * {@code <math display="block">} for display math. Limits go under and over large operators in display style
 * only; aligned blocks are tables in display style with right/left column pairs.
 *
 * <pre>{@code MathMl.render(Tex.parse("x_1"), false)  // <math><msub><mi>x</mi><mn>1</mn></msub></math>}</pre>
 */
public final class MathMl {

    private final StringBuilder out = new StringBuilder();

    private MathMl() {}

    /** {@code node} as a {@code <math>} element; it must hold no unbound {@link Reference} (see {@link Tex#bind}). */
    public static String render(MathNode node, boolean display) {
        MathMl m = new MathMl();
        m.out.append(display ? "<math display=\"block\">" : "<math>");
        m.children(node, display);
        m.out.append("</math>");
        return m.out.toString();
    }

    /** A row's children written in place (math, mtd, msqrt and mstyle are rows already), anything else as is. */
    private void children(MathNode node, boolean display) {
        if (node instanceof Row r) {
            r.children().forEach(c -> write(c, display));
        } else {
            write(node, display);
        }
    }

    private void write(MathNode node, boolean display) {
        if (node instanceof Row r) {
            if (r.children().size() == 1) {
                write(r.children().get(0), display);
            } else {
                open("mrow");
                children(r, display);
                close("mrow");
            }
        } else if (node instanceof Identifier id) {
            out.append(id.upright() ? "<mi mathvariant=\"normal\">" : "<mi>");
            text(id.text());
            close("mi");
        } else if (node instanceof Number n) {
            open("mn");
            text(n.text());
            close("mn");
        } else if (node instanceof Operator o) {
            operator(o);
        } else if (node instanceof Text t) {
            open("mtext");
            text(t.text());
            close("mtext");
        } else if (node instanceof Space s) {
            out.append("<mspace width=\"").append(em(s.em())).append("\"></mspace>");
        } else if (node instanceof Fraction f) {
            out.append(f.bar() ? "<mfrac>" : "<mfrac linethickness=\"0\">");
            write(f.numerator(), false);
            write(f.denominator(), false);
            close("mfrac");
        } else if (node instanceof Root r) {
            if (r.index().isPresent()) {
                open("mroot");
                write(r.radicand(), display);
                write(r.index().get(), false);
                close("mroot");
            } else {
                open("msqrt");
                children(r.radicand(), display);
                close("msqrt");
            }
        } else if (node instanceof Scripts s) {
            scripts(s, display);
        } else if (node instanceof Accent a) {
            String tag = a.over() ? "mover" : "munder";
            out.append('<').append(tag).append(a.over() ? " accent=\"true\">" : " accentunder=\"true\">");
            write(a.base(), display);
            out.append(a.stretchy() ? "<mo>" : "<mo stretchy=\"false\">");
            text(a.mark());
            close("mo");
            close(tag);
        } else if (node instanceof Table t) {
            table(t);
        } else if (node instanceof Style s) {
            out.append("<mstyle displaystyle=\"").append(s.display()).append("\">");
            children(s.body(), s.display());
            close("mstyle");
        } else if (node instanceof MathNode.Explained e) {
            boolean number = e.body() instanceof Number;
            out.append(number ? "<mn" : "<mrow");
            attribute("data-ref", e.ref());
            attribute("data-formula", e.formula());
            out.append('>');
            if (e.body() instanceof Number n) {
                text(n.text());
                close("mn");
            } else {
                children(e.body(), display);
                close("mrow");
            }
        } else if (node instanceof Styled s) {
            out.append("<mrow");
            s.cssClass().ifPresent(c -> attribute("class", c));
            s.color().ifPresent(c -> attribute("mathcolor", c));
            if (s.boxed()) {
                attribute("style", "border: 1px solid; padding: 0.2em 0.3em");
            }
            out.append('>');
            children(s.body(), display);
            close("mrow");
        } else if (node instanceof Reference r) {
            throw new IllegalStateException("unbound reference " + r.source() + "; call Tex.bind first");
        } else {
            throw new IllegalStateException("unknown node " + node);
        }
    }

    private void operator(Operator o) {
        out.append("<mo");
        switch (o.fence()) {
            case OPEN -> out.append(" fence=\"true\" form=\"prefix\"");
            case CLOSE -> out.append(" fence=\"true\" form=\"postfix\"");
            case MIDDLE -> out.append(" fence=\"true\" form=\"infix\"");
            default -> {}
        }
        if (!o.stretchy()) {
            out.append(" stretchy=\"false\"");
        } else if (o.fence() != Fence.NONE) {
            out.append(" stretchy=\"true\"");
        }
        out.append('>');
        text(o.text());
        close("mo");
    }

    private void scripts(Scripts s, boolean display) {
        boolean limits = s.limits() == Limits.ALWAYS || s.limits() == Limits.DISPLAY && display;
        String tag = s.sub().isPresent() && s.sup().isPresent()
                ? (limits ? "munderover" : "msubsup")
                : s.sub().isPresent() ? (limits ? "munder" : "msub") : (limits ? "mover" : "msup");
        open(tag);
        write(s.base(), display);
        s.sub().ifPresent(x -> write(x, false));
        s.sup().ifPresent(x -> write(x, false));
        close(tag);
    }

    private void table(Table t) {
        out.append(t.display() ? "<mtable displaystyle=\"true\">" : "<mtable>");
        for (List<MathNode> row : t.rows()) {
            open("mtr");
            for (int c = 0; c < row.size(); c++) {
                out.append("<mtd");
                switch (t.align()) {
                    case LEFT -> attribute("style", "text-align: left");
                    case PAIRS ->
                        attribute(
                                "style",
                                c % 2 == 0
                                        ? "text-align: right; padding-right: 0"
                                        : "text-align: left; padding-left: 0");
                    default -> {}
                }
                out.append('>');
                children(row.get(c), t.display());
                close("mtd");
            }
            close("mtr");
        }
        close("mtable");
    }

    private void open(String tag) {
        out.append('<').append(tag).append('>');
    }

    private void close(String tag) {
        out.append("</").append(tag).append('>');
    }

    private void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        text(value);
        out.append('"');
    }

    /** {@code text} escaped, in Unicode Normalization Form C as HTML wants it. */
    private void text(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    private static String em(double em) {
        return new BigDecimal(Double.toString(em)).stripTrailingZeros().toPlainString() + "em";
    }
}
