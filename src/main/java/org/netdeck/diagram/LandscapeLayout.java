package org.netdeck.diagram;

import static org.netdeck.diagram.PlotStyle.LEGEND_SIZE;
import static org.netdeck.diagram.PlotStyle.MARGIN;
import static org.netdeck.diagram.PlotStyle.SAMPLE;
import static org.netdeck.diagram.PlotStyle.TICK_SIZE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.netdeck.compute.Explanation;
import org.netdeck.compute.Landscape;
import org.netdeck.compute.LandscapeSpec;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Provenance;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;

/**
 * The landscape step: the loss over two parameters as filled contour bands ({@code band band-K}, K from 0, the
 * lowest, to {@link #PALETTE} − 1, each outlined as a {@code contour}), a key of the band levels, and each run's
 * path over it ({@code landscape-path run pattern-N}, dash patterns as in the training plot, the deck's own run
 * solid and thicker), with the start ({@code point start}), each path's end ({@code point end}) and the grid's lowest
 * point ({@code lowest}, a cross) marked and named in a legend, so nothing is told by colour alone. The axes are
 * labelled with the parameters' display labels.
 */
final class LandscapeLayout {

    static final double WIDTH = 600;
    static final double HEIGHT = 620;
    /** The caption's text size: its longest line fits the width. */
    private static final double CAPTION_SIZE = 15;
    /** Colour classes {@code band-0} … {@code band-8}: the stylesheets define this many. */
    static final int PALETTE = 9;
    /** Contour levels drawn at most (so at most one more band). */
    static final int LEVELS = PALETTE - 1;

    private static final double AXIS_SIZE = 20;
    private static final double KEY_SIZE = 15;
    private static final double TOP = MARGIN + 1.05 * AXIS_SIZE + 10;
    private static final double PLOT = 400;
    private static final double BOTTOM = TOP + PLOT;
    private static final double KEY_WIDTH = 16;

    private LandscapeLayout() {}

    static Layout of(Trace trace, Landscape land) {
        return of(trace, land, bands(land));
    }

    /**
     * The part of every landscape diagram that depends only on the grid (see {@link LandscapeBands}): the contour
     * levels and the filled bands, each region below a level, highest first, after the top band's square.
     */
    static LandscapeBands bands(Landscape land) {
        double left = left(land);
        double right = left + PLOT;
        int n = land.grid();
        double cell = PLOT / (n - 1);
        double[] values = scale(land);
        List<Double> levels = levels(values);
        int bands = levels.size() + 1;
        List<Region> regions = new ArrayList<>();
        List<Point> square =
                List.of(new Point(left, TOP), new Point(left, BOTTOM), new Point(right, BOTTOM), new Point(right, TOP));
        regions.add(new Region(List.of(square), 0, List.of("band", band(bands - 1, bands))));
        for (int k = levels.size() - 1; k >= 0; k--) {
            List<List<Point>> rings = Contours.below(values, n, levels.get(k)).stream()
                    .map(r -> Simplify.ring(r.stream()
                            .map(p -> new Point(left + p.x() * cell, BOTTOM - p.y() * cell))
                            .toList()))
                    .toList();
            if (!rings.isEmpty()) {
                regions.add(new Region(rings, 0.75, List.of("band", band(k, bands), "contour")));
            }
        }
        return new LandscapeBands(land, levels, regions, land.lowest());
    }

    /**
     * The values the colour scale covers: the grid's losses and every drawn path's own losses (so a path's loss is
     * on the scale even where it leaves the plane).
     */
    static double[] scale(Landscape land) {
        List<Double> all = new ArrayList<>(land.loss());
        land.paths().forEach(p -> all.addAll(p.loss()));
        return all.stream()
                .mapToDouble(Double::doubleValue)
                .filter(Double::isFinite)
                .toArray();
    }

    /** The plot's left edge: past the widest tick text of the y axis, which depends on the y range only. */
    private static double left(Landscape land) {
        Ticks yt = inside(Ticks.covering(land.y().lo(), land.y().hi(), 6), land.y());
        return MARGIN
                + NetworkGeometry.widest(
                        yt.values().stream()
                                .map(v -> Numbers.tick(v, yt.step()))
                                .toList(),
                        TICK_SIZE)
                + 10;
    }

    /** The diagram of {@code land}, its bands taken from {@code shared}, which must have been computed on its grid. */
    static Layout of(Trace trace, Landscape land, LandscapeBands shared) {
        if (!shared.landscape().sameGrid(land)) {
            throw new IllegalArgumentException("the bands were computed on another landscape's grid");
        }
        String xLabel = axisLabel(trace, land, true);
        String yLabel = axisLabel(trace, land, false);
        Ticks xt = inside(Ticks.covering(land.x().lo(), land.x().hi(), 6), land.x());
        Ticks yt = inside(Ticks.covering(land.y().lo(), land.y().hi(), 6), land.y());
        List<String> yTickTexts =
                yt.values().stream().map(v -> Numbers.tick(v, yt.step())).toList();
        double left = MARGIN + NetworkGeometry.widest(yTickTexts, TICK_SIZE) + 10;
        double right = left + PLOT;
        DoubleUnaryOperator px =
                v -> left + PLOT * (v - land.x().lo()) / land.x().span();
        DoubleUnaryOperator py =
                v -> BOTTOM - PLOT * (v - land.y().lo()) / land.y().span();
        int n = land.grid();

        List<Mark> marks = new ArrayList<>();
        List<Mark> labels = new ArrayList<>();
        // the bands: everything in the top band, then each region below a level painted over it, highest first;
        // computed once per grid and shared by every landscape diagram of the deck
        List<Double> levels = shared.levels();
        int bands = levels.size() + 1;
        marks.addAll(shared.regions());
        // axes and ticks
        for (double v : xt.values()) {
            double x = px.applyAsDouble(v);
            marks.add(new Line(
                    List.of(new Point(x, BOTTOM), new Point(x, BOTTOM + 5)), 1, false, false, List.of("tick")));
            labels.add(new Label(
                    Numbers.tick(v, xt.step()),
                    new Point(x, BOTTOM + 6 + 0.8 * TICK_SIZE),
                    Anchor.MIDDLE,
                    TICK_SIZE,
                    false,
                    "",
                    List.of("label", "tick-label")));
        }
        for (int k = 0; k < yt.count(); k++) {
            double v = yt.values().get(k);
            double y = py.applyAsDouble(v);
            marks.add(new Line(List.of(new Point(left - 5, y), new Point(left, y)), 1, false, false, List.of("tick")));
            labels.add(new Label(
                    yTickTexts.get(k),
                    new Point(left - 8, y + 0.3 * TICK_SIZE),
                    Anchor.END,
                    TICK_SIZE,
                    false,
                    "",
                    List.of("label", "tick-label")));
        }
        marks.add(new Line(
                List.of(
                        new Point(left, TOP),
                        new Point(left, BOTTOM),
                        new Point(right, BOTTOM),
                        new Point(right, TOP),
                        new Point(left, TOP)),
                1.5,
                false,
                false,
                List.of("axis")));
        labels.add(new Label(
                yLabel,
                new Point(left, TOP - 10),
                Anchor.MIDDLE,
                AXIS_SIZE,
                false,
                "",
                List.of("label", "axis-label")));
        labels.add(new Label(
                xLabel,
                new Point(right + 6, BOTTOM + 0.35 * AXIS_SIZE),
                Anchor.START,
                AXIS_SIZE,
                false,
                "",
                List.of("label", "axis-label")));
        double[] covered = scale(shared.landscape()); // the scale the bands were made on
        key(
                levels,
                bands,
                Arrays.stream(covered).min().orElse(0),
                Arrays.stream(covered).max().orElse(0),
                scaleInWords(shared.landscape()),
                right + 34,
                marks,
                labels);

        // the paths, in the training plot's order and dash patterns
        // the runs the landscape has a path for (a slide may choose some), with the training plot's patterns and
        // legends
        List<TrainingLayout.Curve> curves = TrainingLayout.curves(
                trace, run -> land.paths().stream().anyMatch(p -> p.run().equals(run)));
        List<Landscape.Path> paths = new ArrayList<>();
        for (TrainingLayout.Curve c : curves) {
            paths.add(land.paths().stream()
                    .filter(p -> p.run().equals(c.name()))
                    .findFirst()
                    .orElseThrow());
        }
        Box plot = new Box(left, TOP, PLOT, PLOT);
        // the start ring and the grid's lowest point first: every path is drawn over them, never hidden
        int lowest = shared.lowest();
        Point low = new Point(px.applyAsDouble(land.xAt(lowest % n)), py.applyAsDouble(land.yAt(lowest / n)));
        cross(low, 6, marks);
        Point start = new Point(px.applyAsDouble(land.startX()), py.applyAsDouble(land.startY()));
        if (inside(start, plot)) {
            marks.add(new Circle("", start, 6, List.of("point", "start", "ring")));
        }
        List<Mark> ends = new ArrayList<>();
        List<Integer> tiny = new ArrayList<>(); // paths too short to see at this scale: the legend says so
        for (int k = 0; k < curves.size(); k++) {
            Landscape.Path p = paths.get(k);
            List<Point> points = new ArrayList<>();
            for (int s = 0; s < p.x().size(); s++) {
                points.add(new Point(px.applyAsDouble(p.x().get(s)), py.applyAsDouble(p.y().get(s))));
            }
            List<String> classes = pathClasses(curves, k);
            for (List<Point> piece : clip(Simplify.line(points), plot)) {
                marks.add(new Line(piece, curves.get(k).own() ? 2.5 : 2, false, false, classes));
            }
            Point end = points.get(points.size() - 1);
            double extent = 0;
            for (Point q : points) {
                extent = Math.max(
                        extent,
                        Math.hypot(
                                q.x() - points.get(0).x(), q.y() - points.get(0).y()));
            }
            if (p.steps() > 0 && extent < TINY) {
                tiny.add(k);
            }
            if (p.steps() > 0 && inside(end, plot)) {
                List<String> endClasses = new ArrayList<>(List.of("point", "end"));
                endClasses.addAll(classes.subList(1, classes.size()));
                ends.add(new Circle("", end, 4.5, endClasses));
            }
        }
        marks.addAll(ends); // the ends over every path, each path over the start and the lowest point
        legend(curves, tiny, land, left, marks, labels);
        List<String> caption = captionLines(land);
        for (int k = 0; k < caption.size(); k++) {
            labels.add(new Label(
                    caption.get(k),
                    new Point(MARGIN, HEIGHT - MARGIN - (caption.size() - 1 - k) * CAPTION_SIZE * 1.3),
                    Anchor.START,
                    CAPTION_SIZE,
                    false,
                    "",
                    List.of("label", "caption")));
        }
        marks.addAll(labels);

        String xPlain = RichText.plain(xLabel);
        String yPlain = RichText.plain(yLabel);
        String title = land.plane().slice()
                ? "Loss landscape over " + xPlain + " and " + yPlain + " (a slice)"
                : "Loss landscape on the plane of the drawn runs' paths";
        return new Layout(
                DiagramStep.LANDSCAPE,
                WIDTH,
                HEIGHT,
                title,
                description(trace, land, curves, paths, levels, shared.lowest()),
                marks);
    }

    /** The classes of path {@code k}: as the training plot's curve, {@code landscape-path} first. */
    private static List<String> pathClasses(List<TrainingLayout.Curve> curves, int k) {
        List<String> classes = new ArrayList<>(
                List.of("landscape-path", "run", "pattern-" + curves.get(k).pattern()));
        classes.add(curves.get(k).own() ? "own" : "run-" + curves.get(k).name());
        return classes;
    }

    /** The class of band {@code k} of {@code bands}, spread over the palette (the lowest band always band-0). */
    static String band(int k, int bands) {
        int index = bands == 1 ? 0 : (int) Math.round((double) k * (PALETTE - 1) / (bands - 1));
        return "band-" + index;
    }

    /**
     * The contour levels: the grid's values at evenly spaced quantiles (so each band covers about as much of the
     * plot, however steep the landscape), rounded to two significant digits of the value or of the spread between
     * the lowest and highest value, whichever is finer (from 0.69 to 0.71: 0.692, 0.694, …; near 0 on a steep grid:
     * 0.0014), strictly increasing and strictly between the lowest and highest value; none for a flat grid.
     */
    static List<Double> levels(double[] values) {
        double[] sorted =
                Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) {
            return List.of();
        }
        double lo = sorted[0];
        double hi = sorted[sorted.length - 1];
        if (!(hi > lo)) {
            return List.of();
        }
        int spread = 1 - (int) Math.floor(Math.log10(hi - lo));
        List<Double> levels = new ArrayList<>();
        for (int k = 1; k <= LEVELS; k++) {
            double q = sorted[(int) Math.floor((double) k * (sorted.length - 1) / (LEVELS + 1))];
            int own = q == 0 ? spread : 1 - (int) Math.floor(Math.log10(Math.abs(q)));
            double level = new BigDecimal(q)
                    .setScale(Math.max(spread, own), RoundingMode.HALF_UP)
                    .doubleValue();
            if (level > lo && level < hi && (levels.isEmpty() || level > levels.get(levels.size() - 1))) {
                levels.add(level);
            }
        }
        return List.copyOf(levels);
    }

    /** A contour level as the key writes it: its shortest decimal ({@code 0.087}, {@code 0.692}, {@code −1.5}). */
    static String level(double v) {
        return Numbers.exact(v);
    }

    /**
     * The key beside the plot: a swatch per band, lowest at the bottom, each level written where two bands meet, and
     * the lowest and highest value the scale covers (the grid's and the drawn paths' losses) at its ends.
     */
    private static void key(
            List<Double> levels,
            int bands,
            double lo,
            double hi,
            String over,
            double x,
            List<Mark> marks,
            List<Mark> labels) {
        double h = PLOT / bands;
        for (int k = 0; k < bands; k++) {
            double bottom = BOTTOM - k * h;
            List<Point> swatch = List.of(
                    new Point(x, bottom - h),
                    new Point(x, bottom),
                    new Point(x + KEY_WIDTH, bottom),
                    new Point(x + KEY_WIDTH, bottom - h));
            marks.add(new Region(List.of(swatch), 0.75, List.of("band", band(k, bands), "contour", "key")));
            if (k > 0) {
                labels.add(new Label(
                        level(levels.get(k - 1)),
                        new Point(x + KEY_WIDTH + 5, bottom + 0.35 * KEY_SIZE),
                        Anchor.START,
                        KEY_SIZE,
                        false,
                        "",
                        List.of("label", "tick-label", "key")));
            }
        }
        if (hi > lo) {
            labels.add(
                    keyEnd(lo, "min_loss", "the lowest loss the colour key covers: the least of " + over, x, BOTTOM));
            labels.add(
                    keyEnd(hi, "max_loss", "the highest loss the colour key covers: the greatest of " + over, x, TOP));
        }
        labels.add(new Label(
                "L",
                new Point(x + KEY_WIDTH / 2, TOP - 10),
                Anchor.MIDDLE,
                AXIS_SIZE,
                false,
                "",
                List.of("label", "axis-label", "key")));
    }

    /**
     * An end of the key, the value {@code v} at height {@code y}, explained in words ({@code what}): a value found by
     * looking at every loss the scale covers, so its {@code data-formula} is its number, as a {@code steps_to} answer's.
     */
    private static Label keyEnd(double v, String name, String what, double x, double y) {
        String shown = Numbers.of(v, Precision.LOSS);
        String number = Provenance.number(v);
        Explanation e = new Explanation(what, "", "", List.of(), number, v, "");
        return new Label(
                shown,
                new Point(x + KEY_WIDTH + 5, y + 0.35 * KEY_SIZE),
                Anchor.START,
                KEY_SIZE,
                false,
                "",
                List.of("label", "tick-label", "key", "key-end"),
                List.of(new Label.Ref(0, shown, "key." + name, number, Optional.of(e))));
    }

    /** What the key's scale covers, in words: the loss at every grid point and at every step of the runs' paths. */
    private static String scaleInWords(Landscape land) {
        return "the losses at the " + land.grid() + " × " + land.grid() + " grid points of the plane"
                + (land.paths().isEmpty() ? "" : " and at each step of the runs' paths")
                + ", each computed by a forward pass there";
    }

    /** Below the plot: per run its dash pattern and name, then the start, end and lowest-point markers in words. */
    private static void legend(
            List<TrainingLayout.Curve> curves,
            List<Integer> tiny,
            Landscape land,
            double left,
            List<Mark> marks,
            List<Mark> labels) {
        double top = BOTTOM + 6 + TICK_SIZE + 12;
        double row = LEGEND_SIZE * 1.45;
        int perColumn = (curves.size() + 1) / 2;
        double column = (WIDTH - left - MARGIN) / 2;
        if (curves.size() > 1 || !curves.get(0).legend().isEmpty()) {
            for (int k = 0; k < curves.size(); k++) {
                double x = left + (k / perColumn) * column;
                double baseline = top + (k % perColumn + 0.8) * row;
                double mid = baseline - 0.3 * LEGEND_SIZE;
                List<String> classes = new ArrayList<>(pathClasses(curves, k));
                classes.add("legend-sample");
                marks.add(new Line(
                        List.of(new Point(x, mid), new Point(x + SAMPLE, mid)),
                        curves.get(k).own() ? 2.5 : 2,
                        false,
                        false,
                        classes));
                labels.add(new Label(
                        curves.get(k).legend() + (tiny.contains(k) ? " (too short to see)" : ""),
                        new Point(x + SAMPLE + 8, baseline),
                        Anchor.START,
                        LEGEND_SIZE,
                        curves.get(k).own(),
                        "",
                        List.of(
                                "label",
                                "legend",
                                curves.get(k).own()
                                        ? "own"
                                        : "run-" + curves.get(k).name())));
            }
            top += perColumn * row;
        }
        double baseline = top + 0.8 * row;
        double mid = baseline - 0.3 * LEGEND_SIZE;
        int steps = land.paths().stream().mapToInt(Landscape.Path::steps).max().orElse(0);
        double x = left;
        marks.add(new Circle("", new Point(x + 6, mid), 6, List.of("point", "start", "ring", "legend-sample")));
        String startText = "start";
        labels.add(legendLabel(startText, x + 18, baseline));
        x += 18 + Label.width(startText, LEGEND_SIZE) + 18;
        if (steps > 0) {
            marks.add(new Circle("", new Point(x + 5, mid), 4.5, List.of("point", "end", "legend-sample")));
            String endText = "after " + Precision.count(steps) + (steps == 1 ? " step" : " steps");
            labels.add(legendLabel(endText, x + 16, baseline));
            x += 16 + Label.width(endText, LEGEND_SIZE) + 18;
        }
        cross(new Point(x + 6, mid), 6, marks);
        labels.add(legendLabel("lowest on the grid", x + 18, baseline));
    }

    /** A cross of two strokes at {@code at}, the grid's lowest point. */
    private static void cross(Point at, double r, List<Mark> marks) {
        marks.add(new Line(
                List.of(new Point(at.x() - r, at.y() - r), new Point(at.x() + r, at.y() + r)),
                2.5,
                false,
                false,
                List.of("lowest")));
        marks.add(new Line(
                List.of(new Point(at.x() - r, at.y() + r), new Point(at.x() + r, at.y() - r)),
                2.5,
                false,
                false,
                List.of("lowest")));
    }

    private static boolean inside(Point p, Box b) {
        return p.x() >= b.x() - 1e-9
                && p.x() <= b.right() + 1e-9
                && p.y() >= b.y() - 1e-9
                && p.y() <= b.bottom() + 1e-9;
    }

    /** The ticks of {@code t} that lie in {@code range}. */
    private static Ticks inside(Ticks t, LandscapeSpec.Range range) {
        double eps = 1e-9 * t.step();
        int skip = 0;
        while (t.first() + skip * t.step() < range.lo() - eps) {
            skip++;
        }
        int count = 0;
        while (skip + count < t.count() && t.first() + (skip + count) * t.step() <= range.hi() + eps) {
            count++;
        }
        return new Ticks(t.first() + skip * t.step(), t.step(), Math.max(1, count));
    }

    /** The parts of the polyline inside {@code box} (Liang–Barsky on each segment), each of two points or more. */
    static List<List<Point>> clip(List<Point> points, Box box) {
        List<List<Point>> pieces = new ArrayList<>();
        List<Point> piece = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double[] t = segment(a, b, box);
            if (t == null) {
                if (piece.size() > 1) {
                    pieces.add(piece);
                }
                piece = new ArrayList<>();
                continue;
            }
            Point from = a.toward(b, t[0]);
            Point to = a.toward(b, t[1]);
            if (piece.isEmpty() || t[0] > 0) {
                if (piece.size() > 1) {
                    pieces.add(piece);
                }
                piece = new ArrayList<>(List.of(from));
            }
            piece.add(to);
            if (t[1] < 1) {
                pieces.add(piece);
                piece = new ArrayList<>();
            }
        }
        if (piece.size() > 1) {
            pieces.add(piece);
        }
        return pieces.stream().map(List::copyOf).toList();
    }

    /** The parameters [t0, t1] of segment a→b inside the box, or null when it misses it. */
    private static double[] segment(Point a, Point b, Box box) {
        double[] t = box.clip(a, b);
        return t[0] <= t[1] ? t : null;
    }

    /** The picture in words: the slice, the grid's range of losses and lowest point, the levels, each path. */
    private static String description(
            Trace trace,
            Landscape land,
            List<TrainingLayout.Curve> curves,
            List<Landscape.Path> paths,
            List<Double> levels,
            int lowest) {
        String x = RichText.plain(axisLabel(trace, land, true));
        String y = RichText.plain(axisLabel(trace, land, false));
        int n = land.grid();
        double highest =
                land.loss().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        StringBuilder d = new StringBuilder("Contour plot of the loss L (")
                .append(LossText.name(trace.network().loss()))
                .append(") over ")
                .append(span(x, land.x()))
                .append(" (across) and ")
                .append(span(y, land.y()))
                .append(" (up), on a ")
                .append(n + " × " + n)
                .append(
                        land.plane().slice()
                                ? " grid, every other parameter held at its initial value (a slice)."
                                : " grid: the plane through the "
                                        + (land.spec().origin() == LandscapeSpec.Origin.START
                                                ? "start"
                                                : "first run's last drawn point")
                                        + " spanned by the drawn paths' two principal directions " + x + " and " + y
                                        + " (over every parameter).")
                .append(" The loss there ranges from ")
                .append(Numbers.of(land.loss().get(lowest), Precision.LOSS))
                .append(", lowest at ")
                .append(point(x, land.xAt(lowest % n), y, land.yAt(lowest / n), Precision.VALUE))
                .append(" (marked ×), to ")
                .append(Numbers.of(highest, Precision.LOSS))
                .append('.');
        if (!levels.isEmpty()) {
            d.append(" Contour lines at L = ")
                    .append(String.join(
                            ", ", levels.stream().map(LandscapeLayout::level).toList()))
                    .append('.');
        }
        d.append(" Every run starts at ")
                .append(point(x, land.startX(), y, land.startY(), Precision.VALUE))
                .append(" (L = ")
                .append(Numbers.of(land.startLoss(), Precision.LOSS))
                .append(
                        "). The paths are the runs' first training steps, every parameter moving, seen from these two:");
        for (int k = 0; k < curves.size(); k++) {
            Landscape.Path p = paths.get(k);
            int last = p.steps();
            d.append(curves.size() > 1 ? " " + curves.get(k).legend() + ":" : "")
                    .append(" after ")
                    .append(Precision.count(last))
                    .append(last == 1 ? " step " : " steps ")
                    .append(point(x, p.x().get(last), y, p.y().get(last), Precision.UPDATED))
                    .append(", L = ")
                    .append(Numbers.of(p.loss().get(last), Precision.LOSS))
                    .append(k == curves.size() - 1 ? "." : ";");
        }
        if (!caption(land).isEmpty()) {
            d.append(' ').append(caption(land));
        }
        return d.toString();
    }

    /** A path whose points all lie within this many pixels of its start is too short to see: its legend says so. */
    static final double TINY = 4;

    /** The share of its reach a path may leave the plane by and still be said to lie in it: 5 %. */
    static final double FAITHFUL = 0.05;

    /**
     * The figure's caption, what the plane is and how far the drawn paths leave it ({@link Landscape#leave}, as a
     * whole percentage rounded up): "Paths within 2 % of the plane." when at most {@link #FAITHFUL}, else "Paths leave
     * this plane (up to 38 %): colours under them are not their loss."; a slice says so first.
     */
    static String caption(Landscape land) {
        return String.join(" ", captionLines(land));
    }

    /** The caption's lines: for a slice, what it is; then how far the paths leave it (none without steps). */
    static List<String> captionLines(Landscape land) {
        String what = land.plane().slice() ? "slice" : "plane";
        long percent = Math.max(1, (long) Math.ceil(land.leave() * 100 - 1e-9));
        List<String> lines = new ArrayList<>();
        if (land.plane().slice()) {
            lines.add("A slice: every other parameter is held at its start.");
        }
        if (land.paths().stream().anyMatch(p -> p.steps() > 0)) {
            lines.add(
                    land.leave() <= FAITHFUL
                            ? "Paths within " + percent + " % of the " + what + "."
                            : "Paths leave the " + what + " (up to " + percent
                                    + " %): colours under them are not their loss.");
        }
        return lines;
    }

    /** An axis's label (rich text): the slice's parameter's display label, or d₁ / d₂ on the principal plane. */
    private static String axisLabel(Trace trace, Landscape land, boolean across) {
        if (land.plane().slice()) {
            String name = across
                    ? land.spec().slice().orElseThrow().x()
                    : land.spec().slice().orElseThrow().y();
            return RichText.math(trace.network().label(name).orElse(name));
        }
        return RichText.math(across ? "d_1" : "d_2");
    }

    /** {@code "w1 from −1.000 to 3.000"}. */
    private static String span(String name, LandscapeSpec.Range range) {
        return name + " from " + Numbers.value(range.lo()) + " to " + Numbers.value(range.hi());
    }

    /** {@code "w1 = 0.500, w3 = −0.600"}, each value as {@code kind} is shown. */
    private static String point(String x, double xv, String y, double yv, Precision kind) {
        return x + " = " + Numbers.of(xv, kind) + ", " + y + " = " + Numbers.of(yv, kind);
    }

    /** A legend text starting at {@code x} on {@code baseline}. */
    private static Label legendLabel(String text, double x, double baseline) {
        return new Label(
                text, new Point(x, baseline), Anchor.START, LEGEND_SIZE, false, "", List.of("label", "legend"));
    }
}
