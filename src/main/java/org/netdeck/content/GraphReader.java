package org.netdeck.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Labels;
import org.netdeck.compute.Layer;
import org.netdeck.compute.Weight;
import org.netdeck.id.Identified;
import org.netdeck.problem.DidYouMean;
import org.netdeck.problem.SourcePosition;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the shape of the network from {@code network}: its layers and neurons, its weights and its
 * biases, checking names and that every connection goes forward between known neurons.
 */
final class GraphReader {

    private static final List<String> LAYER_KEYS = List.of("name", "neurons", "activation", "label");
    private static final List<String> NEURON_KEYS = List.of("name", "label");
    private static final List<String> WEIGHT_KEYS = List.of("from", "to", "value", "label");
    private static final List<String> BIAS_KEYS = List.of("neuron", "value", "trainable", "label");

    /** A neuron, weight or bias name where it was first written; {@code layer} is the neuron's layer index, else -1. */
    private record Declared(String kind, SourcePosition where, int layer) {}

    private final NodeReader r;
    private final Map<String, Declared> names = new HashMap<>();
    private final Map<String, Declared> neurons = new LinkedHashMap<>();
    private final List<Layer> layers = new ArrayList<>();
    private final List<String> layerLabels = new ArrayList<>();
    /** False when some neuron could not be read, so "unknown neuron" would only repeat an earlier problem. */
    private boolean complete = true;

    private Node outputActivation;

    GraphReader(NodeReader reader) {
        this.r = reader;
    }

    /** The layers read, in order; all of them only when {@link #complete()}. */
    List<Layer> layers() {
        return List.copyOf(layers);
    }

    /** Whether every layer and neuron was read, so neuron names can be checked against them. */
    boolean complete() {
        return complete && layers.size() >= 2;
    }

    /** Where the output layer's activation was written, if it was. */
    Optional<Node> outputActivation() {
        return Optional.ofNullable(outputActivation);
    }

    void layers(Optional<Node> node) {
        Optional<List<Node>> items =
                node.flatMap(n -> r.list(n, "network.layers", "- {name: input, neurons: [x1, x2]}"));
        if (items.isEmpty()) {
            complete = false;
            return;
        }
        List<Node> list = items.get();
        if (list.size() > Limits.MAX_LAYERS) {
            r.report(
                    node.get(),
                    "network.layers has " + list.size() + " layers, more than the limit of " + Limits.MAX_LAYERS
                            + " layers; an explainer's network fits on a slide, so use at most " + Limits.MAX_LAYERS);
            complete = false;
            return;
        }
        Map<String, SourcePosition> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            layer(list.get(i), i, list.size(), seen);
        }
        if (list.size() < 2) {
            r.report(
                    node.get(),
                    "network.layers has " + list.size() + (list.size() == 1 ? " layer" : " layers")
                            + "; a network needs at least two: the input layer first and the output layer last");
        }
    }

    private void layer(Node item, int index, int count, Map<String, SourcePosition> seen) {
        String path = "network.layers." + index;
        r.record(path, item);
        layerLabels.add("#" + (index + 1));
        Optional<NodeReader.Fields> fields = r.fields(item, path, r.at(item), LAYER_KEYS);
        if (fields.isEmpty()) {
            complete = false;
            return;
        }
        NodeReader.Fields f = fields.get();
        Optional<Node> nameNode = f.required("name", "name: hidden");
        Optional<String> name = nameNode.flatMap(n -> r.name(n, path + ".name", false));
        if (name.isPresent()) {
            SourcePosition first = seen.putIfAbsent(name.get(), r.at(nameNode.get()));
            if (first != null) {
                r.report(
                        nameNode.get(),
                        "layer name '" + name.get() + "' is already used at line " + first.line()
                                + "; give each layer its own name");
            }
            layerLabels.set(index, name.get());
        }
        Map<String, String> neuronLabels = new LinkedHashMap<>();
        List<String> names = neurons(f.required("neurons", "neurons: [h1, h2]"), path, index, neuronLabels);
        Optional<String> id = activationId(f.optional("activation"), path, index, count, names.size());
        boolean softmax = id.filter(Layer.SOFTMAX::equals).isPresent();
        Activation activation = softmax
                ? Activation.LINEAR // the layer couples its neurons; each one's own f is the identity
                : id.flatMap(a -> Identified.fromId(Activation.class, a)).orElse(Activation.SIGMOID);
        Optional<String> label = f.optional("label").flatMap(n -> r.label(n, path + ".label"));
        if (name.isPresent() && !names.isEmpty()) {
            layers.add(new Layer(
                    name.get(),
                    names,
                    activation,
                    label.orElse("\\text{" + name.get().replace("_", "\\_") + "}"),
                    neuronLabels,
                    softmax));
        } else {
            complete = false;
        }
    }

    /**
     * The layer's neuron names, each declared; empty (after a report) when there are none to read. A neuron is
     * a name ({@code h1}) or a mapping with a name and a display label ({@code {name: yhat, label: '\hat{y}'}});
     * given labels go into {@code labels}.
     */
    private List<String> neurons(Optional<Node> node, String path, int layer, Map<String, String> labels) {
        Optional<List<Node>> items = node.flatMap(n -> r.list(n, path + ".neurons", "[h1, h2]"));
        if (items.isPresent() && items.get().isEmpty()) {
            r.report(
                    node.get(),
                    "layer '" + layerLabels.get(layer) + "' has no neurons; list at least one,"
                            + " like 'neurons: [h1, h2]'");
        }
        if (items.isPresent() && items.get().size() > Limits.MAX_NEURONS_PER_LAYER) {
            r.report(
                    node.get(),
                    "layer '" + layerLabels.get(layer) + "' has " + items.get().size() + " neurons, more than"
                            + " the limit of " + Limits.MAX_NEURONS_PER_LAYER + " neurons per layer; use at most "
                            + Limits.MAX_NEURONS_PER_LAYER);
            return List.of();
        }
        List<String> read = new ArrayList<>();
        boolean all = true;
        for (int j = 0; j < items.map(List::size).orElse(0); j++) {
            Node n = items.get().get(j);
            String at = path + ".neurons." + j;
            r.record(at, n);
            Node nameNode = n;
            Optional<String> label = Optional.empty();
            if (n instanceof MappingNode) {
                Optional<NodeReader.Fields> fields = r.fields(n, at, r.at(n), NEURON_KEYS);
                if (fields.isEmpty()) {
                    all = false;
                    continue;
                }
                Optional<Node> named = fields.get().required("name", "name: yhat");
                if (named.isEmpty()) {
                    all = false;
                    continue;
                }
                nameNode = named.get();
                label = fields.get().optional("label").flatMap(l -> r.label(l, at + ".label"));
            }
            Node declared = nameNode;
            Optional<String> name = r.name(nameNode, at, true);
            name.ifPresent(s -> declare(s, "a neuron in layer '" + layerLabels.get(layer) + "'", declared, layer));
            Optional<String> given = label;
            name.ifPresent(s -> given.ifPresent(l -> labels.put(s, l)));
            name.ifPresent(read::add);
            all &= name.isPresent();
        }
        return all ? read : List.of();
    }

    /**
     * The activation id written for layer {@code index} of {@code count} ({@code neurons} neurons): one of {@link
     * Activation}'s or {@link Layer#SOFTMAX} (output layer only, two neurons or more); {@code linear} for the input
     * layer, empty (the default, sigmoid) when none is written or a problem was reported.
     */
    private Optional<String> activationId(Optional<Node> node, String path, int index, int count, int neurons) {
        if (index == 0) {
            node.ifPresent(n -> r.report(
                    n, "the input layer passes its inputs on and takes no activation;" + " remove 'activation'"));
            return Optional.of(Activation.LINEAR.id());
        }
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (index == count - 1) {
            outputActivation = node.get();
        }
        List<String> ids = new ArrayList<>(Identified.ids(Activation.class));
        ids.add(Layer.SOFTMAX);
        Optional<String> id =
                r.text(node.get(), path + ".activation").flatMap(a -> r.known(node.get(), a, "activation", ids));
        if (id.filter(Layer.SOFTMAX::equals).isPresent()) {
            if (index != count - 1) {
                r.report(
                        node.get(),
                        "softmax turns the output layer's scores into probabilities over its neurons, so only the"
                                + " output layer may use it; use another activation here, such as 'activation: tanh'");
                return Optional.empty();
            }
            if (neurons == 1) {
                r.report(
                        node.get(),
                        "softmax over one neuron is always 1, so it needs an output layer of two or more neurons"
                                + " (one per class); add a neuron per class, or use 'activation: sigmoid' with"
                                + " binary_cross_entropy for one");
                return Optional.empty();
            }
        }
        return id;
    }

    /** Claims {@code name} for one neuron, weight or bias, reporting the later of two that share it. */
    private void declare(String name, String kind, Node node, int layer) {
        Declared d = new Declared(kind, r.at(node), layer);
        Declared first = names.get(name);
        if (first == null) {
            names.put(name, d);
            if (layer >= 0) {
                neurons.put(name, d);
            }
            return;
        }
        // sections are read in a fixed order, not file order: report at whichever was written later
        boolean newIsLater = d.where().line() > first.where().line()
                || d.where().line() == first.where().line()
                        && d.where().column() > first.where().column();
        Declared earlier = newIsLater ? first : d;
        Declared later = newIsLater ? d : first;
        r.report(
                later.where(),
                "name '" + name + "' is already used at line " + earlier.where().line() + " (" + earlier.kind()
                        + "); every neuron, weight and bias needs its own name");
    }

    /** The neurons of layer {@code index}, in order (empty when it could not be read). */
    List<String> neuronsOf(int index) {
        return neurons.entrySet().stream()
                .filter(e -> e.getValue().layer() == index)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** How many layers were written. */
    int layerCount() {
        return layerLabels.size();
    }

    String layerLabel(int index) {
        return layerLabels.get(index);
    }

    /** The layer index of the neuron {@code node} names; empty (reported when it is unknown) otherwise. */
    private Optional<Integer> neuron(Node node, String path, String role) {
        if (!complete()) {
            return Optional.empty();
        }
        Optional<String> name = r.name(node, path, false);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Declared d = neurons.get(name.get());
        if (d == null) {
            r.report(
                    node,
                    role + " '" + name.get() + "', which is not a neuron"
                            + DidYouMean.hint(
                                    name.get(), neurons.keySet(), "the neurons are " + Names.list(neurons.keySet())));
            return Optional.empty();
        }
        return Optional.of(d.layer());
    }

    List<Weight> weights(Optional<Node> node) {
        List<Weight> weights = new ArrayList<>();
        Map<String, NodeReader.Entry> connections = new HashMap<>();
        for (NodeReader.Entry e : weightEntries(node)) {
            weight(e, connections).ifPresent(weights::add);
        }
        return weights;
    }

    /** The entries of {@code network.weights}; none, after a report, when there are more than the limit. */
    private List<NodeReader.Entry> weightEntries(Optional<Node> node) {
        Optional<MappingNode> mapping = node.flatMap(n -> r.mapping(n, "network.weights"));
        List<NodeReader.Entry> entries =
                mapping.map(m -> r.entries(m, "network.weights")).orElse(List.of());
        if (mapping.isPresent() && mapping.get().getValue().isEmpty()) {
            r.report(
                    mapping.get(),
                    "network.weights is empty; connect the layers with at least one weight,"
                            + " like 'w1: {from: x1, to: yhat, value: 0.5}'");
        }
        if (entries.size() > Limits.MAX_WEIGHTS) {
            r.report(
                    mapping.get(),
                    "network.weights has " + entries.size() + " weights, more than the limit of " + Limits.MAX_WEIGHTS
                            + " weights; use at most " + Limits.MAX_WEIGHTS);
            return List.of();
        }
        return entries;
    }

    /**
     * The weight of entry {@code e}, or empty after reporting what is wrong with it; {@code connections} holds the
     * pairs of neurons connected so far ("from\nto" → entry), so a second weight between two neurons is reported.
     */
    private Optional<Weight> weight(NodeReader.Entry e, Map<String, NodeReader.Entry> connections) {
        String path = "network.weights." + e.key();
        r.record(path, e.value());
        Optional<String> name = r.name(e.keyNode(), path, true);
        name.ifPresent(n -> declare(n, "a weight", e.keyNode(), -1));
        Optional<NodeReader.Fields> fields = r.fields(e.value(), path, r.at(e.keyNode()), WEIGHT_KEYS);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        NodeReader.Fields f = fields.get();
        String role = "weight '" + e.key() + "'";
        Optional<Node> fromNode = f.required("from", "from: x1");
        Optional<Node> toNode = f.required("to", "to: h1");
        Optional<Integer> from = fromNode.flatMap(n -> neuron(n, path + ".from", role + " comes from"));
        Optional<Integer> to = toNode.flatMap(n -> neuron(n, path + ".to", role + " goes to"));
        OptionalDouble value = f.required("value", "value: 0.5")
                .map(n -> r.number(n, path + ".value"))
                .orElse(OptionalDouble.empty());
        Optional<String> label = f.optional("label").flatMap(n -> r.label(n, path + ".label"));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        String a = r.text(fromNode.get(), "").orElseThrow();
        String b = r.text(toNode.get(), "").orElseThrow();
        if (from.get().equals(to.get())) {
            r.report(
                    toNode.get(),
                    role + " connects '" + a + "' and '" + b + "', which are both in layer '" + layerLabel(from.get())
                            + "'; a weight goes from one layer to a later one");
            return Optional.empty();
        }
        if (from.get() > to.get()) {
            r.report(
                    toNode.get(),
                    role + " goes backwards, from '" + a + "' in layer '" + layerLabel(from.get())
                            + "' to '" + b + "' in the earlier layer '" + layerLabel(to.get())
                            + "'; a weight goes from"
                            + " a layer to a later one, so swap 'from' and 'to'");
            return Optional.empty();
        }
        NodeReader.Entry twin = connections.putIfAbsent(a + "\n" + b, e);
        if (twin != null) {
            r.report(
                    e.keyNode(),
                    role + " connects '" + a + "' to '" + b + "' like weight '" + twin.key() + "' at line "
                            + r.at(twin.keyNode()).line() + "; keep one weight per pair of neurons");
            return Optional.empty();
        }
        if (name.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Weight(name.get(), a, b, value.getAsDouble(), label.orElse(Labels.of(name.get()))));
    }

    List<Bias> biases(Optional<Node> node) {
        List<NodeReader.Entry> entries = node.filter(n -> !NodeReader.isNull(n))
                .flatMap(n -> r.mapping(n, "network.biases"))
                .map(m -> r.entries(m, "network.biases"))
                .orElse(List.of());
        List<Bias> biases = new ArrayList<>();
        Map<String, NodeReader.Entry> biased = new HashMap<>();
        for (NodeReader.Entry e : entries) {
            String path = "network.biases." + e.key();
            r.record(path, e.value());
            Optional<String> name = r.name(e.keyNode(), path, true);
            name.ifPresent(n -> declare(n, "a bias", e.keyNode(), -1));
            Optional<NodeReader.Fields> fields = r.fields(e.value(), path, r.at(e.keyNode()), BIAS_KEYS);
            if (fields.isEmpty()) {
                continue;
            }
            NodeReader.Fields f = fields.get();
            String role = "bias '" + e.key() + "'";
            Optional<Node> neuronNode = f.required("neuron", "neuron: h1");
            Optional<Integer> layer = neuronNode.flatMap(n -> neuron(n, path + ".neuron", role + " is on"));
            OptionalDouble value = f.required("value", "value: 0.0")
                    .map(n -> r.number(n, path + ".value"))
                    .orElse(OptionalDouble.empty());
            Optional<Boolean> trainable = f.optional("trainable")
                    .map(n -> r.bool(n, path + ".trainable"))
                    .orElse(Optional.of(true));
            Optional<String> label = f.optional("label").flatMap(n -> r.label(n, path + ".label"));
            if (layer.isEmpty()) {
                continue;
            }
            String target = r.text(neuronNode.get(), "").orElseThrow();
            NodeReader.Entry first = biased.putIfAbsent(target, e);
            if (layer.get() == 0) {
                r.report(
                        neuronNode.get(),
                        role + " is on input neuron '" + target + "', but input neurons pass their"
                                + " inputs on and take no bias; put it on a hidden or output neuron");
            } else if (first != null) {
                r.report(
                        neuronNode.get(),
                        "neuron '" + target + "' already has bias '" + first.key() + "' (line "
                                + r.at(first.keyNode()).line() + "); a neuron takes at most one bias, so remove one");
            } else if (name.isPresent() && value.isPresent() && trainable.isPresent()) {
                biases.add(new Bias(
                        name.get(), target, value.getAsDouble(), trainable.get(), label.orElse(Labels.of(name.get()))));
            }
        }
        return biases;
    }
}
