package org.netdeck.content;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Layer;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Weight;
import org.netdeck.id.Identified;
import org.netdeck.problem.DidYouMean;
import org.netdeck.problem.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the front matter's {@code network} section into a {@link NetworkSpec}, with defaults filled
 * in: the graph (via {@link GraphReader}), then the run: loss, learning rate, inputs, targets and
 * iterations.
 */
final class NetworkReader {

    static final List<String> KEYS =
            List.of("layers", "weights", "biases", "loss", "learning_rate", "inputs", "targets", "iterations");
    static final int DEFAULT_ITERATIONS = 1000;

    private final NodeReader r;
    private final GraphReader graph;

    NetworkReader(NodeReader reader) {
        this.r = reader;
        this.graph = new GraphReader(reader);
    }

    /** The network, or empty when anything in it (or elsewhere in the front matter) was reported. */
    Optional<NetworkSpec> read(Node node, SourcePosition anchor) {
        Optional<NodeReader.Fields> fields = r.fields(node, "network", anchor, KEYS);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        NodeReader.Fields f = fields.get();
        graph.layers(f.required("layers", "layers: [{name: input, neurons: [x1]}, {name: output, neurons: [y]}]"));
        List<Weight> weights = graph.weights(f.required("weights", "weights: {w1: {from: x1, to: y, value: 0.5}}"));
        List<Bias> biases = graph.biases(f.optional("biases"));
        Optional<Node> lossNode = f.required("loss", "loss: squared_error");
        Optional<LossKind> loss = lossNode.flatMap(n -> r.text(n, "network.loss"))
                .flatMap(id -> graph.known(lossNode.get(), id, "loss", Identified.ids(LossKind.class)))
                .flatMap(id -> Identified.fromId(LossKind.class, id));
        OptionalDouble rate = learningRate(f.required("learning_rate", "learning_rate: 0.1"));
        Map<String, Node> inputs = values(f, "inputs", "input", 0);
        Map<String, Node> targets = values(f, "targets", "output", graph.layerCount() - 1);
        int iterations = f.optional("iterations").map(this::iterations).orElse(DEFAULT_ITERATIONS);
        if (loss.isPresent() && loss.get() == LossKind.BINARY_CROSS_ENTROPY) {
            crossEntropyFits(targets);
        }
        if (r.hasProblems()) {
            return Optional.empty();
        }
        List<Layer> layers = graph.layers();
        return Optional.of(new NetworkSpec(
                layers,
                weights,
                biases,
                loss.orElseThrow(),
                rate.orElseThrow(),
                numbers(inputs),
                numbers(targets),
                iterations));
    }

    private OptionalDouble learningRate(Optional<Node> node) {
        if (node.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble rate = r.number(node.get(), "network.learning_rate");
        if (rate.isPresent() && !(rate.getAsDouble() > 0.0)) {
            r.report(
                    node.get(),
                    "network.learning_rate is " + r.text(node.get(), "").orElseThrow()
                            + "; the learning rate is a step size and must be greater than 0, such as 0.1");
            return OptionalDouble.empty();
        }
        return rate;
    }

    /** Iterations, or the default after reporting why the value cannot be used. */
    private int iterations(Node node) {
        String expected = "a whole number of training steps from 0 to " + NetworkSpec.MAX_ITERATIONS + ", such as 1000";
        BigInteger n = r.integer(node, "network.iterations", expected);
        if (n == null) {
            return DEFAULT_ITERATIONS;
        }
        if (n.signum() < 0) {
            r.report(node, "network.iterations is " + n + ", but it counts training steps; write " + expected);
        } else if (n.compareTo(BigInteger.valueOf(NetworkSpec.MAX_ITERATIONS)) > 0) {
            r.report(
                    node,
                    "network.iterations is " + n + ", more than the limit of " + NetworkSpec.MAX_ITERATIONS
                            + " (the loss curve keeps one value per step); use at most " + NetworkSpec.MAX_ITERATIONS);
        } else {
            return n.intValueExact();
        }
        return DEFAULT_ITERATIONS;
    }

    /**
     * The value nodes of {@code inputs} or {@code targets} by neuron, in layer order, each checked to be a
     * number; every neuron of layer {@code layer} must have one and no other neuron may.
     */
    private Map<String, Node> values(NodeReader.Fields f, String key, String kind, int layer) {
        String path = "network." + key;
        String example = key + ": {" + (layer == 0 ? "x1: 0.5" : "yhat: 1.0") + "}";
        Optional<List<NodeReader.Entry>> entries =
                f.required(key, example).flatMap(n -> r.mapping(n, path)).map(m -> r.entries(m, path));
        Map<String, Node> byName = new LinkedHashMap<>();
        for (NodeReader.Entry e : entries.orElse(List.of())) {
            r.record(path + "." + e.key(), e.value());
            r.number(e.value(), path + "." + e.key());
            byName.put(e.key(), e.value());
        }
        if (entries.isEmpty() || !graph.complete()) {
            return byName;
        }
        List<String> expected = graph.neuronsOf(layer);
        for (NodeReader.Entry e : entries.get()) {
            if (!expected.contains(e.key())) {
                r.report(
                        e.keyNode(),
                        "'" + e.key() + "' is not an " + kind + " neuron; " + key + " gives a value to"
                                + " each " + kind + " neuron (" + Names.list(expected) + ") and to nothing else"
                                + DidYouMean.hint(e.key(), expected));
            }
        }
        Map<String, Node> ordered = new LinkedHashMap<>();
        for (String neuron : expected) {
            if (byName.containsKey(neuron)) {
                ordered.put(neuron, byName.get(neuron));
            } else {
                r.report(
                        f.keyAt(key),
                        key + " has no value for " + kind + " neuron '" + neuron + "'; add '" + neuron + ": "
                                + (layer == 0 ? "0.5" : "1.0") + "' to it");
            }
        }
        return ordered;
    }

    /** Binary cross-entropy takes logs of a and 1 − a: outputs must lie in (0, 1), targets in [0, 1]. */
    private void crossEntropyFits(Map<String, Node> targets) {
        graph.outputActivation()
                .ifPresent(node -> r.text(node, "")
                        .flatMap(id -> Identified.fromId(Activation.class, id))
                        .filter(a -> a != Activation.SIGMOID)
                        .ifPresent(a -> r.report(
                                node,
                                "binary_cross_entropy needs outputs between 0 and 1, but the output" + " layer uses '"
                                        + a.id()
                                        + "'; use 'activation: sigmoid' on the output layer, or another loss")));
        targets.forEach((neuron, node) -> {
            OptionalDouble t = r.numberIfValid(node);
            if (t.isPresent() && (t.getAsDouble() < 0.0 || t.getAsDouble() > 1.0)) {
                r.report(
                        node,
                        "target '" + neuron + "' is " + r.text(node, "").orElseThrow() + ", but"
                                + " binary_cross_entropy needs targets from 0 to 1; use a target in [0, 1], or "
                                + "another loss");
            }
        });
    }

    private Map<String, Double> numbers(Map<String, Node> nodes) {
        Map<String, Double> values = new LinkedHashMap<>();
        nodes.forEach((name, node) -> values.put(name, r.numberIfValid(node).orElseThrow()));
        return values;
    }
}
