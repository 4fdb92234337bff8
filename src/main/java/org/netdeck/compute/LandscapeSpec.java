package org.netdeck.compute;

import java.util.Objects;
import java.util.Optional;

/**
 * What a loss-landscape diagram asks for ({@code landscape: {x: w1, y: w3, range: [-4, 4], grid: 41, steps: 50}}):
 * the two parameters across and up, the range of each (empty: fitted to the runs' paths, see {@link Landscape}),
 * the grid's points per side, and how many training steps of each run's path to draw.
 */
public record LandscapeSpec(String x, String y, Optional<Range> xRange, Optional<Range> yRange, int grid, int steps) {

    /** The grid's points per side when the author gives none. */
    public static final int DEFAULT_GRID = 41;
    /** The path's training steps when the author gives none (fewer when a run is shorter). */
    public static final int DEFAULT_STEPS = 50;
    /** The most path steps drawn: the first part of a run, where optimisers differ, and the picture stays small. */
    public static final int MAX_STEPS = 200;

    /** A closed interval {@code lo < hi} of a parameter's values. */
    public record Range(double lo, double hi) {
        public Range {
            if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
                throw new IllegalArgumentException("a range needs finite lo < hi: " + lo + ", " + hi);
            }
        }

        public double span() {
            return hi - lo;
        }

        /** The value a fraction {@code t} (0..1) of the way from lo to hi. */
        public double at(double t) {
            return lo + (hi - lo) * t;
        }

        public boolean contains(double v) {
            return v >= lo && v <= hi;
        }
    }

    public LandscapeSpec {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(xRange, "xRange");
        Objects.requireNonNull(yRange, "yRange");
        if (x.equals(y)) {
            throw new IllegalArgumentException("a landscape needs two different parameters: " + x);
        }
        if (grid < 2) {
            throw new IllegalArgumentException("a landscape grid needs at least 2 points per side: " + grid);
        }
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("path steps must be in 0.." + MAX_STEPS + ": " + steps);
        }
    }

    /** Parameters {@code x} and {@code y} with the default grid and steps, ranges fitted to the paths. */
    public static LandscapeSpec of(String x, String y) {
        return new LandscapeSpec(x, y, Optional.empty(), Optional.empty(), DEFAULT_GRID, DEFAULT_STEPS);
    }
}
