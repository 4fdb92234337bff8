package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts edge labels where they overlap no other label and no neuron, greedily, trying points along each
 * edge from its middle outward. Boxes are estimated ({@link Label#box()}), so the result does not depend on fonts.
 */
final class LabelPlacer {

    /** Fractions of an edge's length tried in turn: the middle first, then outward. */
    private static final double[] TRIES = {0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85};
    private static final double PAD = 1.5;

    private final Box bounds;
    private final List<Circle> neurons;
    private final List<Box> taken = new ArrayList<>();

    /** A placer that keeps clear of {@code fixed} labels, of {@code neurons}, and of the boxes {@code obstacles}. */
    LabelPlacer(Box bounds, List<Circle> neurons, List<Label> fixed, List<Box> obstacles) {
        this.bounds = bounds.grow(-2);
        this.neurons = List.copyOf(neurons);
        fixed.forEach(l -> taken.add(l.box().grow(PAD)));
        taken.addAll(obstacles);
    }

    /** A label for {@code text} on {@code edge}, or null when no tried point is free. */
    Label place(String text, Line edge, double size, List<String> classes) {
        for (double t : TRIES) {
            Point p = edge.at(t);
            Label label = new Label(text, new Point(p.x(), p.y() + 0.3 * size), Anchor.MIDDLE, size, false, "", classes);
            Box box = label.box().grow(PAD);
            if (box.inside(bounds) && taken.stream().noneMatch(box::overlaps)
                    && neurons.stream().noneMatch(c -> box.overlaps(c.center(), c.radius() + 1))) {
                taken.add(box);
                return label;
            }
        }
        return null;
    }
}
