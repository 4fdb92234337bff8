package org.netdeck.content;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Example;
import org.netdeck.compute.Layer;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.id.Identified;
import org.netdeck.problem.DidYouMean;
import org.netdeck.problem.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads what a network trains on: one example ({@code inputs} and {@code targets}) or a data set
 * ({@code data: [{inputs: {...}, targets: {...}}, ...]}), and {@code batch_size}. Every example gives a number to
 * each input neuron and a target to each output neuron, and to nothing else.
 */
final class ExampleReader {

    private final NodeReader r;
    private final GraphReader graph;

    ExampleReader(NodeReader reader, GraphReader graph) {
        this.r = reader;
        this.graph = graph;
    }

    /** The value nodes of one example's {@code inputs} and {@code targets}, by neuron in layer order. */
    record Values(Map<String, Node> inputs, Map<String, Node> targets) {

        Example example(NodeReader r) {
            return new Example(numbers(r, inputs), numbers(r, targets));
        }

        private static Map<String, Double> numbers(NodeReader r, Map<String, Node> nodes) {
            Map<String, Double> values = new LinkedHashMap<>();
            nodes.forEach((name, node) -> values.put(name, r.numberIfValid(node).orElseThrow()));
            return values;
        }
    }

    /**
     * The examples of {@code network} (its fields {@code f}): its {@code data}, or its one {@code inputs}/{@code
     * targets} pair; a problem when both or neither are given.
     */
    List<Values> read(NodeReader.Fields f) {
        Optional<Node> data = f.optional("data");
        if (data.isEmpty()) {
            return List.of(new Values(
                    values(f.required("inputs", "inputs: {x1: 0.5}"), "network.inputs", f.keyAt("inputs"), 0),
                    values(
                            f.required("targets", "targets: {yhat: 1.0}"),
                            "network.targets",
                            f.keyAt("targets"),
                            graph.layerCount() - 1)));
        }
        for (String single : List.of("inputs", "targets")) {
            if (f.optional(single).isPresent()) {
                r.report(
                        f.keyAt(single),
                        "network has both 'data' and '" + single + "'; give either one example (inputs and targets)"
                                + " or a data set (data: [{inputs: ..., targets: ...}, ...]), so remove '" + single
                                + "' or 'data'");
            }
        }
        return dataSet(data.get());
    }

    private List<Values> dataSet(Node node) {
        Optional<List<Node>> rows = r.list(node, "network.data", "[{inputs: {x1: 0, x2: 1}, targets: {y: 1}}, ...]");
        if (rows.isEmpty()) {
            return List.of();
        }
        if (rows.get().isEmpty()) {
            r.report(
                    node,
                    "network.data is an empty list; give at least one example, like"
                            + " [{inputs: {x1: 0, x2: 1}, targets: {y: 1}}]");
            return List.of();
        }
        if (rows.get().size() > Limits.MAX_EXAMPLES) {
            r.report(
                    rows.get().get(Limits.MAX_EXAMPLES),
                    "network.data has " + rows.get().size() + " examples, more than the limit of " + Limits.MAX_EXAMPLES
                            + "; keep at most " + Limits.MAX_EXAMPLES);
            return List.of();
        }
        List<Values> examples = new ArrayList<>();
        for (int i = 0; i < rows.get().size(); i++) {
            Node row = rows.get().get(i);
            String path = "network.data." + i;
            r.record(path, row);
            Optional<NodeReader.Fields> fields = r.fields(row, path, r.at(row), List.of("inputs", "targets"));
            if (fields.isEmpty()) {
                continue;
            }
            NodeReader.Fields f = fields.get();
            examples.add(new Values(
                    values(f.required("inputs", "inputs: {x1: 0.5}"), path + ".inputs", f.keyAt("inputs"), 0),
                    values(
                            f.required("targets", "targets: {yhat: 1.0}"),
                            path + ".targets",
                            f.keyAt("targets"),
                            graph.layerCount() - 1)));
        }
        return examples;
    }

    /**
     * The value nodes at {@code node} (key path {@code path}) by neuron, in layer order, each checked to be a
     * number; every neuron of layer {@code layer} must have one (reported at {@code anchor}) and no other neuron may.
     */
    private Map<String, Node> values(Optional<Node> node, String path, SourcePosition anchor, int layer) {
        // the single pair keeps its short name in messages ("inputs"); a data row's is its key path
        String key = path.startsWith("network.data") ? path : path.substring(path.lastIndexOf('.') + 1);
        String kind = layer == 0 ? "input" : "output";
        Optional<List<NodeReader.Entry>> entries =
                node.flatMap(n -> r.mapping(n, path)).map(m -> r.entries(m, path));
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
                        anchor,
                        key + " has no value for " + kind + " neuron '" + neuron + "'; add '" + neuron + ": "
                                + (layer == 0 ? "0.5" : "1.0") + "' to it");
            }
        }
        return ordered;
    }

    /** {@code batch_size}: 1 up to the number of examples (the default: all of them, one batch per step). */
    OptionalInt batchSize(Optional<Node> node, int examples) {
        if (node.isEmpty()) {
            return OptionalInt.of(Math.max(1, examples));
        }
        String expected =
                "a whole number of examples per step from 1 to " + examples + " (the whole data set," + " the default)";
        BigInteger n = r.integer(node.get(), "network.batch_size", expected);
        if (n == null) {
            return OptionalInt.empty();
        }
        if (n.signum() < 1) {
            r.report(
                    node.get(),
                    "network.batch_size is " + n + ", but a batch holds at least one example; write " + expected);
            return OptionalInt.empty();
        }
        if (examples > 0 && n.compareTo(BigInteger.valueOf(examples)) > 0) {
            r.report(
                    node.get(),
                    "network.batch_size is " + n + ", larger than the data, which has " + examples
                            + (examples == 1 ? " example" : " examples") + "; use at most " + examples
                            + (examples == 1 ? ", or give a data set with 'data:'" : " (the whole set, the default)"));
            return OptionalInt.empty();
        }
        return OptionalInt.of(n.intValueExact());
    }

    /**
     * A softmax output layer and categorical cross-entropy go together (reported at the one written), and the latter's
     * targets are probability vectors: each in [0, 1] (reported at the target), summing to 1 within
     * {@link NetworkSpec#PROBABILITY_SUM_TOLERANCE} (reported at the example's first target).
     */
    void softmaxFits(LossKind loss, Node lossNode, List<Values> examples) {
        boolean categorical = loss == LossKind.CATEGORICAL_CROSS_ENTROPY;
        Optional<Node> written = graph.outputActivation();
        Optional<String> output = written.flatMap(n -> r.text(n, ""));
        boolean softmax = output.filter(Layer.SOFTMAX::equals).isPresent();
        if (output.isPresent()
                && !output.get().equals(Layer.SOFTMAX)
                && Identified.fromId(Activation.class, output.get()).isEmpty()) {
            return; // an unknown activation, reported where it is written
        }
        if (categorical && !softmax) {
            r.report(
                    lossNode,
                    "categorical_cross_entropy compares a probability for each class with the target's, so it needs a"
                            + " softmax output layer, but the output layer uses '" + output.orElse("sigmoid") + "'"
                            + (written.isEmpty() ? " (the default)" : "")
                            + "; write 'activation: softmax' on the output layer, or use binary_cross_entropy");
        }
        if (softmax && !categorical) {
            r.report(
                    written.get(),
                    "a softmax output layer gives probabilities that sum to 1, which categorical_cross_entropy"
                            + " compares with the targets (its gradient is then δ = ŷ − y), but the loss is '"
                            + loss.id() + "'; write 'loss: categorical_cross_entropy', or use another activation");
        }
        if (!categorical) {
            return;
        }
        for (int e = 0; e < examples.size(); e++) {
            Map<String, Node> targets = examples.get(e).targets();
            double sum = 0.0;
            boolean all = true;
            for (Map.Entry<String, Node> t : targets.entrySet()) {
                OptionalDouble v = r.numberIfValid(t.getValue());
                if (v.isEmpty()) {
                    all = false;
                } else if (v.getAsDouble() < 0.0 || v.getAsDouble() > 1.0) {
                    all = false;
                    r.report(
                            t.getValue(),
                            "target '" + t.getKey() + "' is "
                                    + r.text(t.getValue(), "").orElseThrow() + ", but"
                                    + " categorical_cross_entropy's targets are probabilities; use a value in [0, 1]"
                                    + " (1 for the true class, 0 for the others)");
                } else {
                    sum += v.getAsDouble();
                }
            }
            if (all && !targets.isEmpty() && Math.abs(sum - 1.0) > NetworkSpec.PROBABILITY_SUM_TOLERANCE) {
                String which = examples.size() > 1 ? "network.data." + e + ".targets" : "network.targets";
                r.report(
                        targets.values().iterator().next(),
                        which + " sum to "
                                + new BigDecimal(sum)
                                        .round(new MathContext(12))
                                        .stripTrailingZeros()
                                        .toPlainString()
                                + ", but categorical_cross_entropy's targets are a probability"
                                + " for each class and must sum to 1 (within 1e-9); give 1 to the true class and 0 to the others");
            }
        }
    }

    /** Binary cross-entropy takes logs of a and 1 − a: outputs must lie in (0, 1), targets in [0, 1]. */
    void crossEntropyFits(List<Values> examples) {
        graph.outputActivation()
                .ifPresent(node -> r.text(node, "")
                        .flatMap(id -> Identified.fromId(Activation.class, id))
                        .filter(a -> a != Activation.SIGMOID)
                        .ifPresent(a -> r.report(
                                node,
                                "binary_cross_entropy needs outputs between 0 and 1, but the output" + " layer uses '"
                                        + a.id()
                                        + "'; use 'activation: sigmoid' on the output layer, or another loss")));
        for (Values example : examples) {
            example.targets().forEach((neuron, node) -> {
                OptionalDouble t = r.numberIfValid(node);
                if (t.isPresent() && (t.getAsDouble() < 0.0 || t.getAsDouble() > 1.0)) {
                    r.report(
                            node,
                            "target '" + neuron + "' is " + r.text(node, "").orElseThrow() + ", but"
                                    + " binary_cross_entropy needs targets from 0 to 1; use a target in [0, 1], or"
                                    + " another loss");
                }
            });
        }
    }
}
