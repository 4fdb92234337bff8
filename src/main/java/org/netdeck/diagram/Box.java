package org.netdeck.diagram;

/** An axis-aligned rectangle: the estimated extent of a label. */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (!(width >= 0.0) || !(height >= 0.0)) {
            throw new IllegalArgumentException("negative box " + width + "×" + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    /** True when the interiors of the two boxes share some area. */
    public boolean overlaps(Box b) {
        return x < b.right() && b.x < right() && y < b.bottom() && b.y < bottom();
    }

    /** True when this box and the disc around {@code center} share some area. */
    public boolean overlaps(Point center, double radius) {
        double nx = Math.max(x, Math.min(center.x(), right())); // nearest point of the box to the centre
        double ny = Math.max(y, Math.min(center.y(), bottom()));
        return Math.hypot(center.x() - nx, center.y() - ny) < radius;
    }

    /** True when this box lies inside {@code outer}. */
    public boolean inside(Box outer) {
        return x >= outer.x && y >= outer.y && right() <= outer.right() && bottom() <= outer.bottom();
    }

    public Box moved(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    public Box grow(double by) {
        return new Box(x - by, y - by, width + 2 * by, height + 2 * by);
    }
}
