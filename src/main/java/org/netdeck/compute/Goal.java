package org.netdeck.compute;

import java.util.Objects;

/**
 * A value to train towards, for {@code steps_to}: an activation reaching {@code value} ({@code quantity} is a
 * non-input neuron), or the loss falling to it ({@code quantity} is {@code "loss"}). {@code run} is a compare
 * run's name, or empty for the deck's own settings.
 *
 * <p>A neuron's activation reaches the value when it first gets to it from the side it starts on (at or above
 * a value it started below, at or below one it started above); the loss reaches it when it is at or below it.
 */
public record Goal(String run, String quantity, double value) {

    /** The quantity that means the loss. */
    public static final String LOSS = "loss";

    public Goal {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(quantity, "quantity");
        Values.requireFinite("goal", value);
    }

    /** The reference name: {@code steps_to.yhat(0.85)} or {@code runs.lr_1.steps_to.yhat(0.85)}. */
    public String name() {
        return (run.isEmpty() ? "" : "runs." + run + ".") + "steps_to." + quantity + "(" + Setting.plain(value) + ")";
    }
}
