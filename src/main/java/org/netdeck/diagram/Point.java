package org.netdeck.diagram;

/** A position in the diagram's user space (y grows downward, as in SVG). */
public record Point(double x, double y) {

    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distance(Point p) {
        return Math.hypot(p.x - x, p.y - y);
    }

    /** The point a fraction {@code t} of the way from here to {@code p}. */
    public Point toward(Point p, double t) {
        return new Point(x + (p.x - x) * t, y + (p.y - y) * t);
    }
}
