package org.netdeck.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The maths of backpropagation for one network: the forward pass, the loss and the backward pass, nothing about runs
 * (those are {@link TrainingRun}'s).
 *
 * <p>The network is numbered once (neurons layer by layer, then parameters: weights first, then biases) so that a
 * run of many steps works on plain arrays; the parameters {@code theta} are passed in, so one numbering serves every
 * point. Every weight goes forward, so neurons in order are a topological order: the forward pass walks them up, the
 * backward pass down. A number that stops being finite throws {@link Divergence} with the step it happened at.
 */
final class Network {

    final NetworkSpec spec;
    final List<String> neurons;
    final List<String> paramNames;
    final Map<String, Double> initial; // the parameters' initial values, by name
    private final Activation[] activation; // per neuron
    private final int inputCount;
    private final double[][] inputs; // per example, per input neuron in layer order
    private final int[] outputIndex; // neuron index of each output, in order
    private final double[][] targets; // per example, per output
    // parameter k: weights are k < weightCount, biases after them
    private final int weightCount;
    private final int[] paramFrom; // weight: source neuron; bias: -1
    private final int[] paramTo; // weight: target neuron; bias: its neuron
    final boolean[] trainable;
    private final int[][] incoming; // per neuron: parameter indices (weights, then its bias) in declaration order

    Network(NetworkSpec spec) {
        this.spec = spec;
        this.neurons = spec.neurons();
        this.initial = spec.params();
        this.paramNames = List.copyOf(initial.keySet());
        Map<String, Integer> index = new LinkedHashMap<>();
        neurons.forEach(n -> index.put(n, index.size()));
        activation = new Activation[neurons.size()];
        for (Layer layer : spec.layers()) {
            layer.neurons().forEach(n -> activation[index.get(n)] = layer.activation());
        }
        inputCount = spec.inputLayer().neurons().size();
        List<String> outputs = spec.outputLayer().neurons();
        outputIndex = outputs.stream().mapToInt(index::get).toArray();
        inputs = spec.data().stream()
                .map(e -> spec.inputLayer().neurons().stream()
                        .mapToDouble(e.inputs()::get)
                        .toArray())
                .toArray(double[][]::new);
        targets = spec.data().stream()
                .map(e -> outputs.stream().mapToDouble(e.targets()::get).toArray())
                .toArray(double[][]::new);

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

    /** Fills {@code z} and {@code a} for example {@code e} at parameters {@code theta} and returns its loss. */
    double forward(double[] theta, double[] z, double[] a, int e, int step) {
        for (int i = 0; i < inputCount; i++) {
            z[i] = inputs[e][i];
            a[i] = z[i]; // an input passes its value on
        }
        for (int j = inputCount; j < z.length; j++) {
            double sum = 0.0;
            for (int k : incoming[j]) {
                sum += paramFrom[k] < 0 ? theta[k] : theta[k] * a[paramFrom[k]]; // z = Σ w·a_from + b
            }
            z[j] = sum;
            a[j] = activation[j].apply(sum); // a = f(z)
            if (!Double.isFinite(sum) || !Double.isFinite(a[j])) {
                throw new Divergence(
                        step,
                        (Double.isFinite(sum)
                                ? "the activation of " + neurons.get(j) + " is " + a[j]
                                : "the weighted sum z of " + neurons.get(j) + " is " + sum),
                        largestTerm(theta, a, j, e));
            }
        }
        double[] outputs = new double[outputIndex.length];
        for (int o = 0; o < outputs.length; o++) {
            outputs[o] = a[outputIndex[o]];
        }
        double loss = spec.loss().value(targets[e], outputs); // L(y, ŷ)
        if (!Double.isFinite(loss)) {
            throw new Divergence(step, "the loss is " + loss);
        }
        return loss;
    }

    /**
     * Fills the gradients of example {@code e}'s loss for its pass in {@code z}, {@code a}: neurons in reverse order
     * (every weight goes forward, so that is a topological order), each passing ∂L/∂a back along its incoming weights.
     */
    void backward(
            double[] theta,
            double[] z,
            double[] a,
            double[] dLda,
            double[] dadz,
            double[] delta,
            double[] grad,
            int e,
            int step) {
        Arrays.fill(dLda, 0.0);
        for (int o = 0; o < outputIndex.length; o++) {
            int j = outputIndex[o];
            dLda[j] = spec.loss().derivative(targets[e][o], a[j], outputIndex.length); // ∂L/∂a at each output
        }
        for (int j = z.length - 1; j >= inputCount; j--) {
            dadz[j] = activation[j].derivative(z[j], a[j]); // local slope ∂a/∂z = f′(z)
            delta[j] = dLda[j] * dadz[j]; // δ = ∂L/∂z = ∂L/∂a · ∂a/∂z
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

    /**
     * The network at parameters {@code theta} (shared, not copied: a run moves it) over every example: each example's
     * z and a from the last {@link #loss}, and the scratch arrays of the backward pass.
     */
    final class Model {
        final double[] theta;
        final double[][] z = new double[inputs.length][neurons.size()];
        final double[][] a = new double[inputs.length][neurons.size()];
        final double[] exampleLoss = new double[inputs.length];
        final double[] dLda = new double[neurons.size()];
        final double[] dadz = new double[neurons.size()];
        final double[] delta = new double[neurons.size()];
        final double[] g = new double[paramNames.size()];

        Model(double[] theta) {
            this.theta = theta;
        }

        /** Forward passes of every example at {@code theta}; the data set's loss, the mean of the examples' losses. */
        double loss(int step) {
            double sum = 0.0;
            for (int e = 0; e < inputs.length; e++) {
                exampleLoss[e] = forward(theta, z[e], a[e], e, step);
                sum = e == 0 ? exampleLoss[e] : sum + exampleLoss[e];
            }
            return sum / inputs.length;
        }

        /**
         * The mean gradient over examples {@code from} to {@code to − 1} into {@code grad}, from the passes the last
         * {@link #loss} left (at the current {@code theta}); returns their mean loss.
         */
        double gradient(int from, int to, double[] grad, int step) {
            double sum = 0.0;
            for (int e = from; e < to; e++) {
                backward(theta, z[e], a[e], dLda, dadz, delta, e == from ? grad : g, e, step);
                if (e > from) {
                    for (int k = 0; k < grad.length; k++) {
                        grad[k] += g[k]; // the examples' gradients add up ...
                    }
                }
                sum = e == from ? exampleLoss[e] : sum + exampleLoss[e];
            }
            int n = to - from;
            for (int k = 0; k < grad.length; k++) {
                grad[k] /= n; // ... to their mean, as the loss is the mean
            }
            return sum / n;
        }

        /** The backward pass shown on slides: the first example's ∂L/∂a, ∂a/∂z, δ, and the data set's mean gradient. */
        Backward backwardOfFirst() {
            double[] grad = new double[paramNames.size()];
            gradient(0, inputs.length, grad, 0);
            backward(theta, z[0], a[0], dLda, dadz, delta, g, 0, 0);
            return new Backward(byNeuron(dLda), byNeuron(dadz), byNeuron(delta), byParam(grad));
        }

        /** The pass of the first example as the last {@link #loss} left it, with the data set's {@code loss}. */
        Pass firstPass(double loss) {
            return pass(z[0], a[0], loss);
        }
    }

    /**
     * The front-matter key (under {@code network}) of the input ({@code inputs.x1}, or {@code data.2.inputs.x1} of
     * example {@code e}), weight or bias with the largest term in z of {@code j}.
     */
    private String largestTerm(double[] theta, double[] a, int j, int e) {
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
                String inputs = spec.isDataSet() ? "data." + e + ".inputs." : "inputs.";
                key = input ? inputs + neurons.get(paramFrom[k]) : paramKey(k);
            }
        }
        return key;
    }

    String paramName(int k) {
        return k < weightCount
                ? spec.weights().get(k).name()
                : spec.biases().get(k - weightCount).name();
    }

    private String paramKey(int k) {
        return (k < weightCount ? "weights." : "biases.") + paramName(k);
    }

    /** The initial parameters as an array in parameter order. */
    double[] initialTheta() {
        return initial.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@code params} by name as an array in parameter order; a name not given keeps its initial value. */
    double[] theta(Map<String, Double> params) {
        for (String name : params.keySet()) {
            if (!initial.containsKey(name)) {
                throw new IllegalArgumentException("no such parameter: " + name);
            }
        }
        return paramNames.stream()
                .mapToDouble(n -> params.getOrDefault(n, initial.get(n)))
                .toArray();
    }

    Pass pass(double[] z, double[] a, double loss) {
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

    Map<String, Double> byParam(double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < values.length; k++) {
            m.put(paramNames.get(k), values[k]);
        }
        return m;
    }
}
