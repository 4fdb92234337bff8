package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts edge labels where they overlap no other label, no neuron and no other edge, greedily, trying points along each
 * edge from its middle outward: a label's centre is on its own edge and no other edge passes under it, so it is never
 * at a crossing and never nearer another edge than its own. Boxes are estimated ({@link Label#box()}), so the result
 * does not depend on fonts.
 */
final class LabelPlacer {

    /** Fractions of an edge's length tried in turn: the middle first, then outward. */
    private static final double[] TRIES = {
        0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9
    };

    /** How far every other edge keeps from a label's box (half the widest edge's stroke, and some). */
    static final double EDGE_CLEARANCE = 4;

    private static final double PAD = 1.5;

    /** Side of the grid cells that index what is taken, so a try looks only at what is near it. */
    private static final double CELL = 64;

    private final Box bounds;
    /** Boxes already taken, and neurons, by the grid cells they touch: linear time in the number of edges. */
    private final Map<Long, List<Box>> taken = new HashMap<>();

    private final Map<Long, List<Circle>> neurons = new HashMap<>();

    /** The edges' straight pieces by the grid cells their bounding boxes touch, each with the edge it belongs to. */
    private final Map<Long, List<Piece>> pieces = new HashMap<>();

    /** A straight piece of an edge. */
    private record Piece(Line edge, Point a, Point b) {}

    /** Every label's width, estimated once. */
    private final TextWidths widths;

    /**
     * A placer that keeps clear of {@code fixed} labels, of {@code neurons}, of the boxes {@code obstacles}, and of
     * every edge of {@code edges} but a label's own, estimating texts with {@code widths}.
     */
    LabelPlacer(
            Box bounds,
            List<Circle> neurons,
            List<Label> fixed,
            List<Box> obstacles,
            List<Line> edges,
            TextWidths widths) {
        this.bounds = bounds.grow(-2);
        this.widths = widths;
        for (Circle c : neurons) {
            double r = c.radius() + 1;
            cells(new Box(c.center().x() - r, c.center().y() - r, 2 * r, 2 * r))
                    .forEach(k -> this.neurons
                            .computeIfAbsent(k, x -> new ArrayList<>())
                            .add(c));
        }
        fixed.forEach(l -> take(widths.box(l).grow(PAD)));
        obstacles.forEach(this::take);
        for (Line e : edges) {
            for (int i = 1; i < e.points().size(); i++) {
                Piece piece = new Piece(e, e.points().get(i - 1), e.points().get(i));
                cells(box(piece.a(), piece.b()))
                        .forEach(k -> pieces.computeIfAbsent(k, x -> new ArrayList<>())
                                .add(piece));
            }
        }
    }

    private static Box box(Point a, Point b) {
        return new Box(
                Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
    }

    /** True when no edge but {@code own} passes within {@link #EDGE_CLEARANCE} of {@code box}. */
    private boolean clearOfEdges(Box box, Line own) {
        Box wide = box.grow(EDGE_CLEARANCE);
        for (long k : cells(wide)) {
            for (Piece p : pieces.getOrDefault(k, List.of())) {
                if (p.edge() != own && crosses(p.a(), p.b(), wide)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when the segment from {@code a} to {@code b} meets the inside of {@code box} (Liang–Barsky clipping). */
    static boolean crosses(Point a, Point b, Box box) {
        double[] t = box.clip(a, b);
        return t[0] < t[1];
    }

    private void take(Box box) {
        cells(box).forEach(k -> taken.computeIfAbsent(k, x -> new ArrayList<>()).add(box));
    }

    private boolean free(Box box) {
        for (long k : cells(box)) {
            for (Box b : taken.getOrDefault(k, List.of())) {
                if (box.overlaps(b)) {
                    return false;
                }
            }
            for (Circle c : neurons.getOrDefault(k, List.of())) {
                if (box.overlaps(c.center(), c.radius() + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The keys of the grid cells {@code box} touches. */
    private static List<Long> cells(Box box) {
        long x0 = (long) Math.floor(box.x() / CELL);
        long x1 = (long) Math.floor(box.right() / CELL);
        long y0 = (long) Math.floor(box.y() / CELL);
        long y1 = (long) Math.floor(box.bottom() / CELL);
        List<Long> keys = new ArrayList<>();
        for (long gx = x0; gx <= x1; gx++) {
            for (long gy = y0; gy <= y1; gy++) {
                keys.add(gx * 1_000_003L + gy);
            }
        }
        return keys;
    }

    /** A label of {@code lines} (stacked, centred) on {@code edge}, or null when no tried point is free. */
    List<Label> place(List<String> lines, Line edge, double size, List<String> classes) {
        for (double t : TRIES) {
            List<Label> label = stack(lines, edge.at(t), size, classes);
            Box box = union(label, widths).grow(PAD);
            if (box.inside(bounds) && free(box) && clearOfEdges(box, edge)) {
                take(box);
                return label;
            }
        }
        return null;
    }

    /** Lines of text centred one under the other, the block's middle on {@code p}. */
    static List<Label> stack(List<String> lines, Point p, double size, List<String> classes) {
        double gap = NetworkGeometry.LINE_GAP * size;
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            double y = p.y() + 0.3 * size + (i - (lines.size() - 1) / 2.0) * gap; // 0.3 em below the middle of a line
            labels.add(new Label(lines.get(i), new Point(p.x(), y), Anchor.MIDDLE, size, false, "", classes));
        }
        return List.copyOf(labels);
    }

    /** The smallest box holding every label's box, each label estimated with {@code widths}. */
    static Box union(List<Label> labels, TextWidths widths) {
        List<Box> boxes = new ArrayList<>(labels.size());
        for (Label l : labels) {
            boxes.add(widths.box(l));
        }
        double x0 = boxes.stream().mapToDouble(Box::x).min().orElseThrow();
        double y0 = boxes.stream().mapToDouble(Box::y).min().orElseThrow();
        double x1 = boxes.stream().mapToDouble(Box::right).max().orElseThrow();
        double y1 = boxes.stream().mapToDouble(Box::bottom).max().orElseThrow();
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }
}
