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
    private final boolean softmax; // the output layer is softmax(z) over its neurons (their own f is linear)

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
        softmax = spec.outputLayer().softmax();
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
        return forward(theta, z, a, e, step, null, "");
    }

    /**
     * {@link #forward(double[], double[], double[], int, int)}, recording into {@code rec} (when not null) how each z,
     * a and the loss of the pass named by {@code prefix} ({@code ""}, {@code updated.}, {@code trained.}) were
     * computed, the loss under {@code loss} when the data set has one example, else under {@code first.loss}.
     */
    double forward(double[] theta, double[] z, double[] a, int e, int step, Recorder rec, String prefix) {
        for (int i = 0; i < inputCount; i++) {
            z[i] = inputs[e][i];
            a[i] = z[i]; // an input passes its value on
            if (rec != null) {
                String n = neurons.get(i);
                String words = "the input " + n + Recorder.when(prefix);
                rec.computed(
                        prefix + "z." + n,
                        words,
                        Recorder.symbol(prefix, "z_{" + rec.label(n) + "}"),
                        "",
                        "{0}",
                        z[i],
                        List.of("input." + n));
                rec.computed(
                        prefix + "a." + n,
                        words,
                        Recorder.symbol(prefix, rec.label(n)),
                        "",
                        "{0}",
                        a[i],
                        List.of("input." + n));
                rec.alias(prefix + n, prefix + "a." + n);
            }
        }
        for (int j = inputCount; j < z.length; j++) {
            double sum = 0.0;
            for (int k : incoming[j]) {
                sum += paramFrom[k] < 0 ? theta[k] : theta[k] * a[paramFrom[k]]; // z = Σ w·a_from + b
            }
            z[j] = sum;
            a[j] = activation[j].apply(sum); // a = f(z)
            if (rec != null) {
                recordNeuron(rec, prefix, j, z[j], a[j]);
            }
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
        double loss;
        if (softmax) {
            double[] p = Softmax.apply(outputs); // ŷ = softmax(z) over the output layer, the largest z subtracted
            double[] lnp = Softmax.log(outputs); // ln ŷ as z − logsumexp(z): finite even where ŷ underflows to 0
            loss = 0.0;
            for (int o = 0; o < outputs.length; o++) {
                a[outputIndex[o]] = p[o];
                loss += targets[e][o] == 0.0 ? 0.0 : -targets[e][o] * lnp[o]; // L = −Σ y ln ŷ
                if (rec != null) {
                    recordSoftmax(rec, prefix, o, p[o]);
                }
            }
        } else {
            loss = spec.loss().value(targets[e], outputs); // L(y, ŷ)
        }
        if (rec != null) {
            recordLoss(rec, prefix, e, loss);
        }
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
            double[][] jacobian,
            double[] grad,
            int e,
            int step) {
        backward(theta, z, a, dLda, dadz, delta, jacobian, grad, e, step, null);
    }

    /**
     * The backward pass, recording into {@code rec} (when not null) how each ∂L/∂a, ∂a/∂z, δ and gradient was
     * computed; the gradients under {@code grad.P} when the data set has one example, else under {@code first.grad.P}.
     */
    void backward(
            double[] theta,
            double[] z,
            double[] a,
            double[] dLda,
            double[] dadz,
            double[] delta,
            double[][] jacobian,
            double[] grad,
            int e,
            int step,
            Recorder rec) {
        Arrays.fill(dLda, 0.0);
        List<List<Integer>> paths = rec == null ? null : new ArrayList<>(); // per neuron: the weights ∂L/∂a sums over
        if (rec != null) {
            neurons.forEach(n -> paths.add(new ArrayList<>()));
        }
        for (int o = 0; o < outputIndex.length; o++) {
            int j = outputIndex[o];
            dLda[j] = spec.loss().derivative(targets[e][o], a[j], outputIndex.length); // ∂L/∂a at each output
            if (rec != null) {
                recordOutputSlope(rec, o, dLda[j]);
            }
        }
        if (softmax) {
            softmaxDeltas(a, dLda, dadz, delta, jacobian);
            if (rec != null) {
                recordSoftmaxDeltas(rec, dadz, delta, jacobian);
            }
        }
        int coupled = softmax ? outputIndex[0] : z.length; // a softmax layer's neurons have their δ already
        for (int j = z.length - 1; j >= inputCount; j--) {
            if (j < coupled) {
                if (rec != null && !isOutput(j)) {
                    recordHiddenSlope(rec, j, paths.get(j), dLda[j]);
                }
                dadz[j] = activation[j].derivative(z[j], a[j]); // local slope ∂a/∂z = f′(z)
                delta[j] = dLda[j] * dadz[j]; // δ = ∂L/∂z = ∂L/∂a · ∂a/∂z
                if (rec != null) {
                    recordDelta(rec, j, z[j], dadz[j], delta[j]);
                }
            }
            for (int k : incoming[j]) {
                if (paramFrom[k] < 0) {
                    grad[k] = delta[j]; // ∂z/∂b = 1
                } else {
                    grad[k] = delta[j] * a[paramFrom[k]]; // ∂z/∂w = a_from
                    dLda[paramFrom[k]] += theta[k] * delta[j]; // ∂z/∂a_from = w, summed over every path
                    if (rec != null) {
                        paths.get(paramFrom[k]).add(k);
                    }
                }
                if (rec != null) {
                    recordGradient(rec, k, j, grad[k]);
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

    // ---- provenance: each called beside the line that computed the value it records ----

    private boolean isOutput(int j) {
        return j >= outputIndex[0];
    }

    private String symbolOf(Recorder rec, int j) {
        return rec.label(neurons.get(j));
    }

    /** z and a of neuron {@code j} in the pass {@code prefix}: z = Σ w·a_from + b, a = f(z). */
    private void recordNeuron(Recorder rec, String prefix, int j, double z, double a) {
        String n = neurons.get(j);
        StringBuilder template = new StringBuilder();
        List<String> operands = new ArrayList<>();
        for (int k : incoming[j]) {
            if (template.length() > 0) {
                template.append(" + ");
            }
            operands.add(prefix + paramName(k));
            if (paramFrom[k] < 0) {
                template.append('{').append(operands.size() - 1).append('}');
            } else {
                operands.add(prefix + "a." + neurons.get(paramFrom[k]));
                template.append('{')
                        .append(operands.size() - 2)
                        .append("} * {")
                        .append(operands.size() - 1)
                        .append('}');
            }
        }
        String when = Recorder.when(prefix);
        rec.computed(
                prefix + "z." + n,
                "the weighted sum of the inputs of " + n + when,
                Recorder.symbol(prefix, "z_{" + symbolOf(rec, j) + "}"),
                "",
                template.length() == 0 ? "0" : template.toString(),
                z,
                operands);
        if (softmax && isOutput(j)) {
            return; // its a is the layer's softmax, recorded once the layer is done
        }
        String f = activation[j].formula();
        rec.computed(
                prefix + "a." + n,
                "the activation of " + n + when + ", " + activation[j].id() + " of its sum",
                Recorder.symbol(prefix, symbolOf(rec, j)),
                "",
                f,
                a,
                List.of(prefix + "z." + n));
        rec.alias(prefix + n, prefix + "a." + n);
    }

    /** The softmax output {@code o}: e^{z_o} / Σ e^{z}. */
    private void recordSoftmax(Recorder rec, String prefix, int o, double p) {
        List<String> operands = new ArrayList<>();
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < outputIndex.length; i++) {
            operands.add(prefix + "z." + neurons.get(outputIndex[i]));
            sum.append(i == 0 ? "" : " + ").append("exp({").append(i).append("})");
        }
        String n = neurons.get(outputIndex[o]);
        rec.computed(
                prefix + "a." + n,
                "the probability of " + n + Recorder.when(prefix) + ", the softmax of the" + " output layer's sums",
                Recorder.symbol(prefix, symbolOf(rec, outputIndex[o])),
                "",
                "exp({" + o + "}) / (" + sum + ")",
                p,
                operands);
        rec.alias(prefix + n, prefix + "a." + n);
        if (prefix.isEmpty()) {
            rec.alias("probability." + n, "a." + n);
        }
    }

    /** The loss of example {@code e} (the first: the only one recorded) in the pass {@code prefix}. */
    private void recordLoss(Recorder rec, String prefix, int e, double loss) {
        List<String> operands = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (int o = 0; o < outputIndex.length; o++) {
            double t = targets[e][o];
            String target = "{" + operands.size() + "}";
            String out = "{" + (operands.size() + 1) + "}";
            operands.add("target." + neurons.get(outputIndex[o]));
            operands.add(prefix + "a." + neurons.get(outputIndex[o]));
            String term = softmax
                    ? (t == 0.0 ? null : "-" + target + " * ln(" + out + ")")
                    : switch (spec.loss()) {
                        case SQUARED_ERROR, MEAN_SQUARED_ERROR -> "(" + target + " - " + out + ")^2";
                        case HALF_SQUARED_ERROR -> "0.5 * (" + target + " - " + out + ")^2";
                        case BINARY_CROSS_ENTROPY ->
                            t == 0.0
                                    ? "-ln(1 - " + out + ")"
                                    : t == 1.0
                                            ? "-ln(" + out + ")"
                                            : "-(" + target + " * ln(" + out + ") + (1 - " + target + ") * ln(1 - "
                                                    + out + "))";
                        case CATEGORICAL_CROSS_ENTROPY -> "-" + target + " * ln(" + out + ")";
                    };
            if (term != null) {
                terms.add(terms.isEmpty() && outputIndex.length == 1 ? term : "(" + term + ")");
            }
        }
        String template = terms.isEmpty() ? "0" : String.join(" + ", terms);
        if (!softmax && spec.loss() == LossKind.MEAN_SQUARED_ERROR) {
            template = "(" + template + ") / " + outputIndex.length;
        }
        boolean one = inputs.length == 1;
        rec.computed(
                prefix + (one ? "loss" : "first.loss"),
                (one ? "the loss" : "the loss of the first example") + Recorder.when(prefix) + ", "
                        + spec.loss().id().replace('_', ' '),
                Recorder.symbol(prefix, one ? "L" : "L_1"),
                "",
                template,
                loss,
                operands);
    }

    /** ∂L/∂a of output {@code o}, the loss's derivative. */
    private void recordOutputSlope(Recorder rec, int o, double slope) {
        int j = outputIndex[o];
        double t = targets[0][o];
        String n = neurons.get(j);
        String template = switch (spec.loss()) {
            case SQUARED_ERROR -> "-2 * ({0} - {1})";
            case HALF_SQUARED_ERROR -> "-({0} - {1})";
            case MEAN_SQUARED_ERROR -> "-2 * ({0} - {1}) / " + outputIndex.length;
            case BINARY_CROSS_ENTROPY -> "({1} - {0}) / ({1} * (1 - {1}))";
            case CATEGORICAL_CROSS_ENTROPY -> t == 0.0 ? "0" : "-{0} / {1}";
        };
        rec.computed(
                "grad." + n,
                "∂L/∂" + n + ", how fast the loss changes as " + n + " changes",
                "\\frac{\\partial L}{\\partial " + symbolOf(rec, j) + "}",
                "",
                template,
                slope,
                List.of("target." + n, "a." + n));
    }

    /** ∂L/∂a of a hidden neuron: Σ w·δ over the weights it feeds. */
    private void recordHiddenSlope(Recorder rec, int j, List<Integer> weights, double slope) {
        List<String> operands = new ArrayList<>();
        StringBuilder template = new StringBuilder();
        for (int k : weights) {
            template.append(template.length() == 0 ? "" : " + ")
                    .append('{')
                    .append(operands.size())
                    .append("} * {")
                    .append(operands.size() + 1)
                    .append('}');
            operands.add(paramName(k));
            operands.add("delta." + neurons.get(paramTo[k]));
        }
        String n = neurons.get(j);
        rec.computed(
                "grad." + n,
                "∂L/∂" + n + ", summed over every weight " + n + " feeds: weight times the next" + " neuron's δ",
                "\\frac{\\partial L}{\\partial " + symbolOf(rec, j) + "}",
                "",
                template.length() == 0 ? "0" : template.toString(),
                slope,
                operands);
    }

    /** ∂a/∂z and δ = ∂L/∂a · ∂a/∂z of neuron {@code j}. */
    private void recordDelta(Recorder rec, int j, double z, double slope, double delta) {
        String n = neurons.get(j);
        String s = symbolOf(rec, j);
        String template = activation[j].slopeFormula(z);
        String why = ", " + activation[j].slopeReason(z);
        rec.computed(
                "local." + n,
                "∂" + n + "/∂z, the slope of " + n + "'s activation" + why,
                "\\frac{\\partial " + s + "}{\\partial z_{" + s + "}}",
                "",
                template,
                slope,
                List.of((activation[j].slopeReadsZ() ? "z." : "a.") + n));
        rec.computed(
                "delta." + n,
                "δ of " + n + ", ∂L/∂z: ∂L/∂" + n + " times the slope",
                "\\delta_{" + s + "}",
                "",
                "{0} * {1}",
                delta,
                List.of("grad." + n, "local." + n));
    }

    /** A softmax layer's Jacobian, δ and diagonal slope. */
    private void recordSoftmaxDeltas(Recorder rec, double[] dadz, double[] delta, double[][] jacobian) {
        int n = outputIndex.length;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                String row = neurons.get(outputIndex[r]);
                String column = neurons.get(outputIndex[c]);
                rec.computed(
                        "softmax.jacobian." + row + "." + column,
                        "∂" + row + "/∂z of " + column + ", an entry of the softmax Jacobian a_i(δ_ij − a_j)",
                        "\\frac{\\partial " + symbolOf(rec, outputIndex[r]) + "}{\\partial z_{"
                                + symbolOf(rec, outputIndex[c]) + "}}",
                        "",
                        r == c ? "{0} * (1 - {0})" : "{0} * (0 - {1})",
                        jacobian[r][c],
                        r == c ? List.of("a." + row) : List.of("a." + row, "a." + column));
            }
        }
        for (int c = 0; c < n; c++) {
            String column = neurons.get(outputIndex[c]);
            List<String> operands = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                operands.add("grad." + neurons.get(outputIndex[r]));
                operands.add("softmax.jacobian." + neurons.get(outputIndex[r]) + "." + column);
            }
            StringBuilder template = new StringBuilder();
            for (int r = 0; r < n; r++) {
                template.append(r == 0 ? "" : " + ")
                        .append('{')
                        .append(2 * r)
                        .append("} * {")
                        .append(2 * r + 1)
                        .append('}');
            }
            String s = symbolOf(rec, outputIndex[c]);
            rec.computed(
                    "local." + column,
                    "∂" + column + "/∂z, the softmax Jacobian's diagonal entry",
                    "\\frac{\\partial " + s + "}{\\partial z_{" + s + "}}",
                    "",
                    "{0}",
                    dadz[outputIndex[c]],
                    List.of("softmax.jacobian." + column + "." + column));
            rec.computed(
                    "delta." + column,
                    "δ of " + column + ", ∂L/∂z: Σ over the outputs of ∂L/∂a times the" + " Jacobian's entry",
                    "\\delta_{" + s + "}",
                    "",
                    template.toString(),
                    delta[outputIndex[c]],
                    operands);
        }
    }

    /** The gradient of parameter {@code k} into neuron {@code j}: δ·a_from for a weight, δ for a bias. */
    private void recordGradient(Recorder rec, int k, int j, double g) {
        String p = paramName(k);
        boolean one = inputs.length == 1;
        String name = (one ? "grad." : "first.grad.") + p;
        String what = (one ? "the gradient" : "the gradient of the first example's loss") + " with respect to " + p;
        String symbol = one
                ? "\\frac{\\partial L}{\\partial " + rec.label(p) + "}"
                : "\\frac{\\partial L_1}{\\partial " + rec.label(p) + "}";
        if (paramFrom[k] < 0) {
            rec.computed(
                    name,
                    what + ": the δ of " + neurons.get(j),
                    symbol,
                    "",
                    "{0}",
                    g,
                    List.of("delta." + neurons.get(j)));
        } else {
            rec.computed(
                    name,
                    what + ": the δ of " + neurons.get(j) + " times the activation " + p + " carries",
                    symbol,
                    "",
                    "{0} * {1}",
                    g,
                    List.of("delta." + neurons.get(j), "a." + neurons.get(paramFrom[k])));
        }
    }

    /**
     * The softmax output layer's δ by the general path: its Jacobian ∂a_i/∂z_j = a_i(δ_ij − a_j) into {@code
     * jacobian}, then δ_j = Σ_i ∂L/∂a_i · ∂a_i/∂z_j (the Jacobian transposed times ∂L/∂a), and the diagonal as each
     * output's local slope. With categorical cross-entropy this is ŷ − y; nothing here assumes it.
     */
    private void softmaxDeltas(double[] a, double[] dLda, double[] dadz, double[] delta, double[][] jacobian) {
        int n = outputIndex.length;
        double[] p = new double[n];
        for (int o = 0; o < n; o++) {
            p[o] = a[outputIndex[o]];
        }
        double[][] jac = Softmax.jacobian(p);
        for (int c = 0; c < n; c++) {
            double sum = 0.0;
            for (int r = 0; r < n; r++) {
                sum += dLda[outputIndex[r]] * jac[r][c]; // ∂L/∂z_c = Σ_r ∂L/∂a_r · ∂a_r/∂z_c
            }
            delta[outputIndex[c]] = sum;
            dadz[outputIndex[c]] = jac[c][c];
            System.arraycopy(jac[c], 0, jacobian[c], 0, n);
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
        final double[][] jacobian = new double[outputIndex.length][outputIndex.length];
        final double[] g = new double[paramNames.size()];

        Model(double[] theta) {
            this.theta = theta;
        }

        /** Forward passes of every example at {@code theta}; the data set's loss, the mean of the examples' losses. */
        double loss(int step) {
            return loss(step, null, "");
        }

        /** {@link #loss(int)}, recording the first example's pass and the mean loss as the pass {@code prefix}. */
        double loss(int step, Recorder rec, String prefix) {
            double sum = 0.0;
            for (int e = 0; e < inputs.length; e++) {
                exampleLoss[e] = forward(theta, z[e], a[e], e, step, e == 0 ? rec : null, prefix);
                sum = e == 0 ? exampleLoss[e] : sum + exampleLoss[e];
            }
            double loss = sum / inputs.length;
            if (rec != null && inputs.length > 1) {
                StringBuilder template = new StringBuilder("({0}");
                for (int e = 1; e < inputs.length; e++) {
                    template.append(" + ").append(Recorder.literal(exampleLoss[e]));
                }
                template.append(") / ").append(inputs.length);
                rec.computed(
                        prefix + "loss",
                        "the loss" + Recorder.when(prefix) + ", the mean of the "
                                + inputs.length + " examples' losses (the first one's explained, the others as"
                                + " numbers)",
                        Recorder.symbol(prefix, "L"),
                        "",
                        template.toString(),
                        loss,
                        List.of(prefix + "first.loss"));
            }
            return loss;
        }

        /**
         * The mean gradient over examples {@code from} to {@code to − 1} into {@code grad}, from the passes the last
         * {@link #loss} left (at the current {@code theta}); returns their mean loss.
         */
        double gradient(int from, int to, double[] grad, int step) {
            double sum = 0.0;
            for (int e = from; e < to; e++) {
                backward(theta, z[e], a[e], dLda, dadz, delta, jacobian, e == from ? grad : g, e, step);
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
            return backwardOfFirst(null);
        }

        /** {@link #backwardOfFirst()}, recording the first example's backward pass and the mean gradient. */
        Backward backwardOfFirst(Recorder rec) {
            double[] grad = new double[paramNames.size()];
            gradient(0, inputs.length, grad, 0);
            double[][] others = new double[inputs.length][];
            for (int e = 1; rec != null && e < inputs.length; e++) {
                backward(theta, z[e], a[e], dLda, dadz, delta, jacobian, g, e, 0);
                others[e] = g.clone(); // the same arithmetic as gradient(): its terms, for the mean's explanation
            }
            backward(theta, z[0], a[0], dLda, dadz, delta, jacobian, g, 0, 0, rec);
            if (rec != null && inputs.length > 1) {
                for (int k = 0; k < grad.length; k++) {
                    StringBuilder template = new StringBuilder("({0}");
                    for (int e = 1; e < inputs.length; e++) {
                        template.append(" + ").append(Recorder.literal(others[e][k]));
                    }
                    template.append(") / ").append(inputs.length);
                    String p = paramName(k);
                    rec.computed(
                            "grad." + p,
                            "the gradient with respect to " + p + ": the mean of the "
                                    + inputs.length + " examples' gradients (the first one's explained, the others as"
                                    + " numbers)",
                            "\\frac{\\partial L}{\\partial " + rec.label(p) + "}",
                            "",
                            template.toString(),
                            grad[k],
                            List.of("first.grad." + p));
                }
            }
            return new Backward(
                    byNeuron(dLda), byNeuron(dadz), byNeuron(delta), byParam(grad), jacobianByName(jacobian));
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

    /** The softmax Jacobian in {@code jacobian} by output name (row i = a_i, column j = z_j); empty without softmax. */
    private Map<String, Map<String, Double>> jacobianByName(double[][] jacobian) {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        if (!softmax) {
            return m;
        }
        for (int r = 0; r < outputIndex.length; r++) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (int c = 0; c < outputIndex.length; c++) {
                row.put(neurons.get(outputIndex[c]), jacobian[r][c]);
            }
            m.put(neurons.get(outputIndex[r]), row);
        }
        return m;
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
