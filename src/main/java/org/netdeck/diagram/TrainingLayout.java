package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.List;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;

/** The training step: the loss of every iteration of the run, plotted against the iteration. */
final class TrainingLayout {

    /** The most points the loss curve keeps; longer runs are sampled evenly, first and last kept. */
    static final int MAX_POINTS = 500;

    static final double WIDTH = 640;
    static final double HEIGHT = 400;
    private static final double LEFT = 72;
    private static final double RIGHT = 600;
    private static final double TOP = 48;
    private static final double BOTTOM = 330;
    private static final double TICK_SIZE = 12;

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
        // a run without steps is one point in the middle of the x axis
        java.util.function.DoubleUnaryOperator px = steps == 0 ? i -> (LEFT + RIGHT) / 2 : i -> LEFT + (RIGHT - LEFT) * i / xMax;
        java.util.function.DoubleUnaryOperator py = v -> BOTTOM - (BOTTOM - TOP) * v / y.last();

        List<Mark> marks = new ArrayList<>();
        List<Mark> labels = new ArrayList<>();
        for (double v : y.values()) {
            double yy = py.applyAsDouble(v);
            if (v > 0) {
                marks.add(new Line(List.of(new Point(LEFT, yy), new Point(RIGHT, yy)), 1, false, false, List.of("grid")));
            }
            marks.add(new Line(List.of(new Point(LEFT - 5, yy), new Point(LEFT, yy)), 1, false, false, List.of("tick")));
            labels.add(new Label(Numbers.tick(v, y.step()), new Point(LEFT - 8, yy + 4), Anchor.END, TICK_SIZE, false, "",
                    List.of("label", "tick-label")));
        }
        for (double v : x.values()) {
            double xx = px.applyAsDouble(v);
            marks.add(new Line(List.of(new Point(xx, BOTTOM), new Point(xx, BOTTOM + 5)), 1, false, false, List.of("tick")));
            labels.add(new Label(Numbers.tick(v, x.step()), new Point(xx, BOTTOM + 20), Anchor.MIDDLE, TICK_SIZE, false, "",
                    List.of("label", "tick-label")));
        }
        marks.add(new Line(List.of(new Point(LEFT, TOP - 8), new Point(LEFT, BOTTOM), new Point(RIGHT + 8, BOTTOM)), 1.5, false, false,
                List.of("axis")));
        labels.add(new Label("loss L (" + LossText.name(trace.network().loss()) + ")", new Point(LEFT - 8, TOP - 18), Anchor.START,
                13, true, "", List.of("label", "axis-label")));
        labels.add(new Label("iteration", new Point(RIGHT + 8, BOTTOM + 44), Anchor.END, 13, true, "", List.of("label", "axis-label")));

        List<Point> points = new ArrayList<>();
        for (int i : sample(loss.size())) {
            points.add(new Point(px.applyAsDouble(i), py.applyAsDouble(loss.get(i))));
        }
        if (points.size() > 1) {
            marks.add(new Line(points, 2.5, false, false, List.of("curve")));
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        marks.add(new Circle("", first, 4.5, List.of("point", "first")));
        String firstText = "start: L = " + Numbers.value(loss.get(0));
        if (steps == 0) {
            labels.add(new Label(firstText + " (no training steps)", new Point(first.x(), first.y() - 12), Anchor.MIDDLE, 13, false, "",
                    List.of("label", "point-label")));
        } else {
            marks.add(new Circle("", last, 4.5, List.of("point", "last")));
            labels.add(new Label(firstText, new Point(first.x() + 10, Math.max(TOP, first.y() - 10)), Anchor.START, 13, false, "",
                    List.of("label", "point-label")));
            String lastText = "after " + steps + (steps == 1 ? " step" : " steps") + ": L = " + Numbers.value(loss.get(steps));
            double lastY = last.y() - 12 < first.y() + 10 && last.y() - 12 > first.y() - 30 ? last.y() + 22 : last.y() - 12;
            labels.add(new Label(lastText, new Point(last.x(), Math.max(TOP, lastY)), Anchor.END, 13, false, "",
                    List.of("label", "point-label")));
        }
        marks.addAll(labels);
        String title = "Training: loss over " + steps + (steps == 1 ? " iteration" : " iterations");
        String desc = steps == 0
                ? "Loss of the untrained network: " + Numbers.value(loss.get(0)) + " (no training steps)."
                : "Loss against iteration for " + steps + " steps of gradient descent with learning rate α = "
                + Numbers.exact(trace.network().learningRate()) + ": from " + Numbers.value(loss.get(0)) + " at iteration 0 to "
                + Numbers.value(loss.get(steps)) + " at iteration " + steps + " (lowest " + Numbers.value(min) + ").";
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
