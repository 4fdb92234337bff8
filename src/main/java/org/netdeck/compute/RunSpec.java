package org.netdeck.compute;

import java.util.List;
import java.util.Objects;

/**
 * One compare run asked for: its name ({@code lr_0_1}, {@code adam}, or the author's {@code small_lr}), the settings
 * in which its network differs from the deck's (one for {@code compare: {learning_rate: [...]}}, one or more for a
 * named run), and the whole network it trains. Each setting's value is read from the network
 * ({@link Setting#valueIn}).
 */
public record RunSpec(String name, List<Setting> settings, NetworkSpec network) {

    public RunSpec {
        Objects.requireNonNull(name, "name");
        settings = List.copyOf(settings);
        Objects.requireNonNull(network, "network");
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("a compare run differs in at least one setting: " + name);
        }
    }

    /** The run that sets the numeric {@code setting} to {@code value} in {@code base}, named by {@link Setting#runName}. */
    public static RunSpec of(NetworkSpec base, Setting setting, double value) {
        return new RunSpec(setting.runName(value), List.of(setting), setting.apply(base, value));
    }

    /** The run that trains {@code base} with {@code optimizer} instead, named by the optimiser ({@code adam}). */
    public static RunSpec of(NetworkSpec base, Optimizer optimizer) {
        return new RunSpec(optimizer.id(), List.of(Setting.OPTIMIZER), base.withOptimizer(optimizer));
    }

    /** The one setting this run varies; throws when it varies several (a named run). */
    public Setting setting() {
        if (settings.size() != 1) {
            throw new IllegalStateException("run " + name + " varies " + settings.size() + " settings");
        }
        return settings.get(0);
    }

    /** The value of {@link #setting()} as the run names it ({@code 0.1}, {@code adam}). */
    public String value() {
        return setting().valueIn(network);
    }
}
