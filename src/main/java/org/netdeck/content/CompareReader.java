package org.netdeck.content;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.Run;
import org.netdeck.compute.RunSpec;
import org.netdeck.compute.Setting;
import org.netdeck.id.Identified;
import org.netdeck.problem.DidYouMean;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the front matter's {@code compare} section in one of two forms. {@code compare: {learning_rate: [0.1, 1, 5]}}:
 * one setting and a list of values, each asking for a compare run of the deck's network with that one setting
 * changed, named by the value. Or a list of named runs, each with its own settings:
 * {@code compare: [{name: small_lr, learning_rate: 0.05}, {name: adam, optimizer: adam, learning_rate: 0.01}]}.
 * The position of each run is recorded as {@code compare.RUN} (for example {@code compare.lr_0_1}), where a
 * compare run's problems (a divergence) are reported.
 */
final class CompareReader {

    private final NodeReader r;

    CompareReader(NodeReader reader) {
        this.r = reader;
    }

    /**
     * The runs asked for; empty when none are or something was reported ({@code network} is empty when it was invalid).
     */
    List<RunSpec> read(Node node, Optional<NetworkSpec> network) {
        List<String> settings = Identified.ids(Setting.class);
        if (node instanceof SequenceNode list) {
            return named(node, list.getValue(), network);
        }
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

    /** The keys of a named run: {@code name}, then every setting. */
    static List<String> runKeys() {
        List<String> keys = new ArrayList<>(List.of("name"));
        keys.addAll(Identified.ids(Setting.class));
        return List.copyOf(keys);
    }

    /**
     * {@code compare: [{name: small_lr, learning_rate: 0.05}, ...]}: each item a run with its own name and one or more
     * settings that differ from the deck's network.
     */
    private List<RunSpec> named(Node node, List<Node> items, Optional<NetworkSpec> network) {
        String example = "[{name: small_lr, learning_rate: 0.05}, {name: adam, optimizer: adam}]";
        if (items.isEmpty()) {
            r.report(node, "compare is an empty list; give at least one named run, like " + example);
            return List.of();
        }
        if (items.size() > Limits.MAX_COMPARE_RUNS) {
            r.report(
                    items.get(Limits.MAX_COMPARE_RUNS),
                    "compare lists " + items.size() + " runs, more than the limit of " + Limits.MAX_COMPARE_RUNS
                            + " compare runs; keep at most " + Limits.MAX_COMPARE_RUNS);
            return List.of();
        }
        Map<String, Node> byName = new LinkedHashMap<>(); // lower-case name → its node: names become file names
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<RunSpec> runs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String path = "compare." + i;
            Optional<NodeReader.Fields> fields = r.fields(item, path, r.at(item), runKeys());
            if (fields.isEmpty()) {
                continue;
            }
            NodeReader.Fields f = fields.get();
            Optional<String> name = f.required("name", "name: small_lr").flatMap(n -> runName(n, byName));
            name.ifPresent(n -> byName.put(n.toLowerCase(Locale.ROOT), item));
            List<Setting> given = new ArrayList<>();
            NetworkSpec spec = network.orElse(null);
            boolean ok = name.isPresent();
            for (Setting s : Setting.values()) {
                Optional<Node> v = f.optional(s.id());
                if (v.isEmpty()) {
                    continue;
                }
                given.add(s);
                String at = path + "." + s.id();
                if (s == Setting.OPTIMIZER) {
                    Optional<Optimizer> o = new OptimizerReader(r).read(v.get(), at);
                    ok &= o.isPresent();
                    spec = spec == null || o.isEmpty() ? spec : spec.withOptimizer(o.get());
                } else {
                    OptionalDouble x = value(s, v.get(), at, " is ");
                    ok &= x.isPresent();
                    spec = spec == null || x.isEmpty() ? spec : s.apply(spec, x.getAsDouble());
                }
            }
            if (given.isEmpty() && item instanceof MappingNode m && m.getValue().size() <= 1) {
                r.report(
                        item,
                        "compare run " + name.map(n -> "'" + n + "' ").orElse("")
                                + "sets nothing but its name, so it would repeat the deck's own run; give it a"
                                + " setting that differs, like 'learning_rate: 1' (the settings are "
                                + Names.list(Identified.ids(Setting.class)) + ")");
                continue;
            }
            if (given.isEmpty() || !ok || spec == null) {
                continue;
            }
            r.record("compare." + name.get(), item);
            if (spec.equals(network.get())) {
                r.report(
                        item,
                        "compare run '" + name.get() + "' differs in nothing: every setting it gives is the"
                                + " network's own, so it would repeat the deck's run; change a value, or remove the"
                                + " run (the deck's own run is drawn as '" + Run.DECK + "')");
                continue;
            }
            NetworkSpec same = spec;
            Optional<RunSpec> twin =
                    runs.stream().filter(o -> o.network().equals(same)).findFirst();
            if (twin.isPresent()) {
                r.report(
                        item,
                        "compare run '" + name.get() + "' trains the same network as run '"
                                + twin.get().name()
                                + "' (line "
                                + r.at(nodes.get(twin.get().name())).line()
                                + "); change a value, or remove one of them");
                continue;
            }
            if (spec.iterations() > spec.stepLimit()) {
                r.report(
                        f.keyAt(Setting.ITERATIONS.id()),
                        path + ".iterations is " + spec.iterations() + ", but with "
                                + spec.data().size()
                                + " examples a run may take at most " + spec.stepLimit()
                                + " steps (examples × steps is at most " + NetworkSpec.MAX_EXAMPLE_STEPS
                                + "); use at most " + spec.stepLimit());
                continue;
            }
            nodes.put(name.get(), item);
            runs.add(new RunSpec(name.get(), given, spec));
        }
        return r.hasProblems() ? List.of() : List.copyOf(runs);
    }

    /** A named run's name: an identifier of at most {@link Limits#MAX_RUN_NAME} characters, not taken, not 'deck'. */
    private Optional<String> runName(Node node, Map<String, Node> taken) {
        Optional<String> text = r.text(node, "compare.name").map(String::strip);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String name = text.get();
        String problem = null;
        if (name.isEmpty()) {
            problem = "a compare run has no name; write one such as 'name: small_lr' (the text refers to it as"
                    + " {{ runs.small_lr.trained.loss }})";
        } else if (!Names.IDENTIFIER.matcher(name).matches()) {
            problem = "'" + Limits.shorten(name) + "' is not a valid run name; a name starts with a letter or '_' and"
                    + " has only letters, digits and '_' (the text refers to it as {{ runs.NAME.trained.loss }})";
        } else if (name.length() > Limits.MAX_RUN_NAME) {
            problem = "the run name '" + Limits.shorten(name) + "' is longer than " + Limits.MAX_RUN_NAME
                    + " characters (it names diagram files); use a shorter name";
        } else if (name.equals(Run.DECK)) {
            problem = "'" + Run.DECK + "' names the deck's own run (in a slide's 'runs:' choice); pick another name"
                    + " for this compare run";
        } else if (taken.containsKey(name.toLowerCase(Locale.ROOT))) {
            problem = "compare has two runs named '" + name + "' (the other at line "
                    + r.at(taken.get(name.toLowerCase(Locale.ROOT))).line()
                    + ", names differing only in upper and lower case count as the same); give each run its own name";
        }
        if (problem != null) {
            r.report(node, problem);
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** One value of {@code setting}, or empty after reporting why it cannot be one. */
    private OptionalDouble value(Setting setting, Node node, String path) {
        return value(setting, node, path, " lists ");
    }

    /** One value of {@code setting}, with {@code verb} between the key path and the value in messages (" is "). */
    private OptionalDouble value(Setting setting, Node node, String path, String verb) {
        switch (setting) {
            case LEARNING_RATE -> {
                OptionalDouble rate = r.number(node, path);
                if (rate.isPresent() && !(rate.getAsDouble() > 0.0)) {
                    r.report(
                            node,
                            path + verb + r.text(node, "").orElseThrow() + ", but a learning rate is a step size"
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
                    r.report(node, path + verb + n + "; write " + expected);
                    return OptionalDouble.empty();
                }
                return OptionalDouble.of(n.doubleValue());
            }
            default -> throw new IllegalStateException(setting.id());
        }
    }
}
