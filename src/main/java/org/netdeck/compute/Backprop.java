package org.netdeck.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    /** How many optimiser steps at the start of a run keep an {@link OptimizerStep} (the state a reader checks by hand). */
    public static final int RECORDED_STEPS = 5;

    private final NetworkSpec spec;
    private final List<String> neurons;
    private final List<String> paramNames;
    private final Map<String, Double> initial; // the parameters' initial values, by name
    private final Activation[] activation; // per neuron
    private final int inputCount;
    private final double[][] inputs; // per example, per input neuron in layer order
    private final int[] outputIndex; // neuron index of each output, in order
    private final double[][] targets; // per example, per output
    // parameter k: weights are k < weightCount, biases after them
    private final int weightCount;
    private final int[] paramFrom; // weight: source neuron; bias: -1
    private final int[] paramTo; // weight: target neuron; bias: its neuron
    private final boolean[] trainable;
    private final int[][] incoming; // per neuron: parameter indices (weights, then its bias) in declaration order

    private Backprop(NetworkSpec spec) {
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
        Trace own = new Backprop(spec).run(HISTORY_LIMIT);
        List<Run> done = new ArrayList<>();
        for (RunSpec r : runs) {
            try {
                done.add(new Run(r, new Backprop(r.network()).run(HISTORY_LIMIT)));
            } catch (Divergence d) {
                throw d.inRun(r.name());
            }
        }
        // one search per run answers all of its goals: 300 goals cost what one does
        Map<String, List<Goal>> byRun = new LinkedHashMap<>();
        for (Goal g : goals) {
            Optional<NetworkSpec> network = network(spec, runs, g.run());
            if (network.isPresent() && reachable(network.get(), g.quantity())) {
                byRun.computeIfAbsent(g.run(), k -> new ArrayList<>()).add(g);
            }
        }
        Map<Goal, OptionalInt> reached = new HashMap<>();
        byRun.forEach((run, asked) -> {
            List<OptionalInt> steps = new Backprop(network(spec, runs, run).orElseThrow()).reach(asked);
            for (int i = 0; i < asked.size(); i++) {
                reached.put(asked.get(i), steps.get(i));
            }
        });
        List<StepsTo> answers = new ArrayList<>();
        for (Goal g : goals) {
            if (reached.containsKey(g)) {
                answers.add(new StepsTo(g, reached.get(g)));
            }
        }
        return new Trace(spec, own.forward(), own.backward(), own.updated(), own.training(), done, answers);
    }

    /**
     * The loss of {@code spec}'s network over its whole data set (the mean of the per-example losses) with the
     * parameters {@code params} (by name; a parameter not named keeps its initial value, an unknown name throws
     * IllegalArgumentException): the function a training
     * run descends, for drawing it. Pure; {@link Double#POSITIVE_INFINITY} where the loss or a number on the way
     * is not finite.
     *
     * <pre>{@code Backprop.loss(spec, Map.of("w1", 0.5, "w2", -1.0))}</pre>
     */
    public static double loss(NetworkSpec spec, Map<String, Double> params) {
        return surface(spec).loss(params);
    }

    /** {@link #loss} over {@code spec}'s network at many points, the network numbered once (for a landscape's grid). */
    public static Surface surface(NetworkSpec spec) {
        return new Backprop(spec).new Surface();
    }

    /**
     * One network's loss as a function of its parameters: {@link #loss} at point after point without setting the
     * network up again. Not thread-safe (it reuses its arrays); the same arithmetic, so the same values.
     */
    public final class Surface {
        private final double[] theta = new double[paramNames.size()];
        private final Model model = new Model(theta);

        private Surface() {}

        /** {@link Backprop#loss(NetworkSpec, Map)} of this surface's network at {@code params}. */
        public double loss(Map<String, Double> params) {
            System.arraycopy(theta(params), 0, theta, 0, theta.length);
            try {
                return model.loss(0);
            } catch (Divergence d) {
                return Double.POSITIVE_INFINITY;
            }
        }
    }

    /**
     * The gradient ∂L/∂θ of {@link #loss} (over the whole data set) at {@code params}, by parameter name (frozen
     * biases included). Throws {@link Divergence} where a number is not finite.
     */
    public static Map<String, Double> gradient(NetworkSpec spec, Map<String, Double> params) {
        Backprop b = new Backprop(spec);
        Model m = b.new Model(b.theta(params));
        m.loss(0);
        double[] grad = new double[b.paramNames.size()];
        m.gradient(0, spec.data().size(), grad, 0);
        return b.byParam(grad);
    }

    /**
     * The parameters of {@code spec}'s training run (its optimiser, learning rate, data and batches) before its first
     * step and after each of its first {@code steps} steps: {@code steps + 1} maps by name, the first the initial
     * values, whatever {@code spec.iterations()}. The same arithmetic as {@link #compute}, so step t here is step t
     * there. Throws {@link Divergence} if the run stops being finite.
     */
    public static List<Map<String, Double>> path(NetworkSpec spec, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must not be negative: " + steps);
        }
        Backprop b = new Backprop(spec);
        Trainer t = b.new Trainer();
        List<Map<String, Double>> path = new ArrayList<>(steps + 1);
        path.add(b.byParam(t.theta));
        for (int i = 0; i < steps; i++) {
            t.step();
            path.add(b.byParam(t.theta));
        }
        return List.copyOf(path);
    }

    /** Whether {@code quantity} can be a goal's: the loss or a non-input neuron. */
    public static boolean reachable(NetworkSpec spec, String quantity) {
        return quantity.equals(Goal.LOSS)
                || (spec.neurons().contains(quantity)
                        && !spec.inputLayer().neurons().contains(quantity));
    }

    /**
     * How many optimiser steps with {@code spec}'s settings (whatever its {@code iterations}) it takes until
     * {@code goal} first holds (0 when it holds at the start), searching up to {@link NetworkSpec#stepLimit()}
     * steps; empty when it never does within them, or the run stops being finite first. {@code goal.run()} is not
     * read. The loss is the data set's; a neuron's activation is the first example's.
     */
    public static OptionalInt stepsTo(NetworkSpec spec, Goal goal) {
        if (!reachable(spec, goal.quantity())) {
            throw new IllegalArgumentException("no such goal quantity: " + goal.quantity());
        }
        return new Backprop(spec).reach(goal);
    }

    /** The network of the deck's run ({@code run} empty) or of the compare run named {@code run}. */
    private static Optional<NetworkSpec> network(NetworkSpec spec, List<RunSpec> runs, String run) {
        return run.isEmpty()
                ? Optional.of(spec)
                : runs.stream()
                        .filter(r -> r.name().equals(run))
                        .map(RunSpec::network)
                        .findFirst();
    }

    private OptionalInt reach(Goal goal) {
        return reach(List.of(goal)).get(0);
    }

    /**
     * {@link #stepsTo} for each of {@code goals} of this network, in one training run: it stops when every goal
     * holds, or at {@link NetworkSpec#stepLimit()} steps, so any number of goals costs at most one run's steps.
     */
    private List<OptionalInt> reach(List<Goal> goals) {
        OptionalInt[] answers = new OptionalInt[goals.size()];
        Arrays.fill(answers, OptionalInt.empty());
        int[] index = new int[goals.size()];
        boolean[] up = new boolean[goals.size()];
        boolean[] done = new boolean[goals.size()];
        int open = goals.size();
        try {
            Trainer t = new Trainer();
            for (int g = 0; g < goals.size(); g++) {
                index[g] = neurons.indexOf(goals.get(g).quantity()); // -1: the loss
                double start = index[g] < 0 ? t.loss : t.model.a[0][index[g]];
                // an activation below the value climbs to it; anything else falls
                up[g] = index[g] >= 0 && start < goals.get(g).value();
            }
            for (int step = 0; ; step++) {
                for (int g = 0; g < goals.size(); g++) {
                    double now = index[g] < 0 ? t.loss : t.model.a[0][index[g]];
                    double value = goals.get(g).value();
                    if (!done[g] && (up[g] ? now >= value : now <= value)) {
                        done[g] = true;
                        answers[g] = OptionalInt.of(step);
                        open--;
                    }
                }
                if (open == 0 || step == spec.stepLimit()) {
                    break;
                }
                t.step();
            }
        } catch (Divergence d) {
            // the goals not reached before the run stopped being finite are never reached
        }
        return List.of(answers);
    }

    /**
     * The deck's run, its checkpoints taken by replaying the run rather than from the states it held: what
     * {@link #compute(NetworkSpec)} does for a run too long to hold (a test compares the two).
     */
    static Trace computeReplaying(NetworkSpec spec) {
        return new Backprop(spec).run(0);
    }

    /** The run; it holds every step's state for its checkpoints when that is at most {@code historyLimit} numbers. */
    private Trace run(long historyLimit) {
        Trainer t = new Trainer();
        Pass initial = t.pass();
        Backward backward = t.model.backwardOfFirst();

        // training: the first step is the update shown on its own
        List<Double> losses = new ArrayList<>(spec.iterations() + 1);
        List<OptimizerStep> recorded = new ArrayList<>();
        // every step's state, for the checkpoints the whole loss curve selects, unless that is too much to hold
        History history = History.fits(spec.iterations() + 1, t.theta.length, neurons.size(), historyLimit)
                ? new History(spec.iterations() + 1, t.theta.length, neurons.size())
                : null;
        losses.add(t.loss);
        keep(history, t);
        OptimizerStep first = t.step();
        Update updated = new Update(byParam(t.theta), t.pass());
        if (spec.iterations() >= 1) {
            losses.add(t.loss);
            recorded.add(first);
            keep(history, t);
        }
        for (int step = 2; step <= spec.iterations(); step++) {
            OptimizerStep s = t.step();
            if (step <= RECORDED_STEPS) {
                recorded.add(s);
            }
            losses.add(t.loss);
            keep(history, t);
        }
        List<Integer> at = Checkpoints.select(losses);
        List<Checkpoint> checkpoints = history != null ? checkpoints(history, at) : replay(at);
        Training training = spec.iterations() == 0
                ? new Training(losses, spec.params(), initial, checkpoints, recorded)
                : new Training(losses, byParam(t.theta), t.pass(), checkpoints, recorded);
        return new Trace(spec, initial, backward, updated, training);
    }

    /**
     * How many numbers a run may hold for its checkpoints (8 MB: short-lived, so they die in the young generation)
     * before it replays itself for them instead (the default decks' runs hold ~40,000; a 50,000-step run of a
     * network with ten parameters and five neurons would need a million and replays).
     */
    static final long HISTORY_LIMIT = 1_000_000;

    /**
     * A training run's state after each step, as it was: parameters, and the first example's weighted sums and
     * activations with the data set's loss (what a {@link Checkpoint} holds), in flat arrays.
     */
    private static final class History {
        final double[] theta;
        final double[] z;
        final double[] a;
        final double[] loss;
        int size;

        History(int steps, int params, int neurons) {
            theta = new double[steps * params];
            z = new double[steps * neurons];
            a = new double[steps * neurons];
            loss = new double[steps];
        }

        static boolean fits(int steps, int params, int neurons, long limit) {
            return (long) steps * (params + 2L * neurons + 1) <= limit;
        }
    }

    private static void keep(History history, Trainer t) {
        if (history == null) {
            return;
        }
        int i = history.size++;
        System.arraycopy(t.theta, 0, history.theta, i * t.theta.length, t.theta.length);
        double[] z = t.model.z[0];
        double[] a = t.model.a[0];
        System.arraycopy(z, 0, history.z, i * z.length, z.length);
        System.arraycopy(a, 0, history.a, i * a.length, a.length);
        history.loss[i] = t.loss;
    }

    /** The checkpoints at the steps {@code at}, from the run's {@code history}: what {@link #replay} computes again. */
    private List<Checkpoint> checkpoints(History history, List<Integer> at) {
        int params = paramNames.size();
        int n = neurons.size();
        List<Checkpoint> kept = new ArrayList<>(at.size());
        for (int step : at) {
            double[] theta = Arrays.copyOfRange(history.theta, step * params, (step + 1) * params);
            double[] z = Arrays.copyOfRange(history.z, step * n, (step + 1) * n);
            double[] a = Arrays.copyOfRange(history.a, step * n, (step + 1) * n);
            kept.add(new Checkpoint(step, byParam(theta), pass(z, a, history.loss[step])));
        }
        return kept;
    }

    /** The training run again from the start, the same arithmetic step by step (optimiser state too), keeping the state at each of {@code at} (increasing). */
    private List<Checkpoint> replay(List<Integer> at) {
        Trainer t = new Trainer();
        List<Checkpoint> kept = new ArrayList<>(at.size());
        int next = 0;
        for (int step = 0; next < at.size(); step++) {
            if (step > 0) {
                t.step();
            }
            if (at.get(next) == step) {
                kept.add(new Checkpoint(step, byParam(t.theta), t.pass()));
                next++;
            }
        }
        return kept;
    }

    /** {@code params} by name as an array in parameter order; a name not given keeps its initial value. */
    private double[] theta(Map<String, Double> params) {
        for (String name : params.keySet()) {
            if (!initial.containsKey(name)) {
                throw new IllegalArgumentException("no such parameter: " + name);
            }
        }
        return paramNames.stream()
                .mapToDouble(n -> params.getOrDefault(n, initial.get(n)))
                .toArray();
    }

    /**
     * A training run in progress: the parameters, the optimiser's state, how many steps are done, and the data
     * set's loss at the current parameters (with every example's pass kept in {@link #model}).
     */
    private final class Trainer {
        final double[] theta =
                initial.values().stream().mapToDouble(Double::doubleValue).toArray();
        final Model model = new Model(theta);
        final OptimizerState optimizer = new OptimizerState(spec.optimizer(), spec.learningRate(), trainable);
        final double[] grad = new double[theta.length];
        int steps = 0;
        double loss = model.loss(0);

        /** One optimiser step on the next batch; returns what it did. */
        OptimizerStep step() {
            int batch = steps % spec.batches();
            int from = batch * spec.batchSize();
            int to = Math.min(from + spec.batchSize(), spec.data().size());
            double batchLoss = model.gradient(from, to, grad, steps); // the passes at theta are the model's already
            steps++;
            optimizer.update(theta, grad, steps);
            for (int k = 0; k < theta.length; k++) {
                if (!Double.isFinite(theta[k])) {
                    throw new Divergence(steps, "the updated " + paramName(k) + " is " + theta[k]);
                }
            }
            loss = model.loss(steps);
            return steps <= RECORDED_STEPS
                    ? new OptimizerStep(
                            steps,
                            from + 1,
                            to,
                            batchLoss,
                            byParam(grad),
                            optimizer.snapshot(paramNames),
                            byParam(theta))
                    : null;
        }

        /** The pass of the first example at the current parameters, with the data set's loss. */
        Pass pass() {
            return Backprop.this.pass(model.z[0], model.a[0], loss);
        }
    }

    /**
     * The network at parameters {@code theta} (shared, not copied: a {@link Trainer} moves it) over every example:
     * each example's z and a from the last {@link #loss}, and the scratch arrays of the backward pass.
     */
    private final class Model {
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
                        grad[k] += g[k];
                    }
                }
                sum = e == from ? exampleLoss[e] : sum + exampleLoss[e];
            }
            int n = to - from;
            for (int k = 0; k < grad.length; k++) {
                grad[k] /= n;
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
    }

    /** Fills {@code z} and {@code a} for example {@code e} at parameters {@code theta} and returns its loss. */
    private double forward(double[] theta, double[] z, double[] a, int e, int step) {
        for (int i = 0; i < inputCount; i++) {
            z[i] = inputs[e][i];
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
                        largestTerm(theta, a, j, e));
            }
        }
        double[] outputs = new double[outputIndex.length];
        for (int o = 0; o < outputs.length; o++) {
            outputs[o] = a[outputIndex[o]];
        }
        double loss = spec.loss().value(targets[e], outputs);
        if (!Double.isFinite(loss)) {
            throw new Divergence(step, "the loss is " + loss);
        }
        return loss;
    }

    /**
     * Fills the gradients of example {@code e}'s loss for its pass in {@code z}, {@code a}: neurons in reverse order
     * (every weight goes forward, so that is a topological order), each passing ∂L/∂a back along its incoming weights.
     */
    private void backward(
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

    private String paramName(int k) {
        return k < weightCount
                ? spec.weights().get(k).name()
                : spec.biases().get(k - weightCount).name();
    }

    private String paramKey(int k) {
        return (k < weightCount ? "weights." : "biases.") + paramName(k);
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
        for (int k = 0; k < values.length; k++) {
            m.put(paramNames.get(k), values[k]);
        }
        return m;
    }
}
