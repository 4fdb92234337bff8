package org.netdeck.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which iterations of a training run keep a {@link Checkpoint}: at most {@link #MAX} of them, always 0 and the
 * last, spread evenly along the loss curve's length. The curve is drawn in a unit square (iteration / N across,
 * (L − min L) / (max L − min L) up), its arc length measured from point to point, and the checkpoints are the
 * first iterations at which the length walked reaches 0, S/(K−1), 2S/(K−1), … S (S the whole length, K = min(MAX,
 * N + 1)). So where the loss falls fast the checkpoints crowd together, and on a flat tail they are evenly spaced
 * in iterations. An iteration reached twice is kept once, so there may be fewer than K.
 */
public final class Checkpoints {

    /** The most checkpoints one run keeps. */
    public static final int MAX = 200;

    private Checkpoints() {}

    /** The iterations of {@code loss} (the loss before each step and after the last) that keep a checkpoint, increasing. */
    public static List<Integer> select(List<Double> loss) {
        return select(loss, MAX);
    }

    static List<Integer> select(List<Double> loss, int max) {
        int n = loss.size() - 1;
        if (n + 1 <= max) {
            return IntStream.rangeClosed(0, n).boxed().toList();
        }
        double lo = loss.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = loss.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double range = hi > lo ? hi - lo : 1.0;
        double[] walked = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            double dx = 1.0 / n;
            double dy = (loss.get(i) - loss.get(i - 1)) / range;
            walked[i] = walked[i - 1] + Math.hypot(dx, dy);
        }
        double total = walked[n];
        List<Integer> kept = new ArrayList<>();
        kept.add(0);
        int i = 0;
        for (int k = 1; k < max - 1; k++) {
            double target = total * k / (max - 1);
            while (walked[i] < target) {
                i++;
            }
            if (i != kept.get(kept.size() - 1) && i < n) {
                kept.add(i);
            }
        }
        kept.add(n);
        return List.copyOf(kept);
    }
}
