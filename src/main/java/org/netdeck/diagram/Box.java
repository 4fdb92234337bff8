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

    /**
     * The parameters [t0, t1] of the part of the segment from {@code a} to {@code b} inside this box (Liang–Barsky
     * clipping); empty (t0 &gt; t1) when the segment misses it.
     */
    double[] clip(Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - x, right() - a.x(), a.y() - y, bottom() - a.y()};
        double t0 = 0;
        double t1 = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return new double[] {1, 0};
                }
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return new double[] {t0, t1};
    }
}
