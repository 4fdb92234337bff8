package org.netdeck.compute;

import java.util.List;

/**
 * How a training run ends, read from its loss over the last tenth of the run (its {@link Tail}): whether its last value
 * is a result or an accident of where the run stopped (in a chaotic run, of rounding).
 *
 * <ul>
 *   <li>{@link #DIVERGING}: over the tail the loss ends more than {@link #GROWTH} (10 %) of the tail's mean above where
 *       the tail starts, never falls back by more than that from its highest value so far (its {@link Tail#drawdown}),
 *       and the tail's mean is above the run's initial loss.
 *   <li>{@link #OSCILLATING} (chaotic): not diverging, and the loss climbs back: somewhere in the tail it rises more
 *       than {@link #SPREAD} (10 %) of the tail's mean above its lowest value before (its {@link Tail#rebound}). A run
 *       that only falls, however fast, never climbs back.
 *   <li>{@link #SETTLED}: neither; the loss falls or stays over the tail (bumps under 10 % of its mean allowed).
 * </ul>
 *
 * <pre>{@code RunBehaviour.of(trace.training().loss())  // SETTLED for the backprop deck's run}</pre>
 */
public enum RunBehaviour {
    SETTLED("settled"),
    OSCILLATING("oscillating"),
    DIVERGING("diverging");

    /** The share of the tail's mean by which a settled run's loss may climb back above its lowest value before. */
    public static final double SPREAD = 0.1;
    /** The share of the tail's mean by which a diverging run's loss ends above the tail's start. */
    public static final double GROWTH = 0.1;

    private final String id;

    RunBehaviour(String id) {
        this.id = id;
    }

    /** How {@code trace.json} and the docs name it: {@code settled}, {@code oscillating}, {@code diverging}. */
    public String id() {
        return id;
    }

    /** Whether the run's last value is a result (its loss settled), rather than a point of a chaotic or growing run. */
    public boolean settled() {
        return this == SETTLED;
    }

    /**
     * The last tenth of a run: the losses after steps {@code from} … {@code to} (the run's last step; ⌈to / 10⌉ steps,
     * at least 1), their least, greatest and mean; the most the loss climbs above its lowest value earlier in the tail
     * ({@code rebound}) and falls below its highest value earlier in the tail ({@code drawdown}).
     */
    public record Tail(int from, int to, double min, double max, double mean, double rebound, double drawdown) {

        /** The tail of a run whose loss before each step and after the last is {@code loss} (as {@link Training#loss}). */
        public static Tail of(List<Double> loss) {
            int to = loss.size() - 1;
            int from = Math.max(0, to - Math.max(1, (int) Math.ceil(to / 10.0)));
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            double rebound = 0;
            double drawdown = 0;
            for (int k = from; k <= to; k++) {
                double l = loss.get(k);
                if (k > from) {
                    rebound = Math.max(rebound, l - min);
                    drawdown = Math.max(drawdown, max - l);
                }
                min = Math.min(min, l);
                max = Math.max(max, l);
                sum += l;
            }
            return new Tail(from, to, min, max, sum / (to - from + 1), rebound, drawdown);
        }
    }

    /** How the run whose loss before each step and after the last is {@code loss} ends. */
    public static RunBehaviour of(List<Double> loss) {
        Tail t = Tail.of(loss);
        double scale = GROWTH * Math.abs(t.mean());
        double net = loss.get(t.to()) - loss.get(t.from());
        if (net > scale && t.drawdown() <= scale && t.mean() > loss.get(0)) {
            return DIVERGING;
        }
        if (t.rebound() > SPREAD * Math.abs(t.mean())) {
            return OSCILLATING;
        }
        return SETTLED;
    }
}
