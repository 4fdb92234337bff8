package org.netdeck.diagram;

import java.util.List;

/**
 * A stroked polyline: an edge (its corners rounded when {@code rounded}), an axis, a tick or a curve.
 * {@code width} is the stroke width; {@code dashed} draws it dashed (negative weights).
 */
public record Line(List<Point> points, double width, boolean dashed, boolean rounded, List<String> classes)
        implements Mark {

    public Line {
        points = List.copyOf(points);
        classes = List.copyOf(classes);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a line needs two points");
        }
    }

    @Override
    public Line moved(double dx, double dy) {
        return new Line(points.stream().map(p -> p.plus(dx, dy)).toList(), width, dashed, rounded, classes);
    }

    /** The length along the polyline (corners not rounded). */
    public double length() {
        double sum = 0.0;
        for (int i = 1; i < points.size(); i++) {
            sum += points.get(i - 1).distance(points.get(i));
        }
        return sum;
    }

    /** The point a fraction {@code t} (0..1) of the length along the polyline. */
    public Point at(double t) {
        double left = t * length();
        for (int i = 1; i < points.size(); i++) {
            double d = points.get(i - 1).distance(points.get(i));
            if (left <= d || i == points.size() - 1) {
                return points.get(i - 1).toward(points.get(i), d == 0.0 ? 0.0 : Math.min(1.0, left / d));
            }
            left -= d;
        }
        return points.get(points.size() - 1);
    }
}
