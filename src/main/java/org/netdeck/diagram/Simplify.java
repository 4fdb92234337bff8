package org.netdeck.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Douglas–Peucker: a polyline with the points dropped that lie within a tolerance of the line through their
 * neighbours kept, so a long run of nearly straight steps (a contour on a fine grid, a path settling into its
 * minimum) costs a few points of the SVG instead of hundreds. The ends are always kept.
 */
final class Simplify {

    /** How far, in diagram units, a dropped point may lie from the simplified line: well under a screen pixel. */
    static final double TOLERANCE = 0.2;

    private Simplify() {}

    /** {@code points} simplified (an open polyline; its first and last point kept). */
    static List<Point> line(List<Point> points) {
        if (points.size() < 3) {
            return List.copyOf(points);
        }
        boolean[] keep = new boolean[points.size()];
        keep[0] = true;
        keep[points.size() - 1] = true;
        mark(points, 0, points.size() - 1, keep);
        List<Point> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (keep[i]) {
                kept.add(points.get(i));
            }
        }
        return List.copyOf(kept);
    }

    /** A closed ring simplified: split at its first point and the point farthest from it, each half simplified. */
    static List<Point> ring(List<Point> ring) {
        if (ring.size() < 4) {
            return List.copyOf(ring);
        }
        int far = 0;
        for (int i = 1; i < ring.size(); i++) {
            if (ring.get(i).distance(ring.get(0)) > ring.get(far).distance(ring.get(0))) {
                far = i;
            }
        }
        List<Point> first = line(ring.subList(0, far + 1));
        List<Point> closed = new ArrayList<>(ring.subList(far, ring.size()));
        closed.add(ring.get(0));
        List<Point> second = line(closed);
        List<Point> all = new ArrayList<>(first);
        all.addAll(second.subList(1, second.size() - 1));
        return all.size() >= 3 ? List.copyOf(all) : List.copyOf(ring);
    }

    /** Keeps, between {@code from} and {@code to}, the farthest point when it lies beyond the tolerance, and recurses. */
    private static void mark(List<Point> p, int from, int to, boolean[] keep) {
        // an explicit stack: a path of many steps must not recurse as deep
        ArrayDeque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[] {from, to});
        while (!todo.isEmpty()) {
            int[] span = todo.pop();
            int a = span[0];
            int b = span[1];
            int far = -1;
            double farthest = TOLERANCE;
            for (int i = a + 1; i < b; i++) {
                double d = distance(p.get(i), p.get(a), p.get(b));
                if (d > farthest) {
                    farthest = d;
                    far = i;
                }
            }
            if (far >= 0) {
                keep[far] = true;
                todo.push(new int[] {a, far});
                todo.push(new int[] {far, b});
            }
        }
    }

    /** The distance from {@code p} to the segment a–b. */
    private static double distance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length2 = dx * dx + dy * dy;
        if (length2 == 0) {
            return p.distance(a);
        }
        double t = Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2));
        return p.distance(new Point(a.x() + t * dx, a.y() + t * dy));
    }
}
