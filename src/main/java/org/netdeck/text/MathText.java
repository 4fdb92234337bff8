package org.netdeck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.math.MathMl;
import org.netdeck.math.MathNode;
import org.netdeck.math.Tex;
import org.netdeck.math.TexException;

/** Math in slides: checking a formula (TeX and the references in it) and writing it as MathML. */
final class MathText {

    /** The space before a note after a number in math, in em: a word space. */
    private static final double NOTE_SPACE = 0.2778;

    private MathText() {}

    /** A problem at {@code offset} in the TeX. */
    record Issue(int offset, String message) {}

    /** What is wrong with {@code tex}: the first TeX problem, or every bad reference in it. */
    static List<Issue> check(String tex, Namespace values, NetworkSpec spec) {
        MathNode node;
        try {
            node = Tex.parse(tex);
        } catch (TexException e) {
            return List.of(new Issue(e.offset(), e.getMessage()));
        }
        List<Issue> issues = new ArrayList<>();
        for (MathNode.Reference r : Tex.references(node)) {
            SlideText.check(r.source(), true, ValueReference.parse(r.source()), values, spec)
                    .ifPresent(m -> issues.add(new Issue(r.offset(), m)));
        }
        return issues;
    }

    /**
     * Each reference of {@code tex} (checked: no {@link #check} issues) that shows a last value of a run that does not
     * settle ({@link Namespace#unsettled}), at its offset: the warnings of one formula.
     */
    static List<Issue> unsettled(String tex, Namespace values) {
        List<Issue> warnings = new ArrayList<>();
        for (MathNode.Reference r : Tex.references(Tex.parse(tex))) {
            ValueReference.parse(r.source())
                    .flatMap(w -> values.unsettled(w.name()))
                    .ifPresent(m -> warnings.add(new Issue(r.offset(), m)));
        }
        return warnings;
    }

    /**
     * {@code tex}, checked, as a {@code <math>} element, each reference replaced by its number in an {@code <mn>} (a
     * {@code steps_to} count past its run's plotted steps followed by the note {@code <mtext>(past the 2,000 plotted
     * steps)</mtext>}, as in prose).
     */
    static String mathMl(String tex, boolean display, Namespace values) {
        MathNode node = Tex.bind(Tex.parse(tex), r -> {
            ValueReference.Written w = ValueReference.parse(r.source()).orElseThrow();
            Optional<MathNode> formula = values.formulaNode(w.name()); // label.yhat, chain.w1, ...: a formula in place
            if (formula.isPresent()) {
                return formula.get();
            }
            MathNode number = Tex.number(ValueReference.formatted(w, values));
            MathNode shown = values.explained(w.name())
                    .<MathNode>map(e -> new MathNode.Explained(number, e.ref(), e.formula()))
                    .orElse(number);
            // a steps_to count past its run's plotted steps says so in math as in prose: "3,441 (past the 2,000
            // plotted steps)", the note as text after the number
            return values.pastPlotted(w.name())
                    .<MathNode>map(note -> new MathNode.Row(
                            List.of(shown, new MathNode.Space(NOTE_SPACE), new MathNode.Text(note.strip()))))
                    .orElse(shown);
        });
        return MathMl.render(node, display);
    }

    static Optional<String> unclosed() {
        return Optional.of("'$$' is not closed in its paragraph; end display math with '$$' (it cannot span a"
                + " blank line; use a ```math fence for that), or write '\\$' for a literal dollar");
    }
}
