package org.netdeck.compute;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One layer: a name and its neurons in order. The input layer's activation is {@link Activation#LINEAR}
 * (it passes the inputs on); authors do not write one for it. {@code label} is the layer's display label
 * and {@code neuronLabels} every neuron's, in TeX.
 *
 * <p>{@code softmax} couples the layer: its outputs are {@code a = softmax(z)} over all its neurons together (see
 * {@link Softmax}), which no per-neuron {@code f} can express, so a softmax layer's per-neuron activation is
 * {@link Activation#LINEAR} and the coupling is this flag, which {@link Network}'s forward and backward passes read.
 * Only the output layer may be one ({@link NetworkSpec} checks), and it goes with
 * {@link LossKind#CATEGORICAL_CROSS_ENTROPY}. Authors write {@code activation: softmax}.
 */
public record Layer(
        String name,
        List<String> neurons,
        Activation activation,
        String label,
        Map<String, String> neuronLabels,
        boolean softmax) {

    /** The id authors write for a softmax layer's activation. */
    public static final String SOFTMAX = "softmax";

    /** A layer whose labels all come from the names ({@link Labels#of}). */
    public Layer(String name, List<String> neurons, Activation activation) {
        this(name, neurons, activation, "\\text{" + name.replace("_", "\\_") + "}", defaults(neurons));
    }

    /** A per-neuron layer (not softmax). */
    public Layer(
            String name, List<String> neurons, Activation activation, String label, Map<String, String> neuronLabels) {
        this(name, neurons, activation, label, neuronLabels, false);
    }

    /** A softmax layer whose labels all come from the names. */
    public static Layer softmax(String name, List<String> neurons) {
        return new Layer(
                name, neurons, Activation.LINEAR, "\\text{" + name.replace("_", "\\_") + "}", defaults(neurons), true);
    }

    /** The activation's id as authors write it: {@code softmax} for a softmax layer, else its activation's id. */
    public String activationId() {
        return softmax ? SOFTMAX : activation.id();
    }

    /** The activation as a layer header names it: {@code softmax}, else its activation's {@code displayName}. */
    public String activationName() {
        return softmax ? SOFTMAX : activation.displayName();
    }

    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(label, "label");
        neurons = List.copyOf(neurons);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String n : neurons) {
            labels.put(n, neuronLabels.getOrDefault(n, Labels.of(n)));
        }
        neuronLabels = Collections.unmodifiableMap(labels);
        if (neurons.isEmpty()) {
            throw new IllegalArgumentException("layer " + name + " has no neurons");
        }
        if (softmax && activation != Activation.LINEAR) {
            throw new IllegalArgumentException("a softmax layer's per-neuron activation is linear: " + name);
        }
    }

    private static Map<String, String> defaults(List<String> neurons) {
        Map<String, String> m = new LinkedHashMap<>();
        neurons.forEach(n -> m.put(n, Labels.of(n)));
        return m;
    }
}
