package org.netdeck.compute;

/** A finished compare run: what was asked for and the whole computation of its network (a full, separate engine run). */
public record Run(RunSpec spec, Trace trace) {

    public String name() {
        return spec.name();
    }

    public Training training() {
        return trace.training();
    }
}
