package org.netdeck.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The loss over two parameters, computed on a grid, with the path each run takes: what the {@code landscape}
 * diagram draws. The grid is a slice: every other parameter is held at its initial value, so the grid's loss at
 * the start is the deck's initial loss. The paths are the runs' real trajectories (every parameter moving),
 * projected onto the two parameters; their losses are the runs' own, not the slice's.
 *
 * <pre>{@code
 * Landscape l = Landscape.compute(trace, LandscapeSpec.of("w1", "w3"));
 * l.loss(0, 0);          // the loss at (x range's lo, y range's lo), the other parameters at their initial values
 * l.paths().get(0).x();  // w1 after 0, 1, 2, … steps of the deck's own run
 * }</pre>
 *
 * @param loss the grid's losses row by row: {@code loss.get(j * grid + i)} at x = {@code xAt(i)}, y = {@code yAt(j)}
 * @param startX the initial value of the parameter across, {@code startY} of the one up
 * @param startLoss the loss at the initial parameters
 * @param paths the deck's own run first (named ""), then each compare run in order (those drawn)
 */
public record Landscape(
        LandscapeSpec spec,
        LandscapeSpec.Range x,
        LandscapeSpec.Range y,
        int grid,
        List<Double> loss,
        double startX,
        double startY,
        double startLoss,
        List<Path> paths) {

    /** One run's first steps: the two parameters and the run's loss after 0, 1, … {@code steps} steps. */
    public record Path(String run, List<Double> x, List<Double> y, List<Double> loss) {
        public Path {
            x = List.copyOf(x);
            y = List.copyOf(y);
            loss = List.copyOf(loss);
            if (x.isEmpty() || x.size() != y.size() || x.size() != loss.size()) {
                throw new IllegalArgumentException("a path needs as many x, y and loss values, at least one");
            }
        }

        /** The training steps drawn (one less than the points). */
        public int steps() {
            return x.size() - 1;
        }
    }

    /** A point of the grid whose loss is not a finite number (an overflow, or ln 0): the range reaches too far. */
    public static final class NotFinite extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFinite(String message) {
            super(message);
        }
    }

    /** How far an automatic range reaches past the paths, as a fraction of their extent. */
    static final double PAD = 0.15;
    /** The least half-width of an automatic range, around a path that barely moves. */
    static final double MIN_HALF_SPAN = 0.5;

    public Landscape {
        loss = List.copyOf(loss);
        paths = List.copyOf(paths);
        if (loss.size() != grid * grid) {
            throw new IllegalArgumentException("a " + grid + "×" + grid + " grid needs " + grid * grid + " losses");
        }
    }

    /** The loss at grid point ({@code i}, {@code j}): x = {@link #xAt}(i), y = {@link #yAt}(j). */
    public double loss(int i, int j) {
        return loss.get(j * grid + i);
    }

    public double xAt(int i) {
        return x.at((double) i / (grid - 1));
    }

    public double yAt(int j) {
        return y.at((double) j / (grid - 1));
    }

    /** The index {@code j * grid + i} of the grid point with the lowest loss (the first, on a tie). */
    public int lowest() {
        int best = 0;
        for (int k = 1; k < loss.size(); k++) {
            if (loss.get(k) < loss.get(best)) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The landscape {@code spec} asks for with the paths of the runs {@code draws} accepts (by name; "" is the deck's
     * own run). The grid does not depend on {@code draws}: an axis without a range in {@code spec} is fitted to every
     * run's path, so all the landscape slides of a deck share one grid ({@link #drawing}).
     */
    public static Landscape compute(Trace trace, LandscapeSpec spec, Predicate<String> draws) {
        return compute(trace, spec).drawing(draws);
    }

    /** This landscape with only the paths of the runs {@code draws} accepts: the same grid, computed once. */
    public Landscape drawing(Predicate<String> draws) {
        return new Landscape(
                spec,
                x,
                y,
                grid,
                loss,
                startX,
                startY,
                startLoss,
                paths.stream().filter(p -> draws.test(p.run())).toList());
    }

    /** The landscape {@code spec} asks for over the deck computed in {@code trace}, with every run's path. */
    public static Landscape compute(Trace trace, LandscapeSpec spec) {
        NetworkSpec network = trace.network();
        Map<String, Double> initial = network.params();
        if (!initial.containsKey(spec.x()) || !initial.containsKey(spec.y())) {
            throw new IllegalArgumentException("no such parameter: " + spec.x() + " or " + spec.y());
        }
        List<Path> paths = new ArrayList<>();
        paths.add(path("", network, spec));
        trace.runs().forEach(r -> paths.add(path(r.name(), r.spec().network(), spec)));
        double[] start = {initial.get(spec.x()), initial.get(spec.y())};
        LandscapeSpec.Range x = spec.xRange().orElseGet(() -> fitted(paths, Path::x, start[0]));
        LandscapeSpec.Range y = spec.yRange().orElseGet(() -> fitted(paths, Path::y, start[1]));
        int n = spec.grid();
        List<Double> loss = new ArrayList<>(n * n);
        Backprop.Surface surface = Backprop.surface(network);
        for (int j = 0; j < n; j++) {
            double yv = y.at((double) j / (n - 1));
            for (int i = 0; i < n; i++) {
                double xv = x.at((double) i / (n - 1));
                loss.add(lossAt(surface, spec.x(), xv, spec.y(), yv));
            }
        }
        return new Landscape(spec, x, y, n, loss, start[0], start[1], trace.loss(), paths);
    }

    /**
     * The loss of {@code network} (over its whole data set) with parameter {@code xName} set to {@code x} and
     * {@code yName} to {@code y}, every other parameter at its initial value.
     */
    public static double lossAt(NetworkSpec network, String xName, double x, String yName, double y) {
        return lossAt(Backprop.surface(network), xName, x, yName, y);
    }

    private static double lossAt(Backprop.Surface surface, String xName, double x, String yName, double y) {
        double loss = surface.loss(Map.of(xName, x, yName, y));
        if (!Double.isFinite(loss)) {
            throw new NotFinite(
                    "the loss at " + xName + " = " + x + ", " + yName + " = " + y + " is not a finite number");
        }
        return loss;
    }

    /**
     * The first {@code spec.steps()} steps of training {@code network} (fewer when its run is shorter), with the loss
     * over the whole data set at each.
     */
    private static Path path(String run, NetworkSpec network, LandscapeSpec spec) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        Backprop.Surface surface = Backprop.surface(network);
        for (Map<String, Double> params : Backprop.path(network, Math.min(spec.steps(), network.iterations()))) {
            xs.add(params.get(spec.x()));
            ys.add(params.get(spec.y()));
            losses.add(surface.loss(params));
        }
        return new Path(run, xs, ys, losses);
    }

    /** A range holding {@code start} and every path's values, padded by {@link #PAD} and at least ±{@link #MIN_HALF_SPAN}. */
    private static LandscapeSpec.Range fitted(List<Path> paths, Function<Path, List<Double>> axis, double start) {
        double lo = start;
        double hi = start;
        for (Path p : paths) {
            for (double v : axis.apply(p)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double pad = (hi - lo) * PAD;
        lo -= pad;
        hi += pad;
        double mid = (lo + hi) / 2;
        double half = Math.max(MIN_HALF_SPAN, (hi - lo) / 2);
        return new LandscapeSpec.Range(mid - half, mid + half);
    }
}
