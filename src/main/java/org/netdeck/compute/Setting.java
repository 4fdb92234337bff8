package org.netdeck.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.netdeck.id.Identified;

/**
 * A setting a deck's compare runs may vary ({@code compare: {learning_rate: [0.1, 1, 5]}}): each value makes
 * a copy of the deck's network that differs in this one setting. A new setting adds a constant here with its
 * own {@link #apply} and run-name prefix.
 */
public enum Setting implements Identified {
    /** α, a number greater than 0; runs are named {@code lr_0_1}, {@code lr_5}. */
    LEARNING_RATE("lr"),
    /** The length of the training run, a whole number from 0 to {@link NetworkSpec#MAX_ITERATIONS}; runs are named {@code iterations_500}. */
    ITERATIONS("iterations"),
    /** An optimiser ({@code sgd}, {@code momentum}, {@code adam}, ...) with its defaults; runs are named by it: {@code adam}. */
    OPTIMIZER("");

    private final String prefix;

    Setting(String prefix) {
        this.prefix = prefix;
    }

    /** {@code spec} with this numeric setting set to {@code value} ({@link #OPTIMIZER} takes {@link NetworkSpec#withOptimizer}). */
    public NetworkSpec apply(NetworkSpec spec, double value) {
        return switch (this) {
            case LEARNING_RATE -> spec.withLearningRate(value);
            case ITERATIONS -> spec.withIterations((int) value);
            case OPTIMIZER ->
                throw new IllegalArgumentException("an optimiser is not a number; use RunSpec.of(spec, optimizer)");
        };
    }

    /** This setting's value in {@code spec}, as {@link RunSpec#value()} writes it ({@code 0.1}, {@code adam}). */
    public String valueIn(NetworkSpec spec) {
        return switch (this) {
            case LEARNING_RATE -> plain(spec.learningRate());
            case ITERATIONS -> plain(spec.iterations());
            case OPTIMIZER -> spec.optimizer().id();
        };
    }

    /**
     * This setting of {@code spec} as a legend writes it: {@code α = 0.1}, {@code 500 iterations}, {@code adam}
     * (with each hyper-parameter that is not its default: {@code adam (beta1 = 0.8)}).
     */
    public String legend(NetworkSpec spec) {
        return switch (this) {
            case LEARNING_RATE -> "α = " + valueIn(spec);
            case ITERATIONS -> valueIn(spec) + " iterations";
            case OPTIMIZER -> {
                Optimizer o = spec.optimizer();
                Optimizer d = Optimizer.defaults(o.kind());
                List<String> changed = new ArrayList<>();
                for (String key : o.kind().keys()) {
                    if (o.value(key) != d.value(key)) {
                        changed.add(
                                key + " = " + (key.equals(Optimizer.CENTERED) ? o.centered() : plain(o.value(key))));
                    }
                }
                yield o.id() + (changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")");
            }
        };
    }

    /**
     * The run's name for {@code value}: the prefix, '_', and the value as a plain decimal with every '.' written
     * '_' ({@code 0.1 → lr_0_1}, {@code 1 → lr_1}, {@code 2.5e-3 → lr_0_0025}), so it is an identifier a reference can use.
     */
    public String runName(double value) {
        if (this == OPTIMIZER) {
            throw new IllegalArgumentException("an optimiser run is named by the optimiser");
        }
        return prefix + "_" + plain(value).replace('.', '_').replace("-", "minus");
    }

    /** {@code value} as the shortest plain decimal: {@code 1.0 → 1}, {@code 2.5e-3 → 0.0025}. */
    public static String plain(double value) {
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
