package org.netdeck.compute;

import java.util.Objects;

/** One compare run asked for: its name ({@code lr_0_1}), the setting it varies and the value, and the whole network it trains. */
public record RunSpec(String name, Setting setting, double value, NetworkSpec network) {

    public RunSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(network, "network");
    }

    /** The run that sets {@code setting} to {@code value} in {@code base}, named by {@link Setting#runName}. */
    public static RunSpec of(NetworkSpec base, Setting setting, double value) {
        return new RunSpec(setting.runName(value), setting, value, setting.apply(base, value));
    }
}
