package org.netdeck.compute;

import java.util.Objects;
import java.util.Optional;

/**
 * What a loss-landscape diagram asks for ({@code landscape: {origin: start, range: [-4, 4], grid: 41, steps: 50}}):
 * the plane the loss is drawn over, the range of each axis (empty: fitted to the runs' paths, see {@link Landscape}),
 * the grid's points per side, and how many training steps of each run's path to draw.
 *
 * <p>The plane is by default the <b>principal plane</b> of the drawn runs' paths ({@link Landscape}): through the
 * {@link Origin} asked for, spanned by the paths' two principal directions over every parameter. A {@link Slice}
 * ({@code landscape: {x: w1, y: w3}}) draws the loss over two parameters instead, every other held at its start.
 */
public record LandscapeSpec(
        Optional<Slice> slice, Origin origin, Optional<Range> xRange, Optional<Range> yRange, int grid, int steps) {

    /** The grid's points per side when the author gives none. */
    public static final int DEFAULT_GRID = 41;
    /** The path's training steps when the author gives none (fewer when a run is shorter). */
    public static final int DEFAULT_STEPS = 50;
    /** The most path steps drawn: the first part of a run, where optimisers differ, and the picture stays small. */
    public static final int MAX_STEPS = 200;

    /** Two parameters, across and up: the loss over them, every other parameter at its initial value. */
    public record Slice(String x, String y) {
        public Slice {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
            if (x.equals(y)) {
                throw new IllegalArgumentException("a landscape needs two different parameters: " + x);
            }
        }
    }

    /**
     * Where the principal plane is centred: {@code start}, the initial parameters every run starts from, or {@code
     * end}, the last drawn point of the first drawn run (Li et al.'s choice: the trained network).
     */
    public enum Origin {
        START("start"),
        END("end");

        private final String id;

        Origin(String id) {
            this.id = id;
        }

        /** How the front matter and {@code trace.json} write it. */
        public String id() {
            return id;
        }
    }

    /** A closed interval {@code lo < hi} of a coordinate's values. */
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
        Objects.requireNonNull(slice, "slice");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(xRange, "xRange");
        Objects.requireNonNull(yRange, "yRange");
        if (grid < 2) {
            throw new IllegalArgumentException("a landscape grid needs at least 2 points per side: " + grid);
        }
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("path steps must be in 0.." + MAX_STEPS + ": " + steps);
        }
    }

    /** The slice over parameters {@code x} and {@code y}, with the given ranges, grid and steps. */
    public LandscapeSpec(String x, String y, Optional<Range> xRange, Optional<Range> yRange, int grid, int steps) {
        this(Optional.of(new Slice(x, y)), Origin.START, xRange, yRange, grid, steps);
    }

    /** The slice over parameters {@code x} and {@code y} with the default grid and steps, ranges fitted to the paths. */
    public static LandscapeSpec of(String x, String y) {
        return new LandscapeSpec(x, y, Optional.empty(), Optional.empty(), DEFAULT_GRID, DEFAULT_STEPS);
    }

    /** The principal plane of the drawn paths through {@code origin}, with the default grid and {@code steps}. */
    public static LandscapeSpec principal(Origin origin, int steps) {
        return new LandscapeSpec(Optional.empty(), origin, Optional.empty(), Optional.empty(), DEFAULT_GRID, steps);
    }
}
