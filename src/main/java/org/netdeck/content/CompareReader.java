package org.netdeck.content;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.RunSpec;
import org.netdeck.compute.Setting;
import org.netdeck.id.Identified;
import org.netdeck.problem.DidYouMean;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the front matter's {@code compare} section, {@code compare: {learning_rate: [0.1, 1, 5]}}: one setting
 * and a list of values, each asking for a compare run of the deck's network with that one setting changed. The
 * position of each value is recorded as {@code compare.RUN} (for example {@code compare.lr_0_1}), where a
 * compare run's problems (a divergence) are reported.
 */
final class CompareReader {

    private final NodeReader r;

    CompareReader(NodeReader reader) {
        this.r = reader;
    }

    /** The runs asked for; empty when none are or something was reported ({@code network} is empty when it was invalid). */
    List<RunSpec> read(Node node, Optional<NetworkSpec> network) {
        List<String> settings = Identified.ids(Setting.class);
        Optional<MappingNode> mapping = r.mapping(node, "compare");
        if (mapping.isEmpty()) {
            return List.of();
        }
        List<NodeReader.Entry> entries = r.entries(mapping.get(), "compare");
        if (entries.isEmpty()) {
            r.report(
                    node,
                    "compare is empty; name one setting and its values, like 'compare: {learning_rate: [0.1, 1, 5]}'");
            return List.of();
        }
        if (entries.size() > 1) {
            r.report(
                    entries.get(1).keyNode(),
                    "compare varies one setting at a time, but it names '"
                            + entries.get(0).key() + "' and '" + entries.get(1).key() + "'; keep one of them");
            return List.of();
        }
        NodeReader.Entry e = entries.get(0);
        Optional<Setting> setting = Identified.fromId(Setting.class, e.key());
        if (setting.isEmpty()) {
            r.report(
                    e.keyNode(),
                    "unknown setting '" + Limits.shorten(e.key()) + "' in compare"
                            + DidYouMean.hint(
                                    e.key(),
                                    settings,
                                    "the settings a compare run can vary are " + Names.list(settings)));
            return List.of();
        }
        String path = "compare." + e.key();
        Optional<List<Node>> values = r.list(e.value(), path, "[0.1, 1, 5]");
        if (values.isEmpty()) {
            return List.of();
        }
        if (values.get().isEmpty()) {
            r.report(e.value(), path + " is an empty list; give at least one value to compare, like [0.1, 1, 5]");
            return List.of();
        }
        if (values.get().size() > Limits.MAX_COMPARE_RUNS) {
            r.report(
                    values.get().get(Limits.MAX_COMPARE_RUNS),
                    path + " has " + values.get().size() + " values, more than the" + " limit of "
                            + Limits.MAX_COMPARE_RUNS + " compare runs; keep at most " + Limits.MAX_COMPARE_RUNS);
            return List.of();
        }
        if (setting.get() == Setting.OPTIMIZER) {
            return optimizers(values.get(), path, network);
        }
        Map<String, Node> byName = new LinkedHashMap<>();
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (Node v : values.get()) {
            OptionalDouble value = value(setting.get(), v, path);
            if (value.isEmpty()) {
                continue;
            }
            String name = setting.get().runName(value.getAsDouble());
            if (byName.containsKey(name)) {
                r.report(
                        v,
                        path + " lists " + Setting.plain(value.getAsDouble()) + " twice (also at line "
                                + r.at(byName.get(name)).line()
                                + "); each compare run needs its own value, so remove one");
                continue;
            }
            byName.put(name, v);
            numbers.put(name, value.getAsDouble());
            r.record("compare." + name, v);
        }
        if (r.hasProblems() || network.isEmpty()) {
            return List.of();
        }
        List<RunSpec> runs = new ArrayList<>();
        numbers.forEach((name, value) -> runs.add(RunSpec.of(network.get(), setting.get(), value)));
        if (setting.get() == Setting.ITERATIONS) {
            int limit = network.get().stepLimit();
            for (RunSpec run : runs) {
                if (run.network().iterations() > limit) {
                    r.report(
                            byName.get(run.name()),
                            path + " lists " + run.value() + ", but with "
                                    + network.get().data().size()
                                    + " examples a run may take at most " + limit + " steps (examples × steps is at"
                                    + " most " + NetworkSpec.MAX_EXAMPLE_STEPS + "); use at most " + limit);
                    return List.of();
                }
            }
        }
        return List.copyOf(runs);
    }

    /**
     * {@code compare: {optimizer: [sgd, momentum, {name: adam, beta1: 0.8}]}}: one run per optimiser (its name, or a
     * mapping as {@code network.optimizer} takes), named by it, each replacing the deck's optimiser.
     */
    private List<RunSpec> optimizers(List<Node> values, String path, Optional<NetworkSpec> network) {
        OptimizerReader reader = new OptimizerReader(r);
        Map<String, Node> byName = new LinkedHashMap<>();
        List<Optimizer> optimizers = new ArrayList<>();
        for (Node v : values) {
            Optional<Optimizer> o = reader.read(v, path);
            if (o.isEmpty()) {
                continue;
            }
            String name = o.get().id();
            if (byName.containsKey(name)) {
                r.report(
                        v,
                        path + " lists " + name + " twice (also at line "
                                + r.at(byName.get(name)).line()
                                + "); each compare run is named by its optimiser, so list each one once");
                continue;
            }
            byName.put(name, v);
            optimizers.add(o.get());
            r.record("compare." + name, v);
        }
        if (r.hasProblems() || network.isEmpty()) {
            return List.of();
        }
        return optimizers.stream().map(o -> RunSpec.of(network.get(), o)).toList();
    }

    /** One value of {@code setting}, or empty after reporting why it cannot be one. */
    private OptionalDouble value(Setting setting, Node node, String path) {
        switch (setting) {
            case LEARNING_RATE -> {
                OptionalDouble rate = r.number(node, path);
                if (rate.isPresent() && !(rate.getAsDouble() > 0.0)) {
                    r.report(
                            node,
                            path + " lists " + r.text(node, "").orElseThrow() + ", but a learning rate is a step size"
                                    + " and must be greater than 0, such as 0.1");
                    return OptionalDouble.empty();
                }
                return rate;
            }
            case ITERATIONS -> {
                String expected =
                        "a whole number of training steps from 0 to " + NetworkSpec.MAX_ITERATIONS + ", such as 500";
                BigInteger n = r.integer(node, path, expected);
                if (n == null) {
                    return OptionalDouble.empty();
                }
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(NetworkSpec.MAX_ITERATIONS)) > 0) {
                    r.report(node, path + " lists " + n + "; write " + expected);
                    return OptionalDouble.empty();
                }
                return OptionalDouble.of(n.doubleValue());
            }
            default -> throw new IllegalStateException(setting.id());
        }
    }
}
