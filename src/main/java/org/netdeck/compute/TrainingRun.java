package org.netdeck.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Runs of one network's training, on {@link Network}'s maths: the deck's run with its first update and recorded
 * steps, its checkpoints (kept as it goes, or by replaying it when that is too much to hold), a run's parameter path,
 * and the steps until a goal holds.
 */
final class TrainingRun {

    /**
     * How many numbers a run may hold for its checkpoints (8 MB: short-lived, so they die in the young generation)
     * before it replays itself for them instead (the default decks' runs hold ~40,000; a 50,000-step run of a
     * network with ten parameters and five neurons would need a million and replays).
     */
    static final long HISTORY_LIMIT = 1_000_000;

    private final NetworkSpec spec;
    private final Network net;

    TrainingRun(NetworkSpec spec) {
        this.spec = spec;
        this.net = new Network(spec);
    }

    /** The run; it holds every step's state for its checkpoints when that is at most {@code historyLimit} numbers. */
    Trace trace(long historyLimit) {
        return trace(historyLimit, "");
    }

    /**
     * {@link #trace(long)}, its {@link Trace#provenance()} recorded as it computes, each name after {@code runs.RUN.}
     * when {@code run} (a compare run's name) is not empty.
     */
    Trace trace(long historyLimit, String run) {
        return trace(historyLimit, run, List.of()).trace();
    }

    /** A run's trace and the answers to the {@code steps_to} goals searched along it, in the goals' order. */
    record Searched(Trace trace, List<OptionalInt> reached) {}

    /**
     * {@link #trace(long, String)}, answering {@code goals} along the way as {@link #reach} does: each is checked after
     * every step of the run, and when some still do not hold at its end the run goes on from there (not again from
     * the start) up to {@link NetworkSpec#stepLimit()} steps, so a run and its search cost at most that many steps.
     */
    Searched trace(long historyLimit, String run, List<Goal> goals) {
        Recorder rec = new Recorder(spec, run);
        rec.givens();
        Trainer t = new Trainer();
        t.model.loss(0, rec, ""); // the same passes again, recorded (the same arithmetic, so the same values)
        Search search = new Search(goals, t);
        search.check(0, t);
        Pass initial = t.pass();
        Backward backward = t.model.backwardOfFirst(rec);

        // training: the first step is the update shown on its own
        List<Double> losses = new ArrayList<>(spec.iterations() + 1);
        List<OptimizerStep> recorded = new ArrayList<>();
        // every step's state, for the checkpoints the whole loss curve selects, unless that is too much to hold
        History history = History.fits(spec.iterations() + 1, t.theta.length, net.neurons.size(), historyLimit)
                ? new History(spec.iterations() + 1, t.theta.length, net.neurons.size())
                : null;
        losses.add(t.loss);
        keep(history, t);
        OptimizerStep first = t.step(rec);
        t.model.loss(1, rec, "updated."); // the updated pass again, recorded
        Update updated = new Update(net.byParam(t.theta), t.pass());
        recordUpdate(rec, initial, updated);
        search.check(1, t);
        if (spec.iterations() >= 1) {
            losses.add(t.loss);
            recorded.add(first);
            keep(history, t);
        }
        for (int step = 2; step <= spec.iterations(); step++) {
            OptimizerStep s = t.step();
            search.check(step, t);
            if (step <= Backprop.RECORDED_STEPS) {
                recorded.add(s);
            }
            losses.add(t.loss);
            keep(history, t);
        }
        List<Integer> at = Checkpoints.select(losses);
        List<Checkpoint> checkpoints = history != null ? checkpoints(history, at) : replay(at);
        Training training = spec.iterations() == 0
                ? new Training(losses, spec.params(), initial, checkpoints, recorded)
                : new Training(losses, net.byParam(t.theta), t.pass(), checkpoints, recorded);
        recordTrained(rec, initial, training);
        if (spec.outputLayer().softmax()) {
            recordClassifier(rec, "", initial, spec.params());
            recordClassifier(rec, "trained.", training.forward(), training.params());
        }
        // no finite-difference check here: Backprop.compute adds it to the deck's own run only
        Trace trace = new Trace(spec, initial, backward, updated, training, List.of(), List.of(), rec.done(), Map.of());
        search.finish(t);
        return new Searched(trace, search.answers());
    }

    /** The first update's changes and improvement. */
    private void recordUpdate(Recorder rec, Pass initial, Update updated) {
        updated.params()
                .forEach((p, value) -> rec.computed(
                        "change." + p,
                        "how much the first step moved " + p,
                        "\\Delta " + rec.label(p),
                        "",
                        "{0} - {1}",
                        value - spec.params().get(p),
                        List.of("updated." + p, p)));
        rec.computed(
                "improvement",
                "the fraction of the loss the first step removed",
                "",
                "",
                initial.loss() == 0.0 ? "0" : "({0} - {1}) / {0}",
                initial.loss() == 0.0 ? 0.0 : (initial.loss() - updated.loss()) / initial.loss(),
                List.of("loss", "updated.loss"));
    }

    /** A classifier's prediction and accuracy in the pass {@code prefix}, explained in words (they are counts). */
    private void recordClassifier(Recorder rec, String prefix, Pass pass, Map<String, Double> params) {
        List<String> outputs = spec.outputLayer().neurons();
        String best = Backprop.argmax(outputs, pass.a());
        rec.words(
                prefix + "prediction.class",
                "the most probable class" + Recorder.when(prefix) + ", numbered from 1:"
                        + " the output with the largest probability (" + best + ")",
                "",
                outputs.indexOf(best) + 1);
        rec.alias(prefix + "prediction.probability", prefix + "a." + best);
        int n = spec.data().size();
        double accuracy = Backprop.accuracy(spec, params);
        rec.words(
                prefix + "accuracy",
                "the fraction of the " + n + " examples" + Recorder.when(prefix) + " whose most"
                        + " probable class is the target's: " + Math.round(accuracy * n) + " of " + n,
                "",
                accuracy);
    }

    /** Where the run ended: its parameters (found by stepping), their forward pass and the improvement. */
    private void recordTrained(Recorder rec, Pass initial, Training training) {
        String how = "found by running all " + spec.iterations() + " steps of "
                + spec.optimizer().id() + ", each step computed like the first";
        training.params()
                .forEach((p, value) ->
                        rec.words("trained." + p, p + " after training, " + how, "{" + rec.label(p) + "}^{*}", value));
        Network.Model m = net.new Model(net.theta(training.params()));
        m.loss(spec.iterations(), rec, "trained."); // the pass at the trained parameters, recorded
        RunBehaviour.Tail t = RunBehaviour.Tail.of(training.loss()); // the loss over the run's last tenth
        String over = " over steps " + t.from() + " to " + t.to() + ", the last tenth of the run, found by running it";
        rec.words("tail.min", "the lowest loss" + over, "", t.min());
        rec.words("tail.max", "the highest loss" + over, "", t.max());
        rec.words("tail.mean", "the mean loss" + over, "", t.mean());
        rec.words(
                "tail.from", "the first step of the run's last tenth (" + spec.iterations() + " steps)", "", t.from());
        rec.words(
                "tail.steps",
                "the steps in the run's last tenth (from step " + t.from() + " to " + t.to() + ")",
                "",
                t.to() - t.from());
        double after = training.forward().loss();
        rec.computed(
                "trained.improvement",
                "the fraction of the loss training removed",
                "",
                "",
                initial.loss() == 0.0 ? "0" : "({0} - {1}) / {0}",
                initial.loss() == 0.0 ? 0.0 : (initial.loss() - after) / initial.loss(),
                List.of("loss", "trained.loss"));
    }

    /** The parameters before the first step and after each of the first {@code steps}, by name. */
    List<Map<String, Double>> path(int steps) {
        Trainer t = new Trainer();
        List<Map<String, Double>> path = new ArrayList<>(steps + 1);
        path.add(net.byParam(t.theta));
        for (int i = 0; i < steps; i++) {
            t.step();
            path.add(net.byParam(t.theta));
        }
        return List.copyOf(path);
    }

    /**
     * {@link Backprop#stepsTo} for each of {@code goals} of this network, in one training run: it stops when every goal
     * holds, or at {@link NetworkSpec#stepLimit()} steps, so any number of goals costs at most one run's steps.
     */
    List<OptionalInt> reach(List<Goal> goals) {
        Trainer t;
        try {
            t = new Trainer();
        } catch (Divergence d) {
            return Collections.nCopies(goals.size(), OptionalInt.empty()); // not finite at the start: never reached
        }
        Search search = new Search(goals, t);
        search.check(0, t);
        search.finish(t);
        return search.answers();
    }

    /**
     * Goals checked along a run: each is answered with the first step after which it holds (an activation below its
     * value at the start climbs to it; anything else falls to it).
     */
    private final class Search {
        private final List<Goal> goals;
        private final OptionalInt[] answers;
        private final int[] index; // the goal's neuron; -1: the loss
        private final boolean[] up;
        private int open;
        private int checked = -1; // the last step checked

        Search(List<Goal> goals, Trainer t) {
            this.goals = goals;
            answers = new OptionalInt[goals.size()];
            Arrays.fill(answers, OptionalInt.empty());
            index = new int[goals.size()];
            up = new boolean[goals.size()];
            open = goals.size();
            for (int g = 0; g < goals.size(); g++) {
                index[g] = net.neurons.indexOf(goals.get(g).quantity());
                double start = index[g] < 0 ? t.loss : t.model.a[0][index[g]];
                up[g] = index[g] >= 0 && start < goals.get(g).value();
            }
        }

        /** Checks every open goal at {@code step}, the state {@code t} is in. */
        void check(int step, Trainer t) {
            checked = step;
            for (int g = 0; g < goals.size(); g++) {
                double now = index[g] < 0 ? t.loss : t.model.a[0][index[g]];
                double value = goals.get(g).value();
                if (answers[g].isEmpty() && (up[g] ? now >= value : now <= value)) {
                    answers[g] = OptionalInt.of(step);
                    open--;
                }
            }
        }

        /**
         * Trains {@code t} on from the last step checked while a goal is open, up to {@link NetworkSpec#stepLimit()}
         * steps; a goal not reached before the run stops being finite is never reached.
         */
        void finish(Trainer t) {
            try {
                while (open > 0 && checked < spec.stepLimit()) {
                    t.step();
                    check(checked + 1, t);
                }
            } catch (Divergence d) {
                // the goals still open are never reached
            }
        }

        List<OptionalInt> answers() {
            return List.of(answers);
        }
    }

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
        int params = net.paramNames.size();
        int n = net.neurons.size();
        List<Checkpoint> kept = new ArrayList<>(at.size());
        for (int step : at) {
            double[] theta = Arrays.copyOfRange(history.theta, step * params, (step + 1) * params);
            double[] z = Arrays.copyOfRange(history.z, step * n, (step + 1) * n);
            double[] a = Arrays.copyOfRange(history.a, step * n, (step + 1) * n);
            kept.add(new Checkpoint(step, net.byParam(theta), net.pass(z, a, history.loss[step])));
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
                kept.add(new Checkpoint(step, net.byParam(t.theta), t.pass()));
                next++;
            }
        }
        return kept;
    }

    /**
     * A training run in progress: the parameters, the optimiser's state, how many steps are done, and the data
     * set's loss at the current parameters (with every example's pass kept in {@link #model}).
     */
    private final class Trainer {
        final double[] theta = net.initialTheta();
        final Network.Model model = net.new Model(theta);
        final OptimizerState optimizer = new OptimizerState(spec.optimizer(), spec.learningRate(), net.trainable);
        final double[] grad = new double[theta.length];
        int steps = 0;
        double loss = model.loss(0);

        /** One optimiser step on the next batch; returns what it did (null after the first recorded steps). */
        OptimizerStep step() {
            return step(null);
        }

        /** {@link #step()}, recording how the first step moved each parameter into {@code rec} (when not null). */
        OptimizerStep step(Recorder rec) {
            int batch = steps % spec.batches();
            int from = batch * spec.batchSize();
            int to = Math.min(from + spec.batchSize(), spec.data().size());
            double batchLoss = model.gradient(from, to, grad, steps); // the passes at theta are the model's already
            steps++;
            List<String> gradients = new ArrayList<>();
            if (rec != null) {
                boolean whole = from == 0 && to == spec.data().size(); // the gradient backwardOfFirst recorded
                for (int k = 0; k < grad.length; k++) {
                    String p = net.paramName(k);
                    gradients.add(whole ? "grad." + p : "step1.grad." + p);
                    if (!whole) {
                        rec.words(
                                "step1.grad." + p,
                                "the mean gradient with respect to " + p + " over the first" + " batch, examples "
                                        + (from + 1) + " to " + to,
                                "\\frac{\\partial L_B}{\\partial " + rec.label(p) + "}",
                                grad[k]);
                    }
                }
            }
            optimizer.update(theta, grad, steps, rec, net.paramNames, gradients);
            for (int k = 0; k < theta.length; k++) {
                if (!Double.isFinite(theta[k])) {
                    throw new Divergence(steps, "the updated " + net.paramName(k) + " is " + theta[k]);
                }
            }
            loss = model.loss(steps);
            return steps <= Backprop.RECORDED_STEPS
                    ? new OptimizerStep(
                            steps,
                            from + 1,
                            to,
                            batchLoss,
                            net.byParam(grad),
                            optimizer.snapshot(net.paramNames),
                            net.byParam(theta))
                    : null;
        }

        /** The pass of the first example at the current parameters, with the data set's loss. */
        Pass pass() {
            return model.firstPass(loss);
        }
    }
}
