package org.netdeck.compute;

/** A finished compare run: what was asked for and the whole computation of its network (a full, separate engine run). */
public record Run(RunSpec spec, Trace trace) {

    /**
     * The name a slide's {@code runs:} choice gives the deck's own run (the network section's settings); no compare
     * run may take it.
     */
    public static final String DECK = "deck";

    public String name() {
        return spec.name();
    }

    public Training training() {
        return trace.training();
    }
}
