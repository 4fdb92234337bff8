package org.netdeck.math;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netdeck.math.MathNode.Accent;
import org.netdeck.math.MathNode.Fraction;
import org.netdeck.math.MathNode.Identifier;
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
import org.netdeck.math.TextRun.Script;

/**
 * A formula flattened into {@link TextRun}s for places without MathML, such as SVG labels drawn with
 * {@code <tspan>}: accents become combining marks (ŷ, x̄), scripts become lowered or raised runs, a fraction
 * becomes a/b. Neighbouring runs of the same kind are merged.
 *
 * <pre>{@code
 * TextRuns.of(Tex.parse("\\hat{y}"))  // [TextRun[text=ŷ, italic=true, scripts=[]]]
 * TextRuns.of(Tex.parse("w_3"))       // [w italic on the baseline, 3 upright in [SUB]]
 * }</pre>
 */
public final class TextRuns {

    private static final Map<String, String> COMBINING = Map.ofEntries(
            Map.entry("ˆ", "\u0302"),
            Map.entry("¯", "\u0304"),
            Map.entry("‾", "\u0305"),
            Map.entry("→", "\u20D7"),
            Map.entry("˜", "\u0303"),
            Map.entry("˙", "\u0307"),
            Map.entry("¨", "\u0308"),
            Map.entry("ˇ", "\u030C"),
            Map.entry("˘", "\u0306"),
            Map.entry("´", "\u0301"),
            Map.entry("`", "\u0300"),
            Map.entry("_", "\u0332"),
            Map.entry("←", "\u20D6"));

    private final List<TextRun> runs = new ArrayList<>();

    private TextRuns() {}

    /** {@code node} as runs of text; a {@link Reference} shows as written. */
    public static List<TextRun> of(MathNode node) {
        TextRuns t = new TextRuns();
        t.add(node, List.of());
        return List.copyOf(t.runs);
    }

    /** The runs' text joined, scripts inline: "ŷ", "x1", "zh1". */
    public static String plain(List<TextRun> runs) {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.text()));
        return b.toString();
    }

    private void add(MathNode node, List<Script> at) {
        if (node instanceof Row r) {
            r.children().forEach(c -> add(c, at));
        } else if (node instanceof Identifier id) {
            append(
                    id.text(),
                    !id.upright()
                            && id.text().codePointCount(0, id.text().length()) == 1
                            && Character.isLetter(id.text().codePointAt(0)),
                    at);
        } else if (node instanceof Number n) {
            append(n.text(), false, at);
        } else if (node instanceof Operator o) {
            append(o.text().equals("\u2061") ? "" : o.text(), false, at);
        } else if (node instanceof Text t) {
            append(t.text().replace('\u00A0', ' '), false, at);
        } else if (node instanceof Space s) {
            append(s.em() > 0.2 ? " " : "", false, at);
        } else if (node instanceof Fraction f) {
            add(f.numerator(), at);
            append("/", false, at);
            add(f.denominator(), at);
        } else if (node instanceof Root r) {
            append("√(", false, at);
            add(r.radicand(), at);
            append(")", false, at);
        } else if (node instanceof Scripts s) {
            add(s.base(), at);
            s.sub().ifPresent(x -> add(x, with(at, Script.SUB)));
            s.sup().ifPresent(x -> add(x, with(at, Script.SUPER)));
        } else if (node instanceof Accent a) {
            add(a.base(), at);
            String mark = COMBINING.get(a.mark());
            if (mark != null && !runs.isEmpty()) {
                TextRun last = runs.remove(runs.size() - 1);
                runs.add(new TextRun(
                        Normalizer.normalize(last.text() + mark, Normalizer.Form.NFC), last.italic(), last.scripts()));
            }
        } else if (node instanceof Table t) {
            for (int r = 0; r < t.rows().size(); r++) {
                if (r > 0) {
                    append("; ", false, at);
                }
                t.rows().get(r).forEach(c -> add(c, at));
            }
        } else if (node instanceof Style s) {
            add(s.body(), at);
        } else if (node instanceof MathNode.Explained e) {
            add(e.body(), at);
        } else if (node instanceof Styled s) {
            add(s.body(), at);
        } else if (node instanceof Reference r) {
            append(r.source(), false, at);
        }
    }

    private static List<Script> with(List<Script> at, Script s) {
        List<Script> l = new ArrayList<>(at);
        l.add(s);
        return l;
    }

    private void append(String text, boolean italic, List<Script> at) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty()) {
            TextRun last = runs.get(runs.size() - 1);
            if (last.italic() == italic && last.scripts().equals(at)) {
                runs.set(runs.size() - 1, new TextRun(last.text() + text, italic, at));
                return;
            }
        }
        runs.add(new TextRun(text, italic, at));
    }
}
