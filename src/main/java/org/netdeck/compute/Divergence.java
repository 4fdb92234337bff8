package org.netdeck.compute;

import java.util.Optional;

/**
 * The computation produced a number that is not finite (an overflow, or ln 0), at the initial
 * parameters ({@code step == 0}) or after {@code step} gradient-descent steps. The usual cause is a
 * learning rate too large for the network.
 */
public final class Divergence extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int step;
    private final String culprit;
    private final String run;

    Divergence(int step, String what) {
        this(step, what, null);
    }

    /** {@code culprit}: the front-matter key under {@code network} most to blame, like {@code weights.w1}, or null. */
    Divergence(int step, String what, String culprit) {
        this(
                what
                        + (step == 0
                                ? " at the initial parameters"
                                : " after " + step + " training step" + (step == 1 ? "" : "s")),
                step,
                culprit,
                null);
    }

    private Divergence(String message, int step, String culprit, String run) {
        super(message);
        this.step = step;
        this.culprit = culprit;
        this.run = run;
    }

    /** The same divergence, in the compare run named {@code name}. */
    Divergence inRun(String name) {
        return new Divergence(getMessage(), step, culprit, name);
    }

    /** The compare run that diverged, or empty when it was the deck's own run. */
    public Optional<String> run() {
        return Optional.ofNullable(run);
    }

    public int step() {
        return step;
    }

    /**
     * The key under {@code network} in the front matter most to blame ({@code weights.w1}, {@code biases.b1},
     * {@code inputs.x1}): the largest term of a weighted sum that overflowed. Empty when no single value is.
     */
    public Optional<String> culprit() {
        return Optional.ofNullable(culprit);
    }
}
