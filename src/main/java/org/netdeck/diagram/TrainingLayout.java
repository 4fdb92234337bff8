package org.netdeck.diagram;

import static org.netdeck.diagram.PlotStyle.MARGIN;
import static org.netdeck.diagram.PlotStyle.SAMPLE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.netdeck.compute.Checkpoint;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Run;
import org.netdeck.compute.Setting;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;

/**
 * The training step: the loss of every iteration of the run, plotted against the iteration; with compare runs,
 * every run's curve (each its own dash pattern, named in a legend), the deck's own run drawn thicker. A marker
 * ({@code checkpoint-marker}) sits at the last checkpoint of the deck's run (the trained state a page without a script
 * shows), and the root carries the plot's scales as
 * {@code data-x0 data-x1} (iterations) ↔ {@code data-px0 data-px1} (SVG units) and {@code data-y0 data-y1} (loss)
 * ↔ {@code data-py0 data-py1}, with {@code data-scale="linear"}, so a page can put the marker at any checkpoint.
 */
final class TrainingLayout {

    /** The most points the loss curve keeps; longer runs are sampled evenly, first and last kept. */
    static final int MAX_POINTS = 500;

    // Sizes in viewBox units (PlotStyle has those the landscape shares).
    static final double WIDTH = 600;
    static final double HEIGHT = 400;
    // the plot shares its slide with the network panel (about 540 × 300 CSS px each on a 1366×768 stage): its text is
    // larger than the landscape's (PlotStyle) so that it reads at 11 px or more there
    private static final double AXIS_SIZE = 18;
    private static final double TICK_SIZE = 18;
    private static final double LEGEND_SIZE = 18;
    private static final double POINT_SIZE = 18;
    /** The plot area's top: below the y axis's label. */
    private static final double TOP = MARGIN + 1.05 * AXIS_SIZE + 16;
    /** The x axis: above a row of tick labels and a row for the x axis's label (higher with a legend below it). */
    private static final double BOTTOM = HEIGHT - MARGIN - 1.05 * AXIS_SIZE - 6 - 1.05 * TICK_SIZE - 8;

    private TrainingLayout() {}

    /**
     * One loss curve: a run's name (empty for the deck's own run when no compare run matches it), its legend text, its
     * losses, whether it is the deck's own run, and its dash pattern (0, solid, for the deck's own run, then 1, 2, … in
     * the order of every run, so a run keeps its pattern whichever runs a diagram draws).
     */
    record Curve(String name, String legend, List<Double> loss, boolean own, int pattern) {}

    /** The order a legend names a run's settings in: {@code adam, α = 0.01, 500 iterations}. */
    private static final List<Setting> LEGEND_ORDER =
            List.of(Setting.OPTIMIZER, Setting.LEARNING_RATE, Setting.ITERATIONS);

    /** Every run's curve ({@link #curves(Trace, Predicate)} drawing all). */
    static List<Curve> curves(Trace trace) {
        return curves(trace, run -> true);
    }

    /**
     * The curves to draw: the deck's own run alone, or, with compare runs, those {@code draws} accepts (by name, ""
     * for the deck's own run when it is not a compare run) of: the deck's own run first when no compare run trains
     * its network (the one that does is its own), then every compare run in the order written. A legend names each
     * run by the settings in which the drawn runs differ (those any compare run sets; all of them when the drawn runs
     * do not differ in any): {@code α = 0.1}, {@code adam, α = 0.01}, the deck's own run marked "(this deck)".
     */
    static List<Curve> curves(Trace trace, Predicate<String> draws) {
        if (trace.runs().isEmpty()) {
            return List.of(new Curve("", "", trace.training().loss(), true, 0));
        }
        List<String> names = new ArrayList<>();
        List<NetworkSpec> specs = new ArrayList<>();
        List<List<Double>> losses = new ArrayList<>();
        if (trace.runs().stream().noneMatch(r -> r.spec().network().equals(trace.network()))) {
            names.add("");
            specs.add(trace.network());
            losses.add(trace.training().loss());
        }
        for (Run r : trace.runs()) {
            names.add(r.name());
            specs.add(r.spec().network());
            losses.add(r.training().loss());
        }
        List<Integer> shown = IntStream.range(0, names.size())
                .filter(k -> draws.test(names.get(k)))
                .boxed()
                .toList();
        List<Setting> varied = LEGEND_ORDER.stream()
                .filter(s ->
                        trace.runs().stream().anyMatch(r -> r.spec().settings().contains(s)))
                .toList();
        List<Setting> differ = varied.stream()
                .filter(s -> shown.stream()
                                .map(k -> s.legend(specs.get(k)))
                                .distinct()
                                .count()
                        > 1)
                .toList();
        List<Setting> told = differ.isEmpty() ? varied : differ;
        List<Curve> curves = new ArrayList<>();
        int pattern = 1;
        for (int k = 0; k < names.size(); k++) {
            boolean own = specs.get(k).equals(trace.network());
            int p = own ? 0 : pattern++;
            if (shown.contains(k)) {
                NetworkSpec spec = specs.get(k);
                String legend =
                        String.join(", ", told.stream().map(s -> s.legend(spec)).toList())
                                + (own ? " (this deck)" : "");
                curves.add(new Curve(names.get(k), legend, losses.get(k), own, p));
            }
        }
        return List.copyOf(curves);
    }

    static Layout of(Trace trace) {
        return of(trace, run -> true);
    }

    /** The plot of the runs {@code draws} accepts (see {@link #curves(Trace, Predicate)}), the deck's own always. */
    static Layout of(Trace trace, Predicate<String> draws) {
        List<Curve> curves = curves(trace, run -> draws.test(run) || run.isEmpty() || isOwn(trace, run));
        List<Double> loss = trace.training().loss();
        Plot plot = Plot.of(curves, loss.size() - 1, BOTTOM);
        Box legend = new Box(plot.right(), TOP, 0, 0); // none: one curve
        if (curves.size() > 1) {
            Optional<Box> inside = legendInside(curves, plot, loss);
            if (inside.isPresent()) {
                legend = inside.get();
            } else { // every place inside meets a curve: below the x axis's tick labels, the plot shorter
                double h = legendHeight(curves);
                plot = Plot.of(curves, loss.size() - 1, BOTTOM - h - 6);
                legend = new Box(plot.left(), BOTTOM + 6 + 1.05 * TICK_SIZE - h, legendWidth(curves), h);
            }
        }
        List<Mark> marks = new ArrayList<>();
        List<Mark> labels = new ArrayList<>();
        axes(plot, LossText.name(trace.network().loss()), marks, labels);
        List<Point> points = drawCurves(curves, plot, marks);
        if (curves.size() > 1) {
            legend(curves, legend, marks, labels);
        }
        endPoints(points, loss, legend, marks, labels);
        // the checkpoint marker: at the deck's run's last checkpoint; a page moves it with the data-* scales below
        List<Checkpoint> cps = trace.training().checkpoints();
        Point at = cps.isEmpty()
                ? points.get(points.size() - 1)
                : new Point(
                        plot.px(cps.get(cps.size() - 1).iteration()),
                        plot.py(cps.get(cps.size() - 1).loss()));
        marks.add(new Circle("", at, 7, List.of("point", "marker", "checkpoint-marker")));
        marks.addAll(labels);
        return new Layout(
                DiagramStep.TRAINING,
                WIDTH,
                HEIGHT,
                title(curves, loss),
                description(trace, curves),
                marks,
                scales(plot),
                List.of());
    }

    /**
     * Where the plot's numbers go: ticks on both axes, the x axis from {@code left} to {@code right} covering the
     * longest run ({@code xMax} iterations; a run without steps is one point in the middle of the x axis), the y axis
     * from 0 to the highest loss of any run.
     */
    private record Plot(Ticks x, Ticks y, double xMax, double left, double right, double bottom, boolean noSteps) {

        static Plot of(List<Curve> curves, int steps, double bottom) {
            int longest =
                    curves.stream().mapToInt(c -> c.loss().size() - 1).max().orElse(steps);
            double max = curves.stream()
                    .flatMap(c -> c.loss().stream())
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(0.0);
            Ticks y = Ticks.covering(0.0, max > 0.0 ? max : 1.0, 6);
            Ticks x = longest == 0 ? new Ticks(0, 1, 1) : Ticks.covering(0, longest, 6);
            double xMax = longest == 0 ? 1 : x.last();
            double left = MARGIN
                    + NetworkGeometry.widest(
                            y.values().stream()
                                    .map(v -> Numbers.tick(v, y.step()))
                                    .toList(),
                            TICK_SIZE)
                    + 10;
            double right = WIDTH - MARGIN - Math.max(12, Label.width(Numbers.tick(xMax, x.step()), TICK_SIZE) / 2);
            return new Plot(x, y, xMax, left, right, bottom, longest == 0);
        }

        /** The SVG x of iteration {@code i}. */
        double px(double i) {
            return noSteps ? (left + right) / 2 : left + (right - left) * i / xMax;
        }

        /** The SVG y of loss {@code v}. */
        double py(double v) {
            return bottom - (bottom - TOP) * v / y.last();
        }

        /** The points of {@code curve}'s line (sampled: {@link #sample}), left to right. */
        List<Point> line(Curve curve) {
            List<Point> line = new ArrayList<>();
            for (int i : sample(curve.loss().size())) {
                line.add(new Point(px(i), py(curve.loss().get(i))));
            }
            return line;
        }
    }

    /** Grid lines, ticks and tick labels on both axes, the axes, and their labels (the y axis names the loss). */
    private static void axes(Plot plot, String lossName, List<Mark> marks, List<Mark> labels) {
        double left = plot.left();
        double bottom = plot.bottom();
        double right = plot.right();
        for (double v : plot.y().values()) {
            double yy = plot.py(v);
            if (v > 0) {
                marks.add(
                        new Line(List.of(new Point(left, yy), new Point(right, yy)), 1, false, false, List.of("grid")));
            }
            marks.add(
                    new Line(List.of(new Point(left - 5, yy), new Point(left, yy)), 1, false, false, List.of("tick")));
            labels.add(new Label(
                    Numbers.tick(v, plot.y().step()),
                    new Point(left - 8, yy + 0.3 * TICK_SIZE),
                    Anchor.END,
                    TICK_SIZE,
                    false,
                    "",
                    List.of("label", "tick-label")));
        }
        for (double v : plot.x().values()) {
            double xx = plot.px(v);
            marks.add(new Line(
                    List.of(new Point(xx, bottom), new Point(xx, bottom + 5)), 1, false, false, List.of("tick")));
            labels.add(new Label(
                    Numbers.tick(v, plot.x().step()),
                    new Point(xx, bottom + 6 + 0.8 * TICK_SIZE),
                    Anchor.MIDDLE,
                    TICK_SIZE,
                    false,
                    "",
                    List.of("label", "tick-label")));
        }
        marks.add(new Line(
                List.of(new Point(left, TOP - 8), new Point(left, bottom), new Point(right + 8, bottom)),
                1.5,
                false,
                false,
                List.of("axis")));
        labels.add(new Label(
                "loss L (" + lossName + ")",
                new Point(MARGIN, MARGIN + 0.8 * AXIS_SIZE),
                Anchor.START,
                AXIS_SIZE,
                true,
                "",
                List.of("label", "axis-label")));
        labels.add(new Label(
                "iteration",
                new Point(WIDTH - MARGIN, HEIGHT - MARGIN - 0.25 * AXIS_SIZE),
                Anchor.END,
                AXIS_SIZE,
                true,
                "",
                List.of("label", "axis-label")));
    }

    /** A line per curve (a curve of one point draws none); returns the points of the deck's own run. */
    private static List<Point> drawCurves(List<Curve> curves, Plot plot, List<Mark> marks) {
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < curves.size(); k++) {
            Curve c = curves.get(k);
            List<Point> line = plot.line(c);
            if (c.own()) {
                points = line;
            }
            List<String> classes = new ArrayList<>(List.of("curve"));
            if (curves.size() > 1) {
                classes.addAll(List.of("run", "pattern-" + c.pattern()));
                classes.add(c.own() ? "own" : "run-" + c.name());
            }
            if (line.size() > 1) {
                marks.add(new Line(line, c.own() ? 2.5 : 2, false, false, classes));
            }
        }
        return points;
    }

    /** The first and last points of the deck's own run ({@code points}), each labelled with its loss. */
    private static void endPoints(
            List<Point> points, List<Double> loss, Box legend, List<Mark> marks, List<Mark> labels) {
        int steps = loss.size() - 1;
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        marks.add(new Circle("", first, 5.5, List.of("point", "first")));
        String firstText = "start: L = " + Numbers.of(loss.get(0), Precision.LOSS);
        if (steps == 0) {
            labels.add(new Label(
                    firstText + " (no training steps)",
                    new Point(first.x(), first.y() - 12),
                    Anchor.MIDDLE,
                    POINT_SIZE,
                    false,
                    "",
                    List.of("label", "point-label")));
            return;
        }
        marks.add(new Circle("", last, 5.5, List.of("point", "last")));
        labels.add(new Label(
                firstText,
                new Point(first.x() + 10, Math.max(TOP, first.y() - 10)),
                Anchor.START,
                POINT_SIZE,
                false,
                "",
                List.of("label", "point-label")));
        String lastText = "after " + Precision.count(steps) + (steps == 1 ? " step" : " steps") + ": L = "
                + Numbers.of(loss.get(steps), Precision.LOSS);
        // above the last point, or below it when that would meet the start label
        double lastY = last.y() - 12 < first.y() + 1.05 * POINT_SIZE && last.y() - 12 > first.y() - 2.2 * POINT_SIZE
                ? last.y() + 12 + 0.8 * POINT_SIZE
                : last.y() - 12;
        Box text = new Box(
                last.x() - Label.width(lastText, POINT_SIZE),
                lastY - 0.8 * POINT_SIZE,
                Label.width(lastText, POINT_SIZE),
                POINT_SIZE);
        if (text.overlaps(legend)) { // below the legend, and below the point
            lastY = Math.max(last.y() + 12, legend.bottom()) + 0.8 * POINT_SIZE;
        }
        labels.add(new Label(
                lastText,
                new Point(last.x(), Math.max(TOP, lastY)),
                Anchor.END,
                POINT_SIZE,
                false,
                "",
                List.of("label", "point-label")));
    }

    private static String title(List<Curve> curves, List<Double> loss) {
        int steps = loss.size() - 1;
        return "Training: loss over " + Precision.count(steps) + (steps == 1 ? " iteration" : " iterations")
                + (curves.size() > 1 ? ", " + curves.size() + " runs compared" : "");
    }

    /**
     * The run's optimiser in words: {@code gradient descent}, or its name as a legend writes it ({@code adam}); with
     * batches smaller than the data set, {@code on batches of 2 of the 5 examples}.
     */
    private static String optimizerInWords(NetworkSpec spec) {
        int examples = spec.data().size();
        return (NetworkContent.plainSgd(spec) ? "gradient descent" : NetworkContent.optimizer(spec))
                + (spec.batches() == 1
                        ? ""
                        : " on batches of " + spec.batchSize() + " of the " + examples + " examples");
    }

    /** The plot in words: the deck's run from start to end (and its lowest loss), then each run's final loss. */
    private static String description(Trace trace, List<Curve> curves) {
        List<Double> loss = trace.training().loss();
        int steps = loss.size() - 1;
        double min = loss.stream().mapToDouble(Double::doubleValue).min().orElse(0.0);
        String desc = steps == 0
                ? "Loss of the untrained network: " + Numbers.of(loss.get(0), Precision.LOSS) + " (no training steps)."
                : "Loss against iteration for " + Precision.count(steps) + " steps of "
                        + optimizerInWords(trace.network())
                        + " with learning rate α = "
                        + Numbers.exact(trace.network().learningRate()) + ": from "
                        + Numbers.of(loss.get(0), Precision.LOSS) + " at iteration 0 to "
                        + Numbers.of(loss.get(steps), Precision.LOSS) + " at iteration " + Precision.count(steps)
                        + " (lowest "
                        + Numbers.of(min, Precision.LOSS) + ").";
        if (curves.size() > 1) {
            StringBuilder runs = new StringBuilder(desc);
            for (Curve c : curves) {
                runs.append(" ")
                        .append(c.legend())
                        .append(": L = ")
                        .append(Numbers.of(c.loss().get(c.loss().size() - 1), Precision.LOSS))
                        .append(" after ")
                        .append(Precision.count(c.loss().size() - 1))
                        .append(" steps.");
            }
            desc = runs.toString();
        }
        return desc;
    }

    /** The plot's scales as the root's data attributes, so a page can place the checkpoint marker. */
    private static Map<String, String> scales(Plot plot) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("scale", "linear");
        data.put("x0", "0");
        data.put("x1", Numbers.data(plot.xMax()));
        data.put("y0", "0");
        data.put("y1", Numbers.data(plot.y().last()));
        data.put("px0", svg(plot.px(0)));
        data.put("px1", svg(plot.noSteps() ? plot.px(0) : plot.right()));
        data.put("py0", svg(plot.bottom()));
        data.put("py1", svg(TOP));
        return data;
    }

    /** Whether the compare run {@code run} trains the deck's own network. */
    private static boolean isOwn(Trace trace, String run) {
        return trace.run(run)
                .filter(r -> r.spec().network().equals(trace.network()))
                .isPresent();
    }

    /** A number of SVG units as the data attributes write it: two decimals at most. */
    static String svg(double v) {
        return new BigDecimal(v)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * The legend in {@code box} (from {@link #legendInside}, or below the plot): per curve a sample of its dash pattern
     * and its text (not colour alone).
     */
    private static void legend(List<Curve> curves, Box box, List<Mark> marks, List<Mark> labels) {
        double sampleX = box.x();
        double textX = sampleX + SAMPLE + 8;
        for (int k = 0; k < curves.size(); k++) {
            Curve c = curves.get(k);
            double baseline = box.y() + (k + 0.8) * LEGEND_SIZE * 1.3;
            double mid = baseline - 0.3 * LEGEND_SIZE;
            List<String> classes = new ArrayList<>(List.of("curve", "run", "legend-sample", "pattern-" + c.pattern()));
            classes.add(c.own() ? "own" : "run-" + c.name());
            marks.add(new Line(
                    List.of(new Point(sampleX, mid), new Point(sampleX + SAMPLE, mid)),
                    c.own() ? 2.5 : 2,
                    false,
                    false,
                    classes));
            labels.add(new Label(
                    c.legend(),
                    new Point(textX, baseline),
                    Anchor.START,
                    LEGEND_SIZE,
                    c.own(),
                    "",
                    List.of("label", "legend", c.own() ? "own" : "run-" + c.name())));
        }
    }

    /** The width of the legend: a sample, a gap and the widest text. */
    private static double legendWidth(List<Curve> curves) {
        return SAMPLE
                + 8
                + curves.stream()
                        .mapToDouble(c -> Label.width(c.legend(), LEGEND_SIZE))
                        .max()
                        .orElse(0);
    }

    /** The height of the legend: a row per curve. */
    private static double legendHeight(List<Curve> curves) {
        return curves.size() * LEGEND_SIZE * 1.3 + 0.3 * LEGEND_SIZE;
    }

    /** How far the legend keeps from a curve, a point and the start's label, in SVG units. */
    static final double LEGEND_CLEARANCE = 6;

    /**
     * The place inside the plot where the legend meets no curve, no end point and not the start's label, at least
     * {@link #LEGEND_CLEARANCE} from each ({@link #freePlace}); empty when every place meets one. A curve is a function of the iteration, so
     * over the legend's columns its line covers exactly the heights between its lowest and highest point there
     * (the ends cut where the columns end): the legend is free of it when that range misses the legend's rows.
     */
    private static Optional<Box> legendInside(List<Curve> curves, Plot plot, List<Double> loss) {
        double w = legendWidth(curves);
        double h = legendHeight(curves);
        List<List<Point>> lines = curves.stream().map(plot::line).toList();
        List<Box> avoid = new ArrayList<>();
        Point first = new Point(plot.px(0), plot.py(loss.get(0)));
        Point last = new Point(plot.px(loss.size() - 1), plot.py(loss.get(loss.size() - 1)));
        avoid.add(new Box(first.x() - 7, first.y() - 7, 14, 14));
        avoid.add(new Box(last.x() - 7, last.y() - 7, 14, 14));
        String startText = "start: L = " + Numbers.of(loss.get(0), Precision.LOSS);
        double startBaseline = Math.max(TOP, first.y() - 10);
        avoid.add(new Box(
                first.x() + 10,
                startBaseline - 0.8 * POINT_SIZE,
                Label.width(startText, POINT_SIZE),
                1.05 * POINT_SIZE));
        return freePlace(
                w, h, lines, avoid, new Box(plot.left(), TOP + 4, plot.right() - plot.left(), plot.bottom() - TOP - 4));
    }

    /**
     * The first place for a {@code w} × {@code h} box inside {@code area}, from its top right downwards, then column by
     * column leftwards (8 units apart), that keeps {@link #LEGEND_CLEARANCE} from every box of {@code avoid}
     * and every line of {@code lines} (each a polyline with x increasing: a curve of the iteration).
     */
    static Optional<Box> freePlace(double w, double h, List<List<Point>> lines, List<Box> avoid, Box area) {
        double c = LEGEND_CLEARANCE;
        for (double x = area.right() - w; x >= area.x() + c; x -= 8) {
            // each curve's lowest and highest point over the box's columns, the clearance around them
            List<double[]> ranges = new ArrayList<>();
            for (List<Point> line : lines) {
                yRange(line, x - c, x + w + c).ifPresent(ranges::add);
            }
            for (double y = area.y(); y + h <= area.bottom() - c; y += 8) {
                Box clear = new Box(x, y, w, h).grow(c);
                boolean free = avoid.stream().noneMatch(clear::overlaps)
                        && ranges.stream().noneMatch(r -> r[0] < clear.bottom() && r[1] > clear.y());
                if (free) {
                    return Optional.of(new Box(x, y, w, h));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The lowest and highest y of the polyline {@code line} (x increasing) between {@code x0} and {@code x1}, its
     * ends cut there; empty when it has no segment there.
     */
    private static Optional<double[]> yRange(List<Point> line, double x0, double x1) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k + 1 < line.size(); k++) {
            Point a = line.get(k);
            Point b = line.get(k + 1);
            if (b.x() < x0 || a.x() > x1) {
                continue;
            }
            for (double x : new double[] {Math.max(a.x(), x0), Math.min(b.x(), x1)}) {
                double y = a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()); // iterations: b.x() > a.x()
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        return lo <= hi ? Optional.of(new double[] {lo, hi}) : Optional.empty();
    }

    /** The indices kept for the curve: all of them, or {@link #MAX_POINTS} spread evenly with first and last. */
    static List<Integer> sample(int size) {
        if (size <= MAX_POINTS) {
            return IntStream.range(0, size).boxed().toList();
        }
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < MAX_POINTS; k++) {
            kept.add((int) Math.round((double) k * (size - 1) / (MAX_POINTS - 1)));
        }
        return kept;
    }
}
