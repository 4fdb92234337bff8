package org.netdeck.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.OptimizerKind;
import org.netdeck.id.Identified;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads an optimiser: its name alone ({@code optimizer: adam}) or a mapping with the name and any of the
 * hyper-parameters that optimiser reads ({@code optimizer: {name: adam, beta1: 0.8}}), each checked against its
 * range; the rest keep PyTorch's defaults ({@link Optimizer#defaults}). Used for {@code network.optimizer} and for
 * each value of {@code compare: {optimizer: [...]}}.
 */
final class OptimizerReader {

    static final String EXAMPLE = "optimizer: {name: adam, beta1: 0.9, beta2: 0.999}";

    private final NodeReader r;

    OptimizerReader(NodeReader reader) {
        this.r = reader;
    }

    /** Every key an optimiser mapping may hold: {@code name}, then each hyper-parameter of any optimiser. */
    static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("name"));
        for (OptimizerKind k : OptimizerKind.values()) {
            k.keys().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
        }
        return List.copyOf(keys);
    }

    /** The optimiser at {@code node} (key path {@code path}), or empty after reporting why it is not one. */
    Optional<Optimizer> read(Node node, String path) {
        if (node instanceof ScalarNode) {
            return kind(node, path).map(Optimizer::defaults);
        }
        Optional<NodeReader.Fields> fields = r.fields(node, path, r.at(node), keys());
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        NodeReader.Fields f = fields.get();
        Optional<OptimizerKind> kind = f.required("name", "name: adam").flatMap(n -> kind(n, path + ".name"));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optimizer o = Optimizer.defaults(kind.get());
        boolean ok = true;
        for (String key : keys().subList(1, keys().size())) {
            Optional<Node> value = f.optional(key);
            if (value.isEmpty()) {
                continue;
            }
            if (!kind.get().keys().contains(key)) {
                r.report(
                        f.keyAt(key),
                        kind.get().id() + " has no hyper-parameter '" + key + "'; the ones it reads are "
                                + Names.list(kind.get().keys()) + why(kind.get(), key));
                ok = false;
                continue;
            }
            OptionalDouble v = value(kind.get(), key, value.get(), path + "." + key);
            if (v.isEmpty()) {
                ok = false;
            } else {
                o = o.with(key, v.getAsDouble());
            }
        }
        return ok ? Optional.of(o) : Optional.empty();
    }

    /** A pointer from a hyper-parameter to the optimiser that reads it. */
    private static String why(OptimizerKind kind, String key) {
        if (key.equals(Optimizer.MOMENTUM) && kind == OptimizerKind.SGD) {
            return "; for momentum write 'name: momentum' (or nesterov)";
        }
        for (OptimizerKind other : OptimizerKind.values()) {
            if (other.keys().contains(key)) {
                return "; '" + key + "' belongs to " + other.id() + ", so change the name or remove it";
            }
        }
        return "";
    }

    private Optional<OptimizerKind> kind(Node node, String path) {
        List<String> ids = Identified.ids(OptimizerKind.class);
        return r.text(node, path)
                .map(String::strip)
                .flatMap(id -> r.known(node, id, "optimizer", ids))
                .flatMap(id -> Identified.fromId(OptimizerKind.class, id));
    }

    /** One hyper-parameter's value, or empty after reporting why it cannot be one ({@code centered}: 1 or 0). */
    private OptionalDouble value(OptimizerKind kind, String key, Node node, String path) {
        if (key.equals(Optimizer.CENTERED)) {
            return r.bool(node, path).map(b -> OptionalDouble.of(b ? 1.0 : 0.0)).orElse(OptionalDouble.empty());
        }
        OptionalDouble v = r.number(node, path);
        if (v.isEmpty()) {
            return v;
        }
        double x = v.getAsDouble();
        String written = r.text(node, "").orElseThrow();
        String problem = switch (key) {
            case Optimizer.MOMENTUM ->
                kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.NESTEROV
                        ? (x > 0.0 && x < 1.0
                                ? null
                                : "the momentum μ is the fraction of the last step kept, above 0 and below 1" + " for "
                                        + kind.id() + "; use 0.9, or 'name: sgd' for none")
                        : (x >= 0.0 && x < 1.0
                                ? null
                                : "the momentum μ is the fraction of the last step kept, from 0 (none) up to"
                                        + " but not 1, such as 0.9");
            case Optimizer.DAMPENING ->
                x >= 0.0 && x <= 1.0
                        ? null
                        : "the dampening τ scales the new gradient by 1 − τ, so it is"
                                + " from 0 to 1, such as 0 (the default)";
            case Optimizer.ALPHA ->
                x >= 0.0 && x < 1.0
                        ? null
                        : "alpha is the decay of the running average of g², from 0 up to"
                                + " but not 1, such as 0.99 (the default)";
            case Optimizer.BETA1, Optimizer.BETA2 ->
                x >= 0.0 && x < 1.0
                        ? null
                        : key + " is the decay of a running average, from 0 up to but"
                                + " not 1, such as " + (key.equals(Optimizer.BETA1) ? "0.9" : "0.999")
                                + " (the default)";
            case Optimizer.EPS ->
                x > 0.0
                        ? null
                        : "eps keeps the step finite where the average of g² is 0, so it must be"
                                + " greater than 0, such as 1e-8 (the default)";
            case Optimizer.WEIGHT_DECAY ->
                x >= 0.0
                        ? null
                        : "weight_decay λ adds λθ to each gradient, so it is 0 (none) or more," + " such as 1e-4";
            default -> throw new IllegalStateException(key);
        };
        if (problem != null) {
            r.report(node, path + " is " + written + ", but " + problem);
            return OptionalDouble.empty();
        }
        return v;
    }
}
