package org.netdeck.compute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A network and the run to make with it, as an author describes it in a deck's front matter, with
 * defaults filled in. The first layer is the input layer, the last the output layer. The run trains on
 * {@code data} (one example when the deck gives a single {@code inputs}/{@code targets} pair), in
 * batches of {@code batchSize} examples taken in order ({@link #batches()}), with {@code optimizer} at
 * {@code learningRate} for {@code iterations} optimiser steps. The content stage
 * checks all of this first and reports problems with file, line and column; the checks here only
 * guard the engine against a spec built by hand.
 */
public record NetworkSpec(
        List<Layer> layers,
        List<Weight> weights,
        List<Bias> biases,
        LossKind loss,
        double learningRate,
        List<Example> data,
        int batchSize,
        Optimizer optimizer,
        int iterations) {

    /** The longest training run a deck may ask for: the loss curve keeps one value per step. */
    public static final int MAX_ITERATIONS = 100_000;

    /** The most example passes a run may make: examples × steps (each step evaluates the loss over every example). */
    public static final int MAX_EXAMPLE_STEPS = 200_000;

    public NetworkSpec {
        layers = List.copyOf(layers);
        weights = List.copyOf(weights);
        biases = List.copyOf(biases);
        Objects.requireNonNull(loss, "loss");
        data = List.copyOf(data);
        Objects.requireNonNull(optimizer, "optimizer");
        if (layers.size() < 2) {
            throw new IllegalArgumentException("a network needs an input and an output layer");
        }
        if (!(learningRate > 0.0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number: " + learningRate);
        }
        if (iterations < 0 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be in 0.." + MAX_ITERATIONS + ": " + iterations);
        }
        Map<String, Integer> layerOf = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < layers.size(); i++) {
            for (String n : layers.get(i).neurons()) {
                unique(names, n);
                layerOf.put(n, i);
            }
        }
        for (Weight w : weights) {
            unique(names, w.name());
            Integer from = layerOf.get(w.from());
            Integer to = layerOf.get(w.to());
            if (from == null || to == null || from >= to) {
                throw new IllegalArgumentException("weight " + w.name() + " must go forward between known neurons");
            }
        }
        Set<String> biased = new HashSet<>();
        for (Bias b : biases) {
            unique(names, b.name());
            Integer layer = layerOf.get(b.neuron());
            if (layer == null || layer == 0 || !biased.add(b.neuron())) {
                throw new IllegalArgumentException("bias " + b.name() + " must sit on its own non-input neuron");
            }
        }
        if (data.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one example");
        }
        for (Example e : data) {
            if (!e.inputs().keySet().equals(Set.copyOf(layers.get(0).neurons()))) {
                throw new IllegalArgumentException("inputs must name exactly the input neurons");
            }
            if (!e.targets()
                    .keySet()
                    .equals(Set.copyOf(layers.get(layers.size() - 1).neurons()))) {
                throw new IllegalArgumentException("targets must name exactly the output neurons");
            }
        }
        for (int i = 0; i < layers.size() - 1; i++) {
            if (layers.get(i).softmax()) {
                throw new IllegalArgumentException(
                        "only the output layer may be softmax: " + layers.get(i).name());
            }
        }
        Layer output = layers.get(layers.size() - 1);
        if (output.softmax() != (loss == LossKind.CATEGORICAL_CROSS_ENTROPY)) {
            throw new IllegalArgumentException("a softmax output layer and categorical_cross_entropy go together");
        }
        if (output.softmax() && output.neurons().size() < 2) {
            throw new IllegalArgumentException("a softmax layer needs at least two neurons");
        }
        if (loss == LossKind.CATEGORICAL_CROSS_ENTROPY) {
            data.forEach(e -> requireProbabilities(e.targets().values()));
        }
        if (iterations > stepLimit(data.size())) {
            throw new IllegalArgumentException("iterations must be at most " + stepLimit(data.size()) + " with "
                    + data.size() + " examples: " + iterations);
        }
        if (batchSize < 1 || batchSize > data.size()) {
            throw new IllegalArgumentException("batch size must be in 1.." + data.size() + ": " + batchSize);
        }
    }

    /** How far a probability vector's sum may be from 1. */
    public static final double PROBABILITY_SUM_TOLERANCE = 1e-9;

    private static void requireProbabilities(Iterable<Double> targets) {
        double sum = 0.0;
        for (double t : targets) {
            if (t < 0.0 || t > 1.0) {
                throw new IllegalArgumentException("categorical targets must lie in [0, 1]: " + t);
            }
            sum += t;
        }
        if (Math.abs(sum - 1.0) > PROBABILITY_SUM_TOLERANCE) {
            throw new IllegalArgumentException("categorical targets must sum to 1: " + sum);
        }
    }

    /** The most steps a run on {@code examples} examples may take: {@link #MAX_ITERATIONS}, fewer for a large data set. */
    public static int stepLimit(int examples) {
        return Math.min(MAX_ITERATIONS, MAX_EXAMPLE_STEPS / examples);
    }

    /** The most steps a run on this data may take (and that a {@code steps_to} goal searches). */
    public int stepLimit() {
        return stepLimit(data.size());
    }

    /** One example ({@code inputs}, {@code targets}), trained on alone by plain gradient descent. */
    public NetworkSpec(
            List<Layer> layers,
            List<Weight> weights,
            List<Bias> biases,
            LossKind loss,
            double learningRate,
            Map<String, Double> inputs,
            Map<String, Double> targets,
            int iterations) {
        this(
                layers,
                weights,
                biases,
                loss,
                learningRate,
                List.of(new Example(inputs, targets)),
                1,
                Optimizer.SGD,
                iterations);
    }

    /** The first example's inputs (the only example's, without a data set): what the diagrams show. */
    public Map<String, Double> inputs() {
        return data.get(0).inputs();
    }

    /** The first example's targets. */
    public Map<String, Double> targets() {
        return data.get(0).targets();
    }

    /** Whether the run trains on a data set of more than one example. */
    public boolean isDataSet() {
        return data.size() > 1;
    }

    /**
     * How many batches one pass over the data (an epoch) takes: ⌈examples / batch size⌉. Step t (from 1) takes
     * batch (t − 1) mod batches(), and batch k holds examples k·B to min((k + 1)·B, N) − 1 (from 0) in the order
     * written: the last batch of an epoch is smaller when B does not divide N.
     */
    public int batches() {
        return (data.size() + batchSize - 1) / batchSize;
    }

    /** This spec with another learning rate. */
    public NetworkSpec withLearningRate(double rate) {
        return new NetworkSpec(layers, weights, biases, loss, rate, data, batchSize, optimizer, iterations);
    }

    /** This spec with another run length. */
    public NetworkSpec withIterations(int steps) {
        return new NetworkSpec(layers, weights, biases, loss, learningRate, data, batchSize, optimizer, steps);
    }

    /** This spec with another optimiser. */
    public NetworkSpec withOptimizer(Optimizer other) {
        return new NetworkSpec(layers, weights, biases, loss, learningRate, data, batchSize, other, iterations);
    }

    private static void unique(Set<String> names, String name) {
        if (!names.add(name)) {
            throw new IllegalArgumentException("duplicate name " + name);
        }
    }

    public Layer inputLayer() {
        return layers.get(0);
    }

    public Layer outputLayer() {
        return layers.get(layers.size() - 1);
    }

    /** Every neuron, layer by layer. */
    public List<String> neurons() {
        List<String> all = new ArrayList<>();
        layers.forEach(l -> all.addAll(l.neurons()));
        return List.copyOf(all);
    }

    /** Every parameter's initial value by name: the weights, then the biases. */
    public Map<String, Double> params() {
        Map<String, Double> p = new LinkedHashMap<>();
        weights.forEach(w -> p.put(w.name(), w.value()));
        biases.forEach(b -> p.put(b.name(), b.value()));
        return Values.ordered(p);
    }

    /** The display label (TeX) of a neuron, weight or bias, or empty when no such name exists. */
    public Optional<String> label(String name) {
        for (Layer l : layers) {
            if (l.neuronLabels().containsKey(name)) {
                return Optional.of(l.neuronLabels().get(name));
            }
        }
        for (Weight w : weights) {
            if (w.name().equals(name)) {
                return Optional.of(w.label());
            }
        }
        return biases.stream()
                .filter(b -> b.name().equals(name))
                .map(Bias::label)
                .findFirst();
    }

    /** Every neuron's, weight's and bias's display label by name, neurons first. */
    public Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        layers.forEach(l -> m.putAll(l.neuronLabels()));
        weights.forEach(w -> m.put(w.name(), w.label()));
        biases.forEach(b -> m.put(b.name(), b.label()));
        return Collections.unmodifiableMap(m);
    }

    /** How many numbers gradient descent changes: every weight and every trainable bias. */
    public int learnableParameters() {
        return weights.size() + (int) biases.stream().filter(Bias::trainable).count();
    }
}
