package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.List;

/** Round axis ticks: steps of 1, 2 or 5 times a power of ten, covering a range with about {@code target} ticks. */
record Ticks(double first, double step, int count) {

    /** Ticks from at or below {@code lo} to at or above {@code hi}, {@code hi > lo}. */
    static Ticks covering(double lo, double hi, int target) {
        double raw = (hi - lo) / Math.max(1, target - 1);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = 10 * power;
        for (double m : new double[] {1, 2, 5}) { // the smallest round step at least as large as the raw one
            if (m * power >= raw * (1 - 1e-9)) {
                step = m * power;
                break;
            }
        }
        double first = Math.floor(lo / step + 1e-9) * step;
        int count = (int) Math.ceil((hi - first) / step - 1e-9) + 1;
        return new Ticks(first, step, count);
    }

    List<Double> values() {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            v.add(first + i * step);
        }
        return v;
    }

    double last() {
        return first + (count - 1) * step;
    }
}
