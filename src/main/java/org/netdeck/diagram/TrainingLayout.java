package org.netdeck.diagram;

import org.netdeck.compute.Precision;

import java.util.ArrayList;
import java.util.List;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;

/** The training step: the loss of every iteration of the run, plotted against the iteration. */
final class TrainingLayout {

    /** The most points the loss curve keeps; longer runs are sampled evenly, first and last kept. */
    static final int MAX_POINTS = 500;

    // Sizes in viewBox units: the plot is shown about 600 px wide, so text stays about 0.025 of the width.
    static final double WIDTH = 600;
    static final double HEIGHT = 400;
    private static final double MARGIN = 12;
    private static final double TICK_SIZE = 15;
    private static final double AXIS_SIZE = 16;
    private static final double POINT_SIZE = 15;
    /** The plot area's top: below the y axis's label. */
    private static final double TOP = MARGIN + 1.05 * AXIS_SIZE + 16;
    /** The x axis: above a row of tick labels and a row for the x axis's label. */
    private static final double BOTTOM = HEIGHT - MARGIN - 1.05 * AXIS_SIZE - 6 - 1.05 * TICK_SIZE - 8;

    private TrainingLayout() {
    }

    static Layout of(Trace trace) {
        List<Double> loss = trace.training().loss();
        int steps = loss.size() - 1;
        double max = loss.stream().mapToDouble(Double::doubleValue).max().orElse(0.0);
        double min = loss.stream().mapToDouble(Double::doubleValue).min().orElse(0.0);
        Ticks y = Ticks.covering(0.0, max > 0.0 ? max : 1.0, 6);
        Ticks x = steps == 0 ? new Ticks(0, 1, 1) : Ticks.covering(0, steps, 6);
        double xMax = steps == 0 ? 1 : x.last();
        double left = MARGIN + NetworkGeometry.widest(y.values().stream().map(v -> Numbers.tick(v, y.step())).toList(), TICK_SIZE) + 10;
        double right = WIDTH - MARGIN - Math.max(12, Label.width(Numbers.tick(xMax, x.step()), TICK_SIZE) / 2);
        // a run without steps is one point in the middle of the x axis
        java.util.function.DoubleUnaryOperator px = steps == 0 ? i -> (left + right) / 2 : i -> left + (right - left) * i / xMax;
        java.util.function.DoubleUnaryOperator py = v -> BOTTOM - (BOTTOM - TOP) * v / y.last();

        List<Mark> marks = new ArrayList<>();
        List<Mark> labels = new ArrayList<>();
        for (double v : y.values()) {
            double yy = py.applyAsDouble(v);
            if (v > 0) {
                marks.add(new Line(List.of(new Point(left, yy), new Point(right, yy)), 1, false, false, List.of("grid")));
            }
            marks.add(new Line(List.of(new Point(left - 5, yy), new Point(left, yy)), 1, false, false, List.of("tick")));
            labels.add(new Label(Numbers.tick(v, y.step()), new Point(left - 8, yy + 0.3 * TICK_SIZE), Anchor.END, TICK_SIZE, false, "",
                    List.of("label", "tick-label")));
        }
        for (double v : x.values()) {
            double xx = px.applyAsDouble(v);
            marks.add(new Line(List.of(new Point(xx, BOTTOM), new Point(xx, BOTTOM + 5)), 1, false, false, List.of("tick")));
            labels.add(new Label(Numbers.tick(v, x.step()), new Point(xx, BOTTOM + 6 + 0.8 * TICK_SIZE), Anchor.MIDDLE, TICK_SIZE, false, "",
                    List.of("label", "tick-label")));
        }
        marks.add(new Line(List.of(new Point(left, TOP - 8), new Point(left, BOTTOM), new Point(right + 8, BOTTOM)), 1.5, false, false,
                List.of("axis")));
        labels.add(new Label("loss L (" + LossText.name(trace.network().loss()) + ")", new Point(MARGIN, MARGIN + 0.8 * AXIS_SIZE), Anchor.START,
                AXIS_SIZE, true, "", List.of("label", "axis-label")));
        labels.add(new Label("iteration", new Point(WIDTH - MARGIN, HEIGHT - MARGIN - 0.25 * AXIS_SIZE), Anchor.END, AXIS_SIZE, true, "", List.of("label", "axis-label")));

        List<Point> points = new ArrayList<>();
        for (int i : sample(loss.size())) {
            points.add(new Point(px.applyAsDouble(i), py.applyAsDouble(loss.get(i))));
        }
        if (points.size() > 1) {
            marks.add(new Line(points, 2.5, false, false, List.of("curve")));
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        marks.add(new Circle("", first, 5.5, List.of("point", "first")));
        String firstText = "start: L = " + Numbers.of(loss.get(0), Precision.LOSS);
        if (steps == 0) {
            labels.add(new Label(firstText + " (no training steps)", new Point(first.x(), first.y() - 12), Anchor.MIDDLE, POINT_SIZE, false, "",
                    List.of("label", "point-label")));
        } else {
            marks.add(new Circle("", last, 5.5, List.of("point", "last")));
            labels.add(new Label(firstText, new Point(first.x() + 10, Math.max(TOP, first.y() - 10)), Anchor.START, POINT_SIZE, false, "",
                    List.of("label", "point-label")));
            String lastText = "after " + steps + (steps == 1 ? " step" : " steps") + ": L = " + Numbers.of(loss.get(steps), Precision.LOSS);
            // above the last point, or below it when that would meet the start label
            double lastY = last.y() - 12 < first.y() + 1.05 * POINT_SIZE && last.y() - 12 > first.y() - 2.2 * POINT_SIZE
                    ? last.y() + 12 + 0.8 * POINT_SIZE : last.y() - 12;
            labels.add(new Label(lastText, new Point(last.x(), Math.max(TOP, lastY)), Anchor.END, POINT_SIZE, false, "",
                    List.of("label", "point-label")));
        }
        marks.addAll(labels);
        String title = "Training: loss over " + steps + (steps == 1 ? " iteration" : " iterations");
        String desc = steps == 0
                ? "Loss of the untrained network: " + Numbers.of(loss.get(0), Precision.LOSS) + " (no training steps)."
                : "Loss against iteration for " + steps + " steps of gradient descent with learning rate α = "
                + Numbers.exact(trace.network().learningRate()) + ": from " + Numbers.of(loss.get(0), Precision.LOSS) + " at iteration 0 to "
                + Numbers.of(loss.get(steps), Precision.LOSS) + " at iteration " + steps + " (lowest "
                + Numbers.of(min, Precision.LOSS) + ").";
        return new Layout(DiagramStep.TRAINING, WIDTH, HEIGHT, title, desc, marks);
    }

    /** The indices kept for the curve: all of them, or {@link #MAX_POINTS} spread evenly with first and last. */
    static List<Integer> sample(int size) {
        if (size <= MAX_POINTS) {
            return java.util.stream.IntStream.range(0, size).boxed().toList();
        }
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < MAX_POINTS; k++) {
            kept.add((int) Math.round((double) k * (size - 1) / (MAX_POINTS - 1)));
        }
        return kept;
    }
}
