package org.netdeck.diagram;

import java.util.List;

/** A filled arrowhead whose tip is at {@code tip}, pointing along {@code angle} (radians, 0 = right, y down). */
public record Arrow(Point tip, double angle, double size, List<String> classes) implements Mark {

    public Arrow {
        classes = List.copyOf(classes);
    }

    @Override
    public Arrow moved(double dx, double dy) {
        return new Arrow(tip.plus(dx, dy), angle, size, classes);
    }

    /** The three corners: the tip, then the two back corners. */
    public List<Point> corners() {
        double back = Math.PI - 0.45; // half-angle of the head ≈ 26°
        return List.of(
                tip,
                new Point(tip.x() + size * Math.cos(angle + back), tip.y() + size * Math.sin(angle + back)),
                new Point(tip.x() + size * Math.cos(angle - back), tip.y() + size * Math.sin(angle - back)));
    }
}
