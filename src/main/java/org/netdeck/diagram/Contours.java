package org.netdeck.diagram;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Marching squares on a grid of values: the region where the value is at most a level, as closed rings in grid
 * units (x = column, y = row, both from 0 to n − 1). Each cell contributes the part of its square below the level,
 * with the crossing points on its edges found by linear interpolation (a saddle cell's two low corners are joined);
 * a run of cells wholly below it in a row is one rectangle; the pieces are merged into outlines with
 * {@link Area}, so a band is a few rings however fine the grid.
 */
final class Contours {

    private Contours() {}

    /**
     * The rings of {@code {v ≤ level}} on the {@code n × n} grid {@code values} (row-major: {@code values[j * n + i]} at
     * column i, row j); empty when no value is at most the level.
     */
    static List<List<Point>> below(double[] values, int n, double level) {
        Path2D.Double pieces = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int j = 0; j < n - 1; j++) {
            int runStart = -1;
            for (int i = 0; i <= n - 1; i++) {
                boolean whole = i < n - 1
                        && values[j * n + i] <= level
                        && values[j * n + i + 1] <= level
                        && values[(j + 1) * n + i] <= level
                        && values[(j + 1) * n + i + 1] <= level;
                if (whole) {
                    if (runStart < 0) {
                        runStart = i;
                    }
                    continue;
                }
                if (runStart >= 0) { // a row of whole cells: one rectangle, counter-clockwise like the pieces
                    pieces.moveTo(runStart, j);
                    pieces.lineTo(runStart, j + 1);
                    pieces.lineTo(i, j + 1);
                    pieces.lineTo(i, j);
                    pieces.closePath();
                    runStart = -1;
                }
                if (i < n - 1) {
                    cell(values, n, i, j, level, pieces);
                }
            }
        }
        return rings(new Area(pieces));
    }

    /** The part of cell (i, j) at most {@code level}: its corners below it and the crossings, walked in one direction. */
    private static void cell(double[] v, int n, int i, int j, double level, Path2D.Double into) {
        // corners in order: (i, j), (i, j+1), (i+1, j+1), (i+1, j) — the same turn as the rectangles above
        int[][] corners = {{i, j}, {i, j + 1}, {i + 1, j + 1}, {i + 1, j}};
        List<double[]> polygon = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int[] a = corners[c];
            int[] b = corners[(c + 1) % 4];
            double va = v[a[1] * n + a[0]];
            double vb = v[b[1] * n + b[0]];
            if (va <= level) {
                polygon.add(new double[] {a[0], a[1]});
            }
            if ((va <= level) != (vb <= level)) {
                polygon.add(crossing(a, va, b, vb, level));
            }
        }
        if (polygon.size() < 3) {
            return;
        }
        into.moveTo(polygon.get(0)[0], polygon.get(0)[1]);
        for (int k = 1; k < polygon.size(); k++) {
            into.lineTo(polygon.get(k)[0], polygon.get(k)[1]);
        }
        into.closePath();
    }

    /**
     * Where the value crosses {@code level} on the edge from a to b. Computed from the edge's ends in one fixed order
     * (the lower grid point first), so the two cells that share an edge find exactly the same point.
     */
    private static double[] crossing(int[] a, double va, int[] b, double vb, double level) {
        boolean swap = a[0] > b[0] || a[1] > b[1];
        int[] p = swap ? b : a;
        int[] q = swap ? a : b;
        double vp = swap ? vb : va;
        double vq = swap ? va : vb;
        double t = (level - vp) / (vq - vp);
        return new double[] {p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t};
    }

    /** The closed rings of an area's outline, in its winding (holes the other way round). */
    private static List<List<Point>> rings(Area area) {
        List<List<Point>> rings = new ArrayList<>();
        List<Point> ring = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = area.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    ring = new ArrayList<>();
                    ring.add(new Point(c[0], c[1]));
                }
                case PathIterator.SEG_LINETO -> ring.add(new Point(c[0], c[1]));
                case PathIterator.SEG_CLOSE -> {
                    if (ring.size() >= 3) {
                        rings.add(List.copyOf(ring));
                    }
                    ring = new ArrayList<>();
                }
                default -> throw new IllegalStateException("an area of polygons has only straight segments");
            }
        }
        return List.copyOf(rings);
    }
}
