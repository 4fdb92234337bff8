package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.List;
import org.netdeck.math.Tex;
import org.netdeck.math.TextRun;
import org.netdeck.math.TextRuns;

/**
 * Diagram text with math in it: {@code "∂L/∂$w_1$ = −0.0134"}, where each {@code $…$} is TeX (a display label
 * such as {@code \hat{y}} or {@code x_1}). The math becomes runs of text with real subscripts and accents
 * ({@link TextRuns} walks the math package's tree), drawn as SVG {@code <tspan>}s by {@link SvgWriter}.
 */
final class RichText {

    /** How much smaller each script level is, down to {@link #SCRIPT_FLOOR}. */
    static final double SCRIPT_SCALE = 0.7;

    /**
     * The smallest size a sub- or superscript is set at, in viewBox units: the smallest text a diagram draws
     * ({@link NetworkGeometry#SMALLEST_SIZE}), which every figure renders at 11 CSS px or more on a 1366×768 stage; a
     * script of a text that small keeps its size and is only lowered or raised (as TeX's and MathML's script minimum
     * size keeps scripts readable).
     */
    static final double SCRIPT_FLOOR = NetworkGeometry.SMALLEST_SIZE;

    private RichText() {}

    /** {@code tex} as a math segment. */
    static String math(String tex) {
        return "$" + tex + "$";
    }

    /** Whether {@code text} holds a math segment. */
    static boolean hasMath(String text) {
        return text.indexOf('$') >= 0;
    }

    /**
     * The runs of {@code text}: plain parts as upright runs on the baseline, math parts as the translator flattens
     * them.
     */
    static List<TextRun> runs(String text) {
        return placed(text).stream().map(Placed::run).toList();
    }

    /** A run of a text, and where it starts in the text when it is a plain part (−1 for math). */
    record Placed(int from, TextRun run) {}

    /** {@link #runs} with where each plain part starts in {@code text}. */
    static List<Placed> placed(String text) {
        List<Placed> runs = new ArrayList<>();
        String[] parts = text.split("\\$", -1);
        int from = 0;
        for (int i = 0; i < parts.length; from += parts[i].length() + 1, i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            if (i % 2 == 0) {
                runs.add(new Placed(from, new TextRun(parts[i], false, List.of())));
            } else {
                TextRuns.of(Tex.parse(parts[i])).forEach(r -> runs.add(new Placed(-1, r)));
            }
        }
        return runs;
    }

    /** The text as characters only (scripts inline): for descriptions and width estimates. */
    static String plain(String text) {
        return hasMath(text) ? TextRuns.plain(runs(text)) : text;
    }

    /** The size of a run {@code levels} scripts deep in a text of size {@code size}: see {@link #SCRIPT_FLOOR}. */
    static double scriptSize(double size, int levels) {
        return levels == 0 ? size : Math.max(size * Math.pow(SCRIPT_SCALE, levels), Math.min(size, SCRIPT_FLOOR));
    }

    /** The estimated advance of {@code text} at font size {@code size}: scripts are narrower. */
    static double width(String text, double size) {
        if (!hasMath(text)) {
            return text.codePointCount(0, text.length()) * Label.CHAR_WIDTH * size;
        }
        double w = 0.0;
        for (TextRun r : runs(text)) {
            w += r.text().codePointCount(0, r.text().length())
                    * Label.CHAR_WIDTH
                    * scriptSize(size, r.scripts().size());
        }
        return w;
    }

    /** The visible length in characters, scripts counted in full (for wrapping). */
    static int length(String text) {
        String p = plain(text);
        return p.codePointCount(0, p.length());
    }
}
