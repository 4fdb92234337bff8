package org.netdeck.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The loss over a plane of parameter space, computed on a grid, with the path each drawn run takes: what the {@code
 * landscape} diagram draws.
 *
 * <p><b>The plane.</b> By default the <em>principal plane</em> of the drawn runs' paths (Li et al., "Visualizing the
 * Loss Landscape of Neural Nets", 2018, §7): every drawn point θ of every drawn path, less the {@link Plane#origin()}
 * (the start, or the end of the first drawn path), each path's points weighted by 1 / (its reach × √its points) so
 * that a short path counts as much as a long one; the two directions d₁, d₂ (unit vectors over every parameter) are the
 * two largest principal directions of those points, computed by orthogonal iteration. A grid point (a, b) is the
 * network with parameters origin + a·d₁ + b·d₂. With {@code landscape: {x: w1, y: w3}} the plane is a <em>slice</em>
 * instead: d₁ and d₂ are the two parameters' unit vectors and the origin the initial parameters with those two at 0,
 * so (a, b) are the two parameters' values and every other parameter is at its start.
 *
 * <p><b>The paths</b> are the runs' real trajectories, every parameter moving, projected onto the plane: a = (θ −
 * origin)·d₁, b = (θ − origin)·d₂; their losses are the runs' own (the true loss at θ), not the grid's. How far a path
 * leaves the plane is {@link Path#leave()}: its points' largest distance from the plane over its reach (the largest
 * distance of its points from its start): 0.02 means every point is within 2 % of the path's size of the plane, so
 * the colour under it is nearly its loss.
 *
 * <pre>{@code
 * Landscape l = Landscape.compute(trace, LandscapeSpec.principal(Origin.START, 50), run -> true);
 * l.loss(0, 0);          // the loss at (x range's lo, y range's lo): origin + lo·d₁ + lo·d₂
 * l.paths().get(0).x();  // a after 0, 1, 2, … steps of the deck's own run
 * l.leave();             // the most any drawn path leaves the plane, as a fraction of its reach
 * }</pre>
 *
 * @param plane the plane: origin and directions over every parameter
 * @param loss the grid's losses row by row: {@code loss.get(j * grid + i)} at a = {@code xAt(i)}, b = {@code yAt(j)}
 * @param startX the start's coordinate across, {@code startY} up
 * @param startLoss the loss at the initial parameters
 * @param paths the deck's own run first (named ""), then each compare run in order (those drawn)
 */
public record Landscape(
        LandscapeSpec spec,
        Plane plane,
        LandscapeSpec.Range x,
        LandscapeSpec.Range y,
        int grid,
        List<Double> loss,
        double startX,
        double startY,
        double startLoss,
        List<Path> paths) {

    /**
     * A plane of parameter space: every parameter's value at its origin, and two orthonormal directions over every
     * parameter ({@code params} names them, in the network's order, frozen biases included).
     *
     * @param slice whether it is a two-parameter slice (else the principal plane)
     */
    public record Plane(boolean slice, List<String> params, List<Double> origin, List<Double> d1, List<Double> d2) {
        public Plane {
            params = List.copyOf(params);
            origin = List.copyOf(origin);
            d1 = List.copyOf(d1);
            d2 = List.copyOf(d2);
            if (origin.size() != params.size() || d1.size() != params.size() || d2.size() != params.size()) {
                throw new IllegalArgumentException("a plane needs a value per parameter in origin, d1 and d2");
            }
        }

        /** The parameters at plane point (a, b): origin + a·d₁ + b·d₂, in {@link #params()} order. */
        public double[] at(double a, double b) {
            double[] theta = new double[params.size()];
            for (int k = 0; k < theta.length; k++) {
                theta[k] = origin.get(k) + a * d1.get(k) + b * d2.get(k);
            }
            return theta;
        }

        /** The plane coordinates (a, b) of {@code theta}: (θ − origin)·d₁, (θ − origin)·d₂. */
        public double[] coordinates(double[] theta) {
            double a = 0;
            double b = 0;
            for (int k = 0; k < theta.length; k++) {
                double v = theta[k] - origin.get(k);
                a += v * d1.get(k);
                b += v * d2.get(k);
            }
            return new double[] {a, b};
        }

        /** How far {@code theta} is from the plane: the length of θ less its projection. */
        public double distance(double[] theta) {
            double[] ab = coordinates(theta);
            double[] on = at(ab[0], ab[1]);
            double sum = 0;
            for (int k = 0; k < theta.length; k++) {
                sum += (theta[k] - on[k]) * (theta[k] - on[k]);
            }
            return Math.sqrt(sum);
        }
    }

    /**
     * One run's first steps: the plane coordinates and the run's true loss after 0, 1, … {@code steps} steps, and how
     * far the path leaves the plane ({@code leave}: its points' largest distance from the plane over its reach).
     */
    public record Path(String run, List<Double> x, List<Double> y, List<Double> loss, double leave) {
        public Path {
            x = List.copyOf(x);
            y = List.copyOf(y);
            loss = List.copyOf(loss);
            if (x.isEmpty() || x.size() != y.size() || x.size() != loss.size()) {
                throw new IllegalArgumentException("a path needs as many x, y and loss values, at least one");
            }
        }

        /** A path that lies in its plane. */
        public Path(String run, List<Double> x, List<Double> y, List<Double> loss) {
            this(run, x, y, loss, 0);
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
    /** Orthogonal iteration's most rounds: the principal plane has converged long before on any deck tried. */
    static final int MAX_ROUNDS = 1000;

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

    /** The most any drawn path leaves the plane, as a fraction of its reach (0 without paths). */
    public double leave() {
        return paths.stream().mapToDouble(Path::leave).max().orElse(0);
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

    /** This landscape with only the paths of the runs {@code draws} accepts: the same plane and grid. */
    public Landscape drawing(Predicate<String> draws) {
        return new Landscape(
                spec,
                plane,
                x,
                y,
                grid,
                loss,
                startX,
                startY,
                startLoss,
                paths.stream().filter(p -> draws.test(p.run())).toList());
    }

    /** Whether {@code other} has this landscape's grid: the same spec, plane, ranges and losses (its paths may differ). */
    public boolean sameGrid(Landscape other) {
        return other == this
                || (spec.equals(other.spec)
                        && plane.equals(other.plane)
                        && x.equals(other.x)
                        && y.equals(other.y)
                        && grid == other.grid
                        && (loss == other.loss || loss.equals(other.loss)));
    }

    /** The landscape {@code spec} asks for over the deck computed in {@code trace}, with every run's path. */
    public static Landscape compute(Trace trace, LandscapeSpec spec) {
        return compute(trace, spec, run -> true);
    }

    /**
     * The landscape {@code spec} asks for with the paths of the runs {@code draws} accepts (by name; "" is the deck's
     * own run): its principal plane is theirs, and an axis without a range in {@code spec} is fitted to their paths.
     */
    public static Landscape compute(Trace trace, LandscapeSpec spec, Predicate<String> draws) {
        NetworkSpec network = trace.network();
        List<String> names = List.copyOf(network.params().keySet());
        double[] start = network.params().values().stream()
                .mapToDouble(Double::doubleValue)
                .toArray();
        List<String> runs = new ArrayList<>();
        List<List<double[]>> points = new ArrayList<>();
        List<List<Double>> losses = new ArrayList<>();
        if (draws.test("")) {
            add("", network, spec, names, runs, points, losses);
        }
        for (Run r : trace.runs()) {
            if (draws.test(r.name())) {
                add(r.name(), r.spec().network(), spec, names, runs, points, losses);
            }
        }
        Plane plane = spec.slice().isPresent()
                ? slice(spec.slice().get(), names, start)
                : principal(names, origin(spec.origin(), start, points), points);
        List<Path> paths = new ArrayList<>();
        for (int p = 0; p < runs.size(); p++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            double far = 0;
            double reach = 0;
            double[] first = points.get(p).get(0);
            for (double[] theta : points.get(p)) {
                double[] ab = plane.coordinates(theta);
                xs.add(ab[0]);
                ys.add(ab[1]);
                far = Math.max(far, plane.distance(theta));
                reach = Math.max(reach, norm(minus(theta, first)));
            }
            paths.add(new Path(runs.get(p), xs, ys, losses.get(p), reach == 0 ? 0 : far / reach));
        }
        double[] startAt = plane.coordinates(start);
        List<Double> fixed = spec.slice().isPresent() ? List.of() : List.of(0.0); // the origin, on the principal plane
        LandscapeSpec.Range x = spec.xRange().orElseGet(() -> fitted(paths, Path::x, startAt[0], fixed));
        LandscapeSpec.Range y = spec.yRange().orElseGet(() -> fitted(paths, Path::y, startAt[1], fixed));
        int n = spec.grid();
        List<Double> loss = new ArrayList<>(n * n);
        Backprop.Surface surface = Backprop.surface(network);
        for (int j = 0; j < n; j++) {
            double b = y.at((double) j / (n - 1));
            for (int i = 0; i < n; i++) {
                double a = x.at((double) i / (n - 1));
                double l = surface.loss(plane.at(a, b));
                if (!Double.isFinite(l)) {
                    throw new NotFinite("the loss at " + where(spec, a, b) + " is not a finite number");
                }
                loss.add(l);
            }
        }
        return new Landscape(spec, plane, x, y, n, loss, startAt[0], startAt[1], trace.loss(), paths);
    }

    /** A grid point as an error message names it: {@code w1 = 3, w3 = 1e200} or {@code d1 = 3, d2 = 1e200}. */
    private static String where(LandscapeSpec spec, double a, double b) {
        String x = spec.slice().map(LandscapeSpec.Slice::x).orElse("d1");
        String y = spec.slice().map(LandscapeSpec.Slice::y).orElse("d2");
        return x + " = " + a + ", " + y + " = " + b;
    }

    /**
     * The loss of {@code network} (over its whole data set) with parameter {@code xName} set to {@code x} and
     * {@code yName} to {@code y}, every other parameter at its initial value.
     */
    public static double lossAt(NetworkSpec network, String xName, double x, String yName, double y) {
        double loss = Backprop.surface(network).loss(Map.of(xName, x, yName, y));
        if (!Double.isFinite(loss)) {
            throw new NotFinite(
                    "the loss at " + xName + " = " + x + ", " + yName + " = " + y + " is not a finite number");
        }
        return loss;
    }

    /**
     * The first {@code spec.steps()} steps of training {@code network} (fewer when its run is shorter), every
     * parameter in {@code names} order, with the loss over the whole data set at each, added as run {@code run}.
     */
    private static void add(
            String run,
            NetworkSpec network,
            LandscapeSpec spec,
            List<String> names,
            List<String> runs,
            List<List<double[]>> points,
            List<List<Double>> losses) {
        List<double[]> thetas = new ArrayList<>();
        List<Double> l = new ArrayList<>();
        Backprop.Surface surface = Backprop.surface(network);
        for (Map<String, Double> params : Backprop.path(network, Math.min(spec.steps(), network.iterations()))) {
            double[] theta = names.stream().mapToDouble(params::get).toArray();
            thetas.add(theta);
            l.add(surface.loss(theta));
        }
        runs.add(run);
        points.add(thetas);
        losses.add(l);
    }

    /** The slice over two parameters: origin the start with those two at 0, directions their unit vectors. */
    private static Plane slice(LandscapeSpec.Slice slice, List<String> names, double[] start) {
        int xi = names.indexOf(slice.x());
        int yi = names.indexOf(slice.y());
        if (xi < 0 || yi < 0) {
            throw new IllegalArgumentException("no such parameter: " + slice.x() + " or " + slice.y());
        }
        double[] origin = start.clone();
        origin[xi] = 0;
        origin[yi] = 0;
        double[] d1 = new double[start.length];
        double[] d2 = new double[start.length];
        d1[xi] = 1;
        d2[yi] = 1;
        return new Plane(true, names, list(origin), list(d1), list(d2));
    }

    /** The principal plane's centre: the start, or the last point of the first drawn path (the start without paths). */
    private static double[] origin(LandscapeSpec.Origin origin, double[] start, List<List<double[]>> points) {
        if (origin == LandscapeSpec.Origin.END && !points.isEmpty()) {
            List<double[]> first = points.get(0);
            return first.get(first.size() - 1).clone();
        }
        return start.clone();
    }

    /**
     * The plane through {@code origin} spanned by the two largest principal directions of the paths' points less the
     * origin, each path weighted by 1 / (its reach × √its points); d₁ the larger. Signs: the first drawn path's last
     * point has a ≥ 0 and b ≥ 0 (else a direction's largest component is positive). Without any movement (every path
     * a point), the first two parameters' unit vectors.
     */
    static Plane principal(List<String> names, double[] origin, List<List<double[]>> paths) {
        int dims = origin.length;
        if (dims < 2) {
            throw new IllegalArgumentException("a plane needs at least two parameters");
        }
        List<double[]> rows = new ArrayList<>();
        for (List<double[]> path : paths) {
            double reach = 0;
            for (double[] theta : path) {
                reach = Math.max(reach, norm(minus(theta, path.get(0))));
            }
            if (reach == 0) {
                continue;
            }
            double w = 1 / (reach * Math.sqrt(path.size()));
            for (double[] theta : path) {
                double[] r = minus(theta, origin);
                for (int k = 0; k < dims; k++) {
                    r[k] *= w;
                }
                rows.add(r);
            }
        }
        int k = Math.min(dims, 4);
        // start: the direction to each path's last point, then the unit vectors
        List<double[]> seeds = new ArrayList<>();
        for (List<double[]> path : paths) {
            seeds.add(minus(path.get(path.size() - 1), origin));
        }
        for (int i = 0; i < dims; i++) {
            double[] e = new double[dims];
            e[i] = 1;
            seeds.add(e);
        }
        double[][] q = orthonormal(seeds, k, dims);
        if (rows.isEmpty()) {
            double[] e1 = new double[dims];
            double[] e2 = new double[dims];
            e1[0] = 1;
            e2[1] = 1;
            return new Plane(false, names, list(origin), list(e1), list(e2));
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<double[]> z = new ArrayList<>();
            for (double[] v : q) {
                z.add(times(rows, v));
            }
            for (int i = 0; i < dims; i++) { // a rank-deficient cloud: fill with unit vectors
                double[] e = new double[dims];
                e[i] = 1;
                z.add(e);
            }
            double[][] next = orthonormal(z, k, dims);
            double overlap = 0;
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    double c = dot(q[a], next[b]);
                    overlap += c * c;
                }
            }
            q = next;
            if (2 - overlap < 1e-24) {
                break;
            }
        }
        // Rayleigh–Ritz on the two leading vectors: the 2×2 matrix [q_a · M q_b], its eigenvectors, larger first
        double[] m0 = times(rows, q[0]);
        double[] m1 = times(rows, q[1]);
        double t00 = dot(q[0], m0);
        double t01 = dot(q[0], m1);
        double t11 = dot(q[1], m1);
        double angle = 0.5 * Math.atan2(2 * t01, t00 - t11);
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double[] d1 = new double[dims];
        double[] d2 = new double[dims];
        for (int i = 0; i < dims; i++) {
            d1[i] = c * q[0][i] + s * q[1][i];
            d2[i] = -s * q[0][i] + c * q[1][i];
        }
        double[] end = paths.isEmpty()
                ? new double[dims]
                : minus(paths.get(0).get(paths.get(0).size() - 1), origin);
        d1 = signed(d1, dot(end, d1));
        d2 = signed(d2, dot(end, d2));
        return new Plane(false, names, list(origin), list(d1), list(d2));
    }

    /** {@code d} or −d: the one with {@code along} positive, else (when it is 0) with its largest component positive. */
    private static double[] signed(double[] d, double along) {
        double sign = along;
        if (Math.abs(along) < 1e-12) {
            int big = 0;
            for (int i = 1; i < d.length; i++) {
                if (Math.abs(d[i]) > Math.abs(d[big])) {
                    big = i;
                }
            }
            sign = d[big];
        }
        if (sign < 0) {
            double[] flipped = new double[d.length];
            for (int i = 0; i < d.length; i++) {
                flipped[i] = d[i] == 0 ? 0 : -d[i];
            }
            return flipped;
        }
        return d;
    }

    /** M v = Σ r (r · v) over {@code rows}: the points' second-moment matrix times {@code v}, without forming it. */
    private static double[] times(List<double[]> rows, double[] v) {
        double[] out = new double[v.length];
        for (double[] r : rows) {
            double c = dot(r, v);
            for (int i = 0; i < v.length; i++) {
                out[i] += c * r[i];
            }
        }
        return out;
    }

    /** The first {@code k} orthonormal vectors Gram–Schmidt (twice) makes of {@code vectors}, skipping dependent ones. */
    private static double[][] orthonormal(List<double[]> vectors, int k, int dims) {
        double[][] q = new double[k][];
        int found = 0;
        for (double[] v : vectors) {
            if (found == k) {
                break;
            }
            double size = norm(v);
            if (size == 0) {
                continue;
            }
            double[] u = v.clone();
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < found; j++) {
                    double c = dot(u, q[j]);
                    for (int i = 0; i < dims; i++) {
                        u[i] -= c * q[j][i];
                    }
                }
            }
            double left = norm(u);
            if (left <= 1e-10 * size) {
                continue;
            }
            for (int i = 0; i < dims; i++) {
                u[i] /= left;
            }
            q[found++] = u;
        }
        if (found < k) {
            throw new IllegalStateException("fewer than " + k + " independent vectors"); // unit vectors were given
        }
        return q;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static List<Double> list(double[] values) {
        List<Double> l = new ArrayList<>(values.length);
        for (double v : values) {
            l.add(v);
        }
        return l;
    }

    /**
     * A range holding {@code start}, each of {@code fixed} and every path's values, padded by {@link #PAD} and at
     * least ±{@link #MIN_HALF_SPAN}.
     */
    private static LandscapeSpec.Range fitted(
            List<Path> paths, Function<Path, List<Double>> axis, double start, List<Double> fixed) {
        double lo = start;
        double hi = start;
        for (double v : fixed) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
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
