package org.netdeck.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The backpropagation engine. {@link #compute} runs the forward pass, the loss, the backward pass,
 * one gradient-descent update and a training run, and returns them as one immutable {@link Trace}.
 *
 * <p>Inside, the network is numbered once (neurons layer by layer, then parameters: weights first, then
 * biases) so that a training run of many steps works on plain arrays; only finished results are copied
 * into records.
 */
public final class Backprop {

    private final NetworkSpec spec;
    private final List<String> neurons;
    private final Activation[] activation; // per neuron
    private final int inputCount;
    private final double[] inputs; // per input neuron, in layer order
    private final int[] outputIndex; // neuron index of each output, in order
    private final double[] targets;
    // parameter k: weights are k < weightCount, biases after them
    private final int weightCount;
    private final int[] paramFrom; // weight: source neuron; bias: -1
    private final int[] paramTo; // weight: target neuron; bias: its neuron
    private final boolean[] trainable;
    private final int[][] incoming; // per neuron: parameter indices (weights, then its bias) in declaration order

    private Backprop(NetworkSpec spec) {
        this.spec = spec;
        this.neurons = spec.neurons();
        Map<String, Integer> index = new LinkedHashMap<>();
        neurons.forEach(n -> index.put(n, index.size()));
        activation = new Activation[neurons.size()];
        for (Layer layer : spec.layers()) {
            layer.neurons().forEach(n -> activation[index.get(n)] = layer.activation());
        }
        inputCount = spec.inputLayer().neurons().size();
        inputs = spec.inputLayer().neurons().stream()
                .mapToDouble(spec.inputs()::get)
                .toArray();
        List<String> outputs = spec.outputLayer().neurons();
        outputIndex = outputs.stream().mapToInt(index::get).toArray();
        targets = outputs.stream().mapToDouble(spec.targets()::get).toArray();

        weightCount = spec.weights().size();
        int params = weightCount + spec.biases().size();
        paramFrom = new int[params];
        paramTo = new int[params];
        trainable = new boolean[params];
        List<List<Integer>> in = new ArrayList<>();
        neurons.forEach(n -> in.add(new ArrayList<>()));
        for (int k = 0; k < weightCount; k++) {
            Weight w = spec.weights().get(k);
            paramFrom[k] = index.get(w.from());
            paramTo[k] = index.get(w.to());
            trainable[k] = true;
            in.get(paramTo[k]).add(k);
        }
        for (int j = 0; j < spec.biases().size(); j++) {
            Bias b = spec.biases().get(j);
            int k = weightCount + j;
            paramFrom[k] = -1;
            paramTo[k] = index.get(b.neuron());
            trainable[k] = b.trainable();
            in.get(paramTo[k]).add(k);
        }
        incoming = in.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** Runs the whole computation for {@code spec}. Throws {@link Divergence} if a number stops being finite. */
    public static Trace compute(NetworkSpec spec) {
        return compute(spec, List.of(), List.of());
    }

    /**
     * Runs the whole computation for {@code spec}, then each compare run in {@code runs} (a full, separate run of
     * its own network), then answers each of {@code goals} ({@link #stepsTo}). A goal naming an unknown run or
     * quantity is left unanswered. Throws {@link Divergence} if a number of the deck's run or of a compare run
     * (then {@link Divergence#run()} names it) stops being finite.
     */
    public static Trace compute(NetworkSpec spec, List<RunSpec> runs, List<Goal> goals) {
        Trace own = new Backprop(spec).run();
        List<Run> done = new ArrayList<>();
        for (RunSpec r : runs) {
            try {
                done.add(new Run(r, new Backprop(r.network()).run()));
            } catch (Divergence d) {
                throw d.inRun(r.name());
            }
        }
        List<StepsTo> answers = new ArrayList<>();
        for (Goal g : goals) {
            Optional<NetworkSpec> network = g.run().isEmpty()
                    ? Optional.of(spec)
                    : runs.stream()
                            .filter(r -> r.name().equals(g.run()))
                            .map(RunSpec::network)
                            .findFirst();
            if (network.isPresent() && reachable(network.get(), g.quantity())) {
                answers.add(new StepsTo(g, stepsTo(network.get(), g)));
            }
        }
        return new Trace(spec, own.forward(), own.backward(), own.updated(), own.training(), done, answers);
    }

    /** Whether {@code quantity} can be a goal's: the loss or a non-input neuron. */
    public static boolean reachable(NetworkSpec spec, String quantity) {
        return quantity.equals(Goal.LOSS)
                || (spec.neurons().contains(quantity)
                        && !spec.inputLayer().neurons().contains(quantity));
    }

    /**
     * How many gradient-descent steps with {@code spec}'s settings (whatever its {@code iterations}) it takes until
     * {@code goal} first holds (0 when it holds at the start), searching up to {@link NetworkSpec#MAX_ITERATIONS}
     * steps; empty when it never does within them, or the run stops being finite first. {@code goal.run()} is not read.
     */
    public static OptionalInt stepsTo(NetworkSpec spec, Goal goal) {
        if (!reachable(spec, goal.quantity())) {
            throw new IllegalArgumentException("no such goal quantity: " + goal.quantity());
        }
        return new Backprop(spec).reach(goal);
    }

    private OptionalInt reach(Goal goal) {
        double[] theta =
                spec.params().values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] z = new double[neurons.size()];
        double[] a = new double[neurons.size()];
        double[] grad = new double[theta.length];
        double[] dLda = new double[neurons.size()];
        double[] dadz = new double[neurons.size()];
        double[] delta = new double[neurons.size()];
        int j = neurons.indexOf(goal.quantity()); // -1: the loss
        try {
            double loss = forward(theta, z, a, 0);
            double start = j < 0 ? loss : a[j];
            boolean up =
                    j >= 0 && start < goal.value(); // an activation below the value climbs to it; anything else falls
            for (int step = 0; ; step++) {
                double now = j < 0 ? loss : a[j];
                if (up ? now >= goal.value() : now <= goal.value()) {
                    return OptionalInt.of(step);
                }
                if (step == NetworkSpec.MAX_ITERATIONS) {
                    return OptionalInt.empty();
                }
                backward(theta, z, a, dLda, dadz, delta, grad, step);
                descend(theta, grad, step + 1);
                loss = forward(theta, z, a, step + 1);
            }
        } catch (Divergence d) {
            return OptionalInt.empty();
        }
    }

    private Trace run() {
        double[] theta =
                spec.params().values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] z = new double[neurons.size()];
        double[] a = new double[neurons.size()];
        double[] dLda = new double[neurons.size()];
        double[] dadz = new double[neurons.size()];
        double[] delta = new double[neurons.size()];
        double[] grad = new double[theta.length];

        double loss = forward(theta, z, a, 0);
        Pass initial = pass(z, a, loss);
        backward(theta, z, a, dLda, dadz, delta, grad, 0);
        Backward backward = new Backward(byNeuron(dLda), byNeuron(dadz), byNeuron(delta), byParam(grad));

        // training: the first step is the update shown on its own
        List<Double> losses = new ArrayList<>(spec.iterations() + 1);
        losses.add(loss);
        descend(theta, grad, 1);
        Update updated = new Update(byParam(theta), pass(z, a, forward(theta, z, a, 1)));
        if (spec.iterations() >= 1) {
            losses.add(updated.loss());
        }
        for (int step = 2; step <= spec.iterations(); step++) {
            backward(theta, z, a, dLda, dadz, delta, grad, step - 1);
            descend(theta, grad, step);
            losses.add(forward(theta, z, a, step));
        }
        List<Checkpoint> checkpoints = replay(Checkpoints.select(losses));
        Training training = spec.iterations() == 0
                ? new Training(losses, spec.params(), initial, checkpoints)
                : new Training(losses, byParam(theta), pass(z, a, losses.get(losses.size() - 1)), checkpoints);
        return new Trace(spec, initial, backward, updated, training);
    }

    /** The training run again from the start, the same arithmetic step by step, keeping the state at each of {@code at} (increasing). */
    private List<Checkpoint> replay(List<Integer> at) {
        double[] theta =
                spec.params().values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] z = new double[neurons.size()];
        double[] a = new double[neurons.size()];
        double[] dLda = new double[neurons.size()];
        double[] dadz = new double[neurons.size()];
        double[] delta = new double[neurons.size()];
        double[] grad = new double[theta.length];
        List<Checkpoint> kept = new ArrayList<>(at.size());
        double loss = forward(theta, z, a, 0);
        int next = 0;
        for (int step = 0; next < at.size(); step++) {
            if (step > 0) {
                backward(theta, z, a, dLda, dadz, delta, grad, step - 1);
                descend(theta, grad, step);
                loss = forward(theta, z, a, step);
            }
            if (at.get(next) == step) {
                kept.add(new Checkpoint(step, byParam(theta), pass(z, a, loss)));
                next++;
            }
        }
        return kept;
    }

    /** Fills {@code z} and {@code a} for parameters {@code theta} and returns the loss. */
    private double forward(double[] theta, double[] z, double[] a, int step) {
        for (int i = 0; i < inputCount; i++) {
            z[i] = inputs[i];
            a[i] = z[i];
        }
        for (int j = inputCount; j < z.length; j++) {
            double sum = 0.0;
            for (int k : incoming[j]) {
                sum += paramFrom[k] < 0 ? theta[k] : theta[k] * a[paramFrom[k]]; // z = Σ w·a_from + b
            }
            z[j] = sum;
            a[j] = activation[j].apply(sum);
            if (!Double.isFinite(sum) || !Double.isFinite(a[j])) {
                throw new Divergence(
                        step,
                        (Double.isFinite(sum)
                                ? "the activation of " + neurons.get(j) + " is " + a[j]
                                : "the weighted sum z of " + neurons.get(j) + " is " + sum),
                        largestTerm(theta, a, j));
            }
        }
        double[] outputs = new double[outputIndex.length];
        for (int o = 0; o < outputs.length; o++) {
            outputs[o] = a[outputIndex[o]];
        }
        double loss = spec.loss().value(targets, outputs);
        if (!Double.isFinite(loss)) {
            throw new Divergence(step, "the loss is " + loss);
        }
        return loss;
    }

    /**
     * Fills the gradients for the pass in {@code z}, {@code a}: neurons in reverse order (every weight goes
     * forward, so that is a topological order), each passing ∂L/∂a back along its incoming weights.
     */
    private void backward(
            double[] theta,
            double[] z,
            double[] a,
            double[] dLda,
            double[] dadz,
            double[] delta,
            double[] grad,
            int step) {
        Arrays.fill(dLda, 0.0);
        for (int o = 0; o < outputIndex.length; o++) {
            int j = outputIndex[o];
            dLda[j] = spec.loss().derivative(targets[o], a[j], outputIndex.length); // ∂L/∂a at each output
        }
        for (int j = z.length - 1; j >= inputCount; j--) {
            dadz[j] = activation[j].derivative(z[j], a[j]); // local slope ∂a/∂z
            delta[j] = dLda[j] * dadz[j]; // ∂L/∂z = ∂L/∂a · ∂a/∂z
            for (int k : incoming[j]) {
                if (paramFrom[k] < 0) {
                    grad[k] = delta[j]; // ∂z/∂b = 1
                } else {
                    grad[k] = delta[j] * a[paramFrom[k]]; // ∂z/∂w = a_from
                    dLda[paramFrom[k]] += theta[k] * delta[j]; // ∂z/∂a_from = w, summed over every path
                }
            }
        }
        for (int j = inputCount; j < z.length; j++) {
            if (!Double.isFinite(dLda[j]) || !Double.isFinite(dadz[j]) || !Double.isFinite(delta[j])) {
                throw new Divergence(
                        step,
                        "a gradient at " + neurons.get(j) + " is not finite (∂L/∂a = " + dLda[j] + ", ∂a/∂z = "
                                + dadz[j] + ", δ = " + delta[j] + ")");
            }
        }
        for (int k = 0; k < grad.length; k++) {
            if (!Double.isFinite(grad[k])) {
                throw new Divergence(step, "the gradient of " + paramName(k) + " is " + grad[k], paramKey(k));
            }
        }
    }

    /** The front-matter key (under {@code network}) of the input, weight or bias with the largest term in z of {@code j}. */
    private String largestTerm(double[] theta, double[] a, int j) {
        String key = null;
        double largest = -1;
        for (int k : incoming[j]) {
            double term = Math.abs(paramFrom[k] < 0 ? theta[k] : theta[k] * a[paramFrom[k]]);
            double size = Double.isNaN(term) ? Double.POSITIVE_INFINITY : term;
            if (size > largest) {
                largest = size;
                // an input's own value is the culprit when it, not the weight, is the huge factor
                boolean input = paramFrom[k] >= 0
                        && paramFrom[k] < inputCount
                        && Math.abs(a[paramFrom[k]]) > Math.abs(theta[k]);
                key = input ? "inputs." + neurons.get(paramFrom[k]) : paramKey(k);
            }
        }
        return key;
    }

    private String paramName(int k) {
        return k < weightCount
                ? spec.weights().get(k).name()
                : spec.biases().get(k - weightCount).name();
    }

    private String paramKey(int k) {
        return (k < weightCount ? "weights." : "biases.") + paramName(k);
    }

    /** θ ← θ − α ∂L/∂θ for every trainable parameter. */
    private void descend(double[] theta, double[] grad, int step) {
        for (int k = 0; k < theta.length; k++) {
            if (trainable[k]) {
                theta[k] -= spec.learningRate() * grad[k];
                if (!Double.isFinite(theta[k])) {
                    throw new Divergence(step, "the updated " + paramName(k) + " is " + theta[k]);
                }
            }
        }
    }

    private Pass pass(double[] z, double[] a, double loss) {
        Map<String, Double> zs = new LinkedHashMap<>();
        Map<String, Double> as = new LinkedHashMap<>();
        for (int j = 0; j < z.length; j++) {
            zs.put(neurons.get(j), z[j]);
            as.put(neurons.get(j), a[j]);
        }
        return new Pass(zs, as, loss);
    }

    /** Values for the non-input neurons, by name. */
    private Map<String, Double> byNeuron(double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int j = inputCount; j < values.length; j++) {
            m.put(neurons.get(j), values[j]);
        }
        return m;
    }

    private Map<String, Double> byParam(double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        List<String> names = List.copyOf(spec.params().keySet());
        for (int k = 0; k < values.length; k++) {
            m.put(names.get(k), values[k]);
        }
        return m;
    }
}
