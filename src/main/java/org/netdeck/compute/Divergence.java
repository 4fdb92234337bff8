package org.netdeck.compute;

/**
 * The computation produced a number that is not finite (an overflow, or ln 0), at the initial
 * parameters ({@code step == 0}) or after {@code step} gradient-descent steps. The usual cause is a
 * learning rate too large for the network.
 */
public final class Divergence extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int step;

    Divergence(int step, String what) {
        super(what + (step == 0 ? " at the initial parameters" : " after " + step + " training step" + (step == 1 ? "" : "s")));
        this.step = step;
    }

    public int step() {
        return step;
    }
}
