package org.netdeck.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

/**
 * The backpropagation engine's front: {@link #compute} runs the forward pass, the loss, the backward pass, one
 * gradient-descent update and a training run, and returns them as one immutable {@link Trace}; {@link #loss}, {@link
 * #gradient}, {@link #path} and {@link #stepsTo} answer the questions landscapes and references ask.
 *
 * <p>The maths (forward, loss, backward, one local derivative a line) are {@link Network}'s; runs, checkpoints and
 * their replay are {@link TrainingRun}'s; each activation's own maths are its {@link Activation} constant's.
 */
public final class Backprop {

    /** How many optimiser steps at the start of a run keep an {@link OptimizerStep} (the state a reader checks by hand). */
    public static final int RECORDED_STEPS = 5;

    private Backprop() {}

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
        // a run answers its own goals as it goes, and trains on past its iterations only while one is still open
        Map<String, List<Goal>> byRun = new LinkedHashMap<>();
        for (Goal g : goals) {
            Optional<NetworkSpec> network = network(spec, runs, g.run());
            if (network.isPresent() && reachable(network.get(), g.quantity())) {
                byRun.computeIfAbsent(g.run(), k -> new ArrayList<>()).add(g);
            }
        }
        // the deck's run and each compare run are independent: they run side by side, and what they give (or the
        // first failure in this order) is taken in this order, so the result is the same
        List<Supplier<Object>> work = new ArrayList<>();
        work.add(() -> new TrainingRun(spec).trace(TrainingRun.HISTORY_LIMIT, "", byRun.getOrDefault("", List.of())));
        for (RunSpec r : runs) {
            work.add(() -> {
                try {
                    return new TrainingRun(r.network())
                            .trace(TrainingRun.HISTORY_LIMIT, r.name(), byRun.getOrDefault(r.name(), List.of()));
                } catch (Divergence d) {
                    throw d.inRun(r.name());
                }
            });
        }
        List<Object> results = sideBySide(work);
        Map<Goal, OptionalInt> reached = new HashMap<>();
        TrainingRun.Searched ownSearched = (TrainingRun.Searched) results.get(0);
        record(byRun.getOrDefault("", List.of()), ownSearched, reached);
        Trace own = ownSearched.trace();
        Map<String, Explanation> explained =
                new LinkedHashMap<>(own.provenance().explanations());
        Map<String, String> aliases = new LinkedHashMap<>(own.provenance().aliases());
        List<Run> done = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            TrainingRun.Searched searched = (TrainingRun.Searched) results.get(1 + i);
            Run run = new Run(runs.get(i), searched.trace());
            record(byRun.getOrDefault(run.spec().name(), List.of()), searched, reached);
            merge(run.trace().provenance(), "runs." + run.spec().name() + ".", explained, aliases); // in deck order
            done.add(run);
        }
        List<StepsTo> answers = new ArrayList<>();
        for (Goal g : goals) {
            if (reached.containsKey(g)) {
                answers.add(new StepsTo(g, reached.get(g)));
                reached.get(g).ifPresent(n -> explained.put(g.name(), stepsToExplanation(g, n)));
            }
        }
        Map<String, Double> nudges = FiniteDifference.lossChanges(spec); // one forward pass a parameter: done once here
        checks(spec, own, nudges, explained);
        return new Trace(
                spec,
                own.forward(),
                own.backward(),
                own.updated(),
                own.training(),
                done,
                answers,
                new Provenance(explained, aliases),
                nudges);
    }

    /** The answers a run found to {@code asked}, by goal. */
    private static void record(List<Goal> asked, TrainingRun.Searched searched, Map<Goal, OptionalInt> reached) {
        for (int i = 0; i < asked.size(); i++) {
            reached.put(asked.get(i), searched.reached().get(i));
        }
    }

    /**
     * Adds a compare run's explanations (each name after {@code prefix}) to the deck's: one computed exactly as the
     * deck's own value of the same name (the same template over the same operands, the same value; a compare run
     * starts from the deck's network) becomes an alias of it, so a page explains the shared start once.
     */
    private static void merge(
            Provenance run, String prefix, Map<String, Explanation> explained, Map<String, String> aliases) {
        Map<String, String> same = new HashMap<>();
        run.explanations().forEach((name, x) -> {
            List<String> operands =
                    x.operands().stream().map(o -> same.getOrDefault(o, o)).toList();
            String bare = name.substring(prefix.length());
            Explanation own = explained.get(bare);
            boolean bothGiven = own != null && own.given() && x.given(); // a setting the run keeps: the deck's line
            if (own != null
                    && own.value() == x.value()
                    && own.template().equals(x.template())
                    && own.operands().equals(operands)
                    && (bothGiven || own.source().equals(x.source()))) {
                same.put(name, bare);
                aliases.put(name, bare);
            } else {
                explained.put(
                        name,
                        new Explanation(x.label(), x.symbol(), x.tex(), operands, x.template(), x.value(), x.source()));
            }
        });
        run.aliases().forEach((alias, name) -> aliases.put(alias, same.getOrDefault(name, name)));
    }

    /** A {@code steps_to} answer explained in words: how the search found it. */
    private static Explanation stepsToExplanation(Goal g, int steps) {
        String what = g.quantity().equals(Goal.LOSS)
                ? "the loss is at or below " + Setting.plain(g.value())
                : g.quantity() + " first reaches " + Setting.plain(g.value());
        return new Explanation(
                "the number of training steps until " + what
                        + (g.run().isEmpty() ? "" : " in the compare run " + g.run())
                        + ": found by training step by step and checking after each step",
                "",
                "",
                List.of(),
                Integer.toString(steps),
                steps,
                "");
    }

    /**
     * The by-hand checks a deck can quote, explained with the values they are computed from ({@link FiniteDifference}
     * computes them): {@code via.W} = W · δ of the neuron W goes to, {@code nudge.size} (h, netdeck's constant),
     * {@code nudge.PARAM} (the loss computed again with PARAM nudged by h, minus the loss) and
     * {@code nudge.predicted.PARAM} = h · ∂L/∂PARAM.
     */
    private static void checks(
            NetworkSpec spec, Trace own, Map<String, Double> nudges, Map<String, Explanation> explained) {
        if (!explained.containsKey("loss")) {
            return; // no provenance recorded (nothing to point at)
        }
        Map<String, Double> shares = FiniteDifference.shares(own);
        for (Weight w : spec.weights()) {
            Double share = shares.get(w.name());
            if (share != null && explained.containsKey("delta." + w.to())) {
                explained.put(
                        "via." + w.name(),
                        new Explanation(
                                "the part of ∂L/∂a of " + w.from() + " that comes back along " + w.name() + ": "
                                        + w.name() + " times δ of " + w.to(),
                                "",
                                "",
                                List.of(w.name(), "delta." + w.to()),
                                "{0} * {1}",
                                share,
                                ""));
            }
        }
        explained.put(
                "nudge.size",
                new Explanation(
                        "the nudge h added to one parameter for the finite-difference check, fixed by netdeck",
                        "h",
                        "",
                        List.of(),
                        Provenance.number(FiniteDifference.NUDGE),
                        FiniteDifference.NUDGE,
                        ""));
        nudges.forEach((p, d) -> explained.put(
                "nudge." + p,
                new Explanation(
                        "ΔL: the loss computed again with " + p + " nudged by h, minus the loss (a forward"
                                + " pass of its own)",
                        "",
                        "",
                        List.of(),
                        Provenance.number(d),
                        d,
                        "")));
        FiniteDifference.predicted(own).forEach((p, d) -> {
            if (explained.containsKey("grad." + p)) {
                explained.put(
                        "nudge.predicted." + p,
                        new Explanation(
                                "the change in the loss the gradient predicts for a nudge h of " + p + ": h · ∂L/∂" + p,
                                "",
                                "",
                                List.of("nudge.size", "grad." + p),
                                "{0} * {1}",
                                d,
                                ""));
            }
        });
    }

    /** A task's failure, kept as it was thrown (a fork-join pool would rethrow a copy from another thread). */
    private record Failed(Throwable thrown) {}

    /**
     * Runs {@code work} side by side, the first task on this thread and the others on the common fork-join pool, and
     * returns the results in order; the first task, in order, that failed throws its exception here, as if they had
     * run one after another.
     */
    private static List<Object> sideBySide(List<Supplier<Object>> work) {
        List<ForkJoinTask<Object>> tasks = work.stream()
                .map(w -> ForkJoinTask.adapt(() -> {
                    try {
                        return w.get();
                    } catch (RuntimeException | Error e) {
                        return new Failed(e);
                    }
                }))
                .toList();
        for (int i = tasks.size() - 1; i > 0; i--) {
            tasks.get(i).fork();
        }
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            results.add(i == 0 ? tasks.get(0).invoke() : tasks.get(i).join());
        }
        for (Object r : results) {
            if (r instanceof Failed f) {
                if (f.thrown() instanceof RuntimeException e) {
                    throw e;
                }
                throw (Error) f.thrown();
            }
        }
        return results;
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
        return new Surface(new Network(spec));
    }

    /**
     * One network's loss as a function of its parameters: {@link #loss} at point after point without setting the
     * network up again. Not thread-safe (it reuses its arrays); the same arithmetic, so the same values.
     */
    public static final class Surface {
        private final Network net;
        private final double[] theta;
        private final Network.Model model;

        private Surface(Network net) {
            this.net = net;
            this.theta = new double[net.paramNames.size()];
            this.model = net.new Model(theta);
        }

        /**
         * The loss at every parameter given as an array in the order of {@link NetworkSpec#params()} (frozen biases
         * included): as {@link #loss(Map)}, without names.
         */
        public double loss(double[] params) {
            if (params.length != theta.length) {
                throw new IllegalArgumentException(theta.length + " parameters, not " + params.length);
            }
            System.arraycopy(params, 0, theta, 0, theta.length);
            try {
                return model.loss(0);
            } catch (Divergence d) {
                return Double.POSITIVE_INFINITY;
            }
        }

        /** {@link Backprop#loss(NetworkSpec, Map)} of this surface's network at {@code params}. */
        public double loss(Map<String, Double> params) {
            System.arraycopy(net.theta(params), 0, theta, 0, theta.length);
            try {
                return model.loss(0);
            } catch (Divergence d) {
                return Double.POSITIVE_INFINITY;
            }
        }
    }

    /**
     * The fraction of {@code spec}'s examples a classifier gets right at {@code params} (by name, as for {@link
     * #loss}): those whose most probable output (the first on a tie) is the target's largest. Throws {@link
     * Divergence} where a number is not finite.
     */
    public static double accuracy(NetworkSpec spec, Map<String, Double> params) {
        Network net = new Network(spec);
        Network.Model m = net.new Model(net.theta(params));
        m.loss(0);
        List<String> outputs = spec.outputLayer().neurons();
        int right = 0;
        for (int e = 0; e < spec.data().size(); e++) {
            Map<String, Double> a = net.pass(m.z[e], m.a[e], 0.0).a();
            Map<String, Double> t = spec.data().get(e).targets();
            if (argmax(outputs, a).equals(argmax(outputs, t))) {
                right++;
            }
        }
        return (double) right / spec.data().size();
    }

    /** The name among {@code names} with the largest value, the first of equals. */
    public static String argmax(List<String> names, Map<String, Double> values) {
        String best = names.get(0);
        for (String n : names) {
            if (values.get(n) > values.get(best)) {
                best = n;
            }
        }
        return best;
    }

    /**
     * The gradient ∂L/∂θ of {@link #loss} (over the whole data set) at {@code params}, by parameter name (frozen
     * biases included). Throws {@link Divergence} where a number is not finite.
     */
    public static Map<String, Double> gradient(NetworkSpec spec, Map<String, Double> params) {
        Network net = new Network(spec);
        Network.Model m = net.new Model(net.theta(params));
        m.loss(0);
        double[] grad = new double[net.paramNames.size()];
        m.gradient(0, spec.data().size(), grad, 0);
        return net.byParam(grad);
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
        return new TrainingRun(spec).path(steps);
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
        return new TrainingRun(spec).reach(List.of(goal)).get(0);
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

    /**
     * The deck's run, its checkpoints taken by replaying the run rather than from the states it held: what
     * {@link #compute(NetworkSpec)} does for a run too long to hold (a test compares the two).
     */
    static Trace computeReplaying(NetworkSpec spec) {
        return new TrainingRun(spec).trace(0);
    }
}
