package org.netdeck.compute;

import java.util.Objects;

/**
 * One compare run asked for: its name ({@code lr_0_1}, {@code adam}), the setting it varies and the value as the
 * run names it ({@code 0.1}, {@code adam}), and the whole network it trains.
 */
public record RunSpec(String name, Setting setting, String value, NetworkSpec network) {

    public RunSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(network, "network");
    }

    /** The run that sets the numeric {@code setting} to {@code value} in {@code base}, named by {@link Setting#runName}. */
    public static RunSpec of(NetworkSpec base, Setting setting, double value) {
        return new RunSpec(setting.runName(value), setting, Setting.plain(value), setting.apply(base, value));
    }

    /** The run that trains {@code base} with {@code optimizer} instead, named by the optimiser ({@code adam}). */
    public static RunSpec of(NetworkSpec base, Optimizer optimizer) {
        return new RunSpec(optimizer.id(), Setting.OPTIMIZER, optimizer.id(), base.withOptimizer(optimizer));
    }

    /** Whether the value is a number (a learning rate, a run length), not a name. */
    public boolean isNumber() {
        return setting != Setting.OPTIMIZER;
    }
}
