package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netdeck.compute.Explanation;

/**
 * A line of text whose baseline passes through {@code at}, aligned there by {@code anchor}. {@code owner}
 * names the neuron the label is written inside (empty otherwise). Its extent is estimated, never measured:
 * {@link #CHAR_WIDTH} em per character, so layouts do not depend on installed fonts. {@code refs} are the numbers of
 * its text that show engine values ({@link DiagramRefs}), in the order they are written; none for a label that
 * explains nothing.
 */
public record Label(
        String text,
        Point at,
        Anchor anchor,
        double size,
        boolean bold,
        String owner,
        List<String> classes,
        List<Ref> refs)
        implements Mark {

    /**
     * A number of the label's text that shows an engine value: it starts at {@code at} in {@link #text()} (outside its
     * math) and reads {@code number}; {@code name} is the value's name and {@code formula} its substituted arithmetic.
     * {@code own} is the explanation of a value the figure computes itself (the landscape key's ends), named within
     * its diagram; empty for the engine's values.
     */
    public record Ref(int at, String number, String name, String formula, Optional<Explanation> own) {

        public Ref(int at, String number, String name, String formula) {
            this(at, number, name, formula, Optional.empty());
        }
    }

    /** Estimated advance of one character, in em (generous for digits and Latin letters in sans-serif fonts). */
    public static final double CHAR_WIDTH = 0.6;

    /** A label that explains no value. */
    public Label(String text, Point at, Anchor anchor, double size, boolean bold, String owner, List<String> classes) {
        this(text, at, anchor, size, bold, owner, classes, List.of());
    }

    public Label {
        classes = List.copyOf(classes);
        refs = List.copyOf(refs);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty label");
        }
    }

    @Override
    public Label moved(double dx, double dy) {
        return new Label(text, at.plus(dx, dy), anchor, size, bold, owner, classes, refs);
    }

    /** The same label with other text (a value that a page script rewrites). */
    public Label withText(String other, List<String> moreClasses) {
        List<String> all = new ArrayList<>(classes);
        all.addAll(moreClasses);
        return new Label(other, at, anchor, size, bold, owner, all, refs);
    }

    /** The same label with its numbers {@code marked} as the values they show. */
    public Label explained(List<Ref> marked) {
        return new Label(text, at, anchor, size, bold, owner, classes, marked);
    }

    /** Estimated width of {@code text} at font size {@code size}. */
    public static double width(String text, double size) {
        return RichText.width(text, size); // math segments ($x_1$) count their scripts smaller
    }

    /** The estimated box: ascent 0.8 em above the baseline, descent 0.25 em below. */
    public Box box() {
        return box(width(text, size));
    }

    /** {@link #box()} for the width {@code w} of this label's text, estimated already. */
    Box box(double w) {
        double left = switch (anchor) {
            case START -> at.x();
            case MIDDLE -> at.x() - w / 2;
            case END -> at.x() - w;
        };
        return new Box(left, at.y() - 0.8 * size, w, 1.05 * size);
    }
}
