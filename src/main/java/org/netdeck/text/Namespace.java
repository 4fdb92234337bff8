package org.netdeck.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.FiniteDifference;
import org.netdeck.compute.Goal;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Pass;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Run;
import org.netdeck.compute.RunBehaviour;
import org.netdeck.compute.Setting;
import org.netdeck.compute.StepsTo;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Training;

/**
 * Every value a slide may refer to, by the name an author writes ({@code yhat}, {@code grad.w3},
 * {@code updated.loss}, ...), built once per deck from its {@link Trace}.
 *
 * <pre>{@code new Namespace(trace).lookup("grad.w3")  // OptionalDouble[-0.0656...]}</pre>
 *
 * The gradient check: {@code nudge.size} (h, {@link FiniteDifference#NUDGE}), {@code nudge.PARAM} (ΔL when PARAM moves
 * by h) and {@code nudge.predicted.PARAM} (h · ∂L/∂PARAM); {@code via.W} is w · δ of the neuron W goes to, the part of
 * ∂L/∂a of its source that comes back along W, and the formula {@code paths.NEURON} adds those up ({@link Forks}).
 *
 * <p>A layer's values as a matrix or a vector, {@code matrix.W.output}, {@code vector.delta.hidden}, are formulas
 * ({@link Matrices}).
 *
 * <p>The fixed names ({@code loss}, {@code improvement}, {@code learning_rate}, {@code alpha},
 * {@code iterations}) win over a neuron or parameter with the same name.
 *
 * <p>The optimiser's hyper-parameters are {@code optimizer.KEY} ({@code optimizer.momentum}, {@code optimizer.beta1},
 * ...: the keys its kind reads). Each compare run {@code R} adds {@code runs.R.trained.*} (as {@code trained.*}),
 * {@code runs.R.learning_rate}, {@code runs.R.iterations}, {@code runs.R.batch_size}, {@code runs.R.optimizer.KEY}
 * and its first step, {@code runs.R.updated.PARAM}, {@code runs.R.change.PARAM} and {@code runs.R.updated.loss}; every {@code steps_to} goal the trace answered adds {@code steps_to.Q(V)} (and
 * {@code runs.R.steps_to.Q(V)}), a count of steps, unless it is never reached ({@link #unreached}). Each run adds the
 * loss over its last tenth, {@code tail.min}, {@code tail.max}, {@code tail.mean}, {@code tail.from} and {@code tail.steps}
 * (and {@code runs.R.tail.*}); a last value of a run that does not settle is a warning ({@link #unsettled}).
 */
public final class Namespace {

    /** {@code steps_to.yhat(0.85)}, {@code runs.lr_1.steps_to.loss(1e-3)}: run, quantity, value. */
    private static final Pattern STEPS_TO = Pattern.compile(
            "(?:runs\\.([A-Za-z_][A-Za-z0-9_]*)\\.)?steps_to\\.([A-Za-z_][A-Za-z0-9_]*)\\(([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\)");

    private final Map<String, Double> values;
    private final Set<String> integers;
    private final Map<String, Precision> kinds;
    private final Formulas formulas;
    private final Matrices matrices;
    private final Forks forks;
    private final Trace trace;
    /** How each run ends, by name ("" the deck's own): read once, asked for by every {@code trained.*} reference. */
    private final Map<String, RunBehaviour> behaviours = new LinkedHashMap<>();

    public Namespace(Trace trace) {
        NetworkSpec spec = trace.network();
        Map<String, Double> v = new LinkedHashMap<>();
        Set<String> ints = new LinkedHashSet<>();
        List<String> inputs = spec.inputLayer().neurons();
        // plain names: a neuron is its activation, a parameter its initial value
        v.putAll(trace.forward().a());
        Map<String, Double> initial = trace.params(); // built on each call: once here, not once per parameter
        v.putAll(initial);
        pass(v, "", trace.forward());
        spec.inputs().forEach((x, value) -> v.put("input." + x, value));
        spec.targets().forEach((o, value) -> v.put("target." + o, value));
        trace.gradients().forEach((p, g) -> v.put("grad." + p, g)); // ∂L/∂θ
        trace.backward().dLda().forEach((n, g) -> v.put("grad." + n, g)); // ∂L/∂a
        trace.deltas().forEach((n, d) -> v.put("delta." + n, d)); // ∂L/∂z
        trace.backward().dadz().forEach((n, s) -> v.put("local." + n, s)); // ∂a/∂z
        Map<String, Double> shares = FiniteDifference.shares(trace);
        shares.forEach((w, s) -> v.put("via." + w, s)); // w · δ: the part of ∂L/∂a that comes back along w
        v.put("nudge.size", FiniteDifference.NUDGE);
        trace.nudges().forEach((p, d) -> v.put("nudge." + p, d)); // ΔL = L(θ + h) − L(θ)
        FiniteDifference.predicted(trace).forEach((p, d) -> v.put("nudge.predicted." + p, d)); // h · ∂L/∂θ
        trace.updated().params().forEach((p, value) -> v.put("updated." + p, value));
        trace.updated().forward().a().forEach((n, a) -> v.put("updated." + n, a));
        pass(v, "updated.", trace.updated().forward());
        trace.updated().params().forEach((p, value) -> v.put("change." + p, value - initial.get(p)));
        trained(v, "", trace.loss(), trace.training());
        tail(v, ints, "", trace.training());
        if (spec.outputLayer().softmax()) {
            classifier(v, ints, "", trace);
        }
        v.put("loss", trace.loss());
        v.put("improvement", improvement(trace.loss(), trace.updated().loss()));
        v.put("learning_rate", spec.learningRate());
        v.put("alpha", spec.learningRate());
        optimizer(v, "", spec);
        integer(v, ints, "batch_size", spec.batchSize());
        integer(v, ints, "count.examples", spec.data().size());
        integer(v, ints, "iterations", spec.iterations());
        integer(v, ints, "count.weights", spec.weights().size());
        integer(v, ints, "count.biases", spec.biases().size());
        integer(v, ints, "count.parameters", spec.learnableParameters());
        integer(v, ints, "count.neurons", spec.neurons().size());
        integer(v, ints, "count.layers", spec.layers().size());
        integer(v, ints, "count.inputs", inputs.size());
        integer(v, ints, "count.outputs", spec.outputLayer().neurons().size());
        for (Run run : trace.runs()) {
            String prefix = "runs." + run.name() + ".";
            trained(v, prefix, run.trace().loss(), run.training());
            tail(v, ints, prefix, run.training());
            NetworkSpec network = run.spec().network();
            v.put(prefix + "learning_rate", network.learningRate());
            integer(v, ints, prefix + "iterations", network.iterations());
            integer(v, ints, prefix + "batch_size", network.batchSize());
            optimizer(v, prefix, network);
            Map<String, Double> start = run.trace().params();
            run.trace().updated().params().forEach((p, value) -> {
                v.put(prefix + "updated." + p, value);
                v.put(prefix + "change." + p, value - start.get(p));
            });
            v.put(prefix + "updated.loss", run.trace().updated().loss());
            if (network.outputLayer().softmax()) {
                prediction(v, ints, prefix + "trained.", network, run.training().forward());
                v.put(
                        prefix + "trained.accuracy",
                        Backprop.accuracy(network, run.training().params()));
            }
        }
        for (StepsTo answer : trace.stepsTo()) {
            answer.steps().ifPresent(n -> integer(v, ints, name(answer.goal()), n));
        }
        this.values = Collections.unmodifiableMap(v);
        this.integers = Collections.unmodifiableSet(ints);
        this.kinds = kinds(v.keySet(), trace);
        this.formulas = new Formulas(trace);
        this.matrices = new Matrices(trace);
        this.forks = new Forks(trace, shares);
        this.trace = trace;
        behaviours.put("", RunBehaviour.of(trace.training().loss()));
        trace.runs()
                .forEach(r ->
                        behaviours.put(r.name(), RunBehaviour.of(r.training().loss())));
    }

    /** How the run named {@code run} ("" the deck's own) ends, if there is one. */
    public Optional<RunBehaviour> behaviour(String run) {
        return Optional.ofNullable(behaviours.get(run));
    }

    /**
     * {@code optimizer.KEY} for each hyper-parameter the optimiser of {@code spec} reads ({@code optimizer.momentum},
     * {@code optimizer.beta1}, {@code optimizer.eps}, ...; {@code optimizer.centered} is 1 or 0), after {@code prefix}.
     */
    private static void optimizer(Map<String, Double> v, String prefix, NetworkSpec spec) {
        spec.optimizer().hyperParameters().forEach((key, value) -> v.put(prefix + "optimizer." + key, value));
    }

    /** {@code trained.*} of one training run, each name after {@code prefix}. */
    private static void trained(Map<String, Double> v, String prefix, double initialLoss, Training training) {
        training.params().forEach((p, value) -> v.put(prefix + "trained." + p, value));
        training.forward().a().forEach((n, a) -> v.put(prefix + "trained." + n, a));
        pass(v, prefix + "trained.", training.forward());
        v.put(
                prefix + "trained.improvement",
                improvement(initialLoss, training.forward().loss()));
    }

    /**
     * {@code tail.min}, {@code tail.max}, {@code tail.mean} (the loss over the last tenth of the run, see {@link
     * RunBehaviour.Tail}), {@code tail.from} (its first step) and {@code tail.steps} (its steps), each name after
     * {@code prefix}.
     */
    private static void tail(Map<String, Double> v, Set<String> ints, String prefix, Training training) {
        RunBehaviour.Tail t = RunBehaviour.Tail.of(training.loss());
        v.put(prefix + "tail.min", t.min());
        v.put(prefix + "tail.max", t.max());
        v.put(prefix + "tail.mean", t.mean());
        integer(v, ints, prefix + "tail.from", t.from());
        integer(v, ints, prefix + "tail.steps", t.to() - t.from());
    }

    /**
     * Why the reference {@code name} should not be shown as a result, when it is a last value ({@code trained.*}) of a
     * run whose loss does not settle ({@link RunBehaviour}): what to write instead. Empty otherwise.
     */
    public Optional<String> unsettled(String name) {
        String n = canonical(name);
        if (!values.containsKey(n)) {
            return Optional.empty();
        }
        String run = "";
        String rest = n;
        if (n.startsWith("runs.")) {
            int dot = n.indexOf('.', 5);
            run = n.substring(5, dot);
            rest = n.substring(dot + 1);
        }
        if (!rest.startsWith("trained.")) {
            return Optional.empty();
        }
        String r = run;
        RunBehaviour behaviour = behaviours.get(run);
        if (behaviour == null || behaviour.settled()) {
            return Optional.empty();
        }
        Training training =
                run.isEmpty() ? trace.training() : trace.run(run).orElseThrow().training();
        RunBehaviour.Tail t = RunBehaviour.Tail.of(training.loss());
        String prefix = r.isEmpty() ? "" : "runs." + r + ".";
        return Optional.of("'" + name + "' is the last value of " + (r.isEmpty() ? "the deck's run" : "run '" + r + "'")
                + ", whose loss is " + behaviour.id() + " (over steps " + Precision.count(t.from()) + " to "
                + Precision.count(t.to()) + " it ranges from " + Precision.LOSS.format(t.min()) + " to "
                + Precision.LOSS.format(t.max()) + ", mean " + Precision.LOSS.format(t.mean())
                + "), so it depends on where the run happened to stop; write {{ " + prefix + "tail.mean }} or {{ "
                + prefix + "tail.min }} to {{ " + prefix + "tail.max }} instead");
    }

    /**
     * How many steps the run named {@code run} ("" the deck's own) plots, its iterations; empty for an unknown run.
     */
    private OptionalInt plotted(String run) {
        if (run.isEmpty()) {
            return OptionalInt.of(trace.network().iterations());
        }
        return trace.run(run)
                .map(r -> OptionalInt.of(r.spec().network().iterations()))
                .orElse(OptionalInt.empty());
    }

    /**
     * What a {@code steps_to} count past the steps its run plots adds to the number: {@code " (past the 2,000 plotted
     * steps)"}; empty for any other name or a count within them.
     */
    public Optional<String> pastPlotted(String name) {
        Optional<Goal> goal = goal(name);
        Double value = values.get(canonical(name));
        if (goal.isEmpty() || value == null) {
            return Optional.empty();
        }
        OptionalInt plotted = plotted(goal.get().run());
        if (plotted.isEmpty() || value <= plotted.getAsInt()) {
            return Optional.empty();
        }
        return Optional.of(" (past the " + Precision.count(plotted.getAsInt()) + " plotted steps)");
    }

    /**
     * A softmax classifier's names: {@code softmax.jacobian.I.J} (∂ŷ_I/∂z_J of the first example), {@code
     * probability.O} (ŷ_O), {@code prediction.class} and {@code prediction.probability} (the most probable class,
     * numbered from 1, and its probability; also {@code trained.prediction.*} after the run) and {@code accuracy},
     * {@code trained.accuracy} (the fraction of examples whose most probable class is the target's).
     */
    private static void classifier(Map<String, Double> v, Set<String> ints, String prefix, Trace trace) {
        NetworkSpec spec = trace.network();
        trace.backward()
                .jacobian()
                .forEach((row, columns) ->
                        columns.forEach((column, d) -> v.put(prefix + "softmax.jacobian." + row + "." + column, d)));
        spec.outputLayer()
                .neurons()
                .forEach(o ->
                        v.put(prefix + "probability." + o, trace.forward().a().get(o)));
        prediction(v, ints, prefix, spec, trace.forward());
        prediction(v, ints, prefix + "trained.", spec, trace.training().forward());
        v.put(prefix + "accuracy", Backprop.accuracy(spec, spec.params()));
        v.put(
                prefix + "trained.accuracy",
                Backprop.accuracy(spec, trace.training().params()));
    }

    /** {@code prediction.class} (from 1) and {@code prediction.probability} of one pass's first example. */
    private static void prediction(
            Map<String, Double> v, Set<String> ints, String prefix, NetworkSpec spec, Pass pass) {
        List<String> outputs = spec.outputLayer().neurons();
        String best = Backprop.argmax(outputs, pass.a());
        integer(v, ints, prefix + "prediction.class", outputs.indexOf(best) + 1);
        v.put(prefix + "prediction.probability", pass.a().get(best));
    }

    /** The reference name of {@code goal}: {@code steps_to.yhat(0.85)} or {@code runs.lr_1.steps_to.yhat(0.85)}. */
    static String name(Goal goal) {
        return goal.name();
    }

    /** {@code name}, with a {@code steps_to} value written the one way ({@code yhat(0.850)} is {@code yhat(0.85)}). */
    private static String canonical(String name) {
        return name.contains("steps_to.") ? goal(name).map(Namespace::name).orElse(name) : name;
    }

    /** The goal a {@code steps_to} name asks for, if {@code name} is one (whether or not it can be reached). */
    static Optional<Goal> goal(String name) {
        Matcher m = STEPS_TO.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(m.group(3));
        return Double.isFinite(value)
                ? Optional.of(new Goal(m.group(1) == null ? "" : m.group(1), m.group(2), value))
                : Optional.empty();
    }

    /**
     * Why a {@code steps_to} reference has no value, when {@code name} is one that the trace answered as never
     * reached, or that names something a goal cannot be; empty otherwise (a value, or not a {@code steps_to} name).
     */
    public Optional<String> unreached(String name) {
        Optional<Goal> goal = goal(name);
        if (goal.isEmpty() || values.containsKey(canonical(name))) {
            return Optional.empty();
        }
        Goal g = goal.get();
        Optional<NetworkSpec> spec = g.run().isEmpty()
                ? Optional.of(trace.network())
                : trace.run(g.run()).map(r -> r.spec().network());
        if (spec.isEmpty()) {
            return Optional.empty(); // an unknown run: an unknown name
        }
        if (!Backprop.reachable(spec.get(), g.quantity())) {
            return Optional.of("steps_to counts the steps until the loss or a non-input neuron reaches a value, and '"
                    + g.quantity()
                    + "' is neither; write steps_to.NEURON(VALUE) or steps_to.loss(VALUE), such as steps_to."
                    + spec.get().outputLayer().neurons().get(0) + "(0.9)");
        }
        Optional<StepsTo> answer = trace.stepsTo(g);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        String what = g.quantity().equals(Goal.LOSS) ? "the loss never falls to " : g.quantity() + " never reaches ";
        return Optional.of(what + Setting.plain(g.value()) + " within "
                + spec.get().stepLimit() + " steps (the iteration limit) at learning rate "
                + Setting.plain(spec.get().learningRate())
                + "; pick a value the training run gets to");
    }

    /** The precision policy's kind of every name that has one (counts and ratios have none). */
    private static Map<String, Precision> kinds(Set<String> names, Trace trace) {
        Set<String> params = trace.params().keySet();
        Map<String, Precision> k = new LinkedHashMap<>();
        for (String full : names) {
            String name = full.startsWith("runs.") ? full.substring(full.indexOf('.', 5) + 1) : full;
            int dot = name.indexOf('.');
            String family = dot < 0 ? "" : name.substring(0, dot);
            String rest = name.substring(dot + 1);
            Precision p = switch (family) {
                case "grad", "delta", "change", "via" -> Precision.GRADIENT;
                case "nudge" -> rest.equals("size") ? Precision.EXACT : Precision.GRADIENT;
                case "updated", "trained" ->
                    rest.equals("loss")
                            ? Precision.LOSS
                            : params.contains(rest)
                                    ? Precision.UPDATED
                                    : rest.equals("improvement")
                                                    || rest.equals("accuracy")
                                                    || rest.equals("prediction.class")
                                            ? null
                                            : Precision.VALUE;
                case "count", "steps_to" -> null;
                case "tail" -> rest.equals("from") || rest.equals("steps") ? null : Precision.LOSS;
                case "prediction" -> rest.equals("class") ? null : Precision.VALUE;
                case "optimizer" -> Precision.EXACT; // a hyper-parameter, as written
                case "" ->
                    switch (name) {
                        case "loss" -> Precision.LOSS;
                        case "learning_rate", "alpha" -> Precision.EXACT;
                        case "iterations", "improvement", "accuracy", "batch_size" -> null;
                        default -> Precision.VALUE; // a neuron's activation or a parameter's initial value
                    };
                default -> Precision.VALUE; // a, z, input, target, local
            };
            if (p != null) {
                k.put(full, p);
            }
        }
        return Collections.unmodifiableMap(k);
    }

    /**
     * How the value {@code name} is shown when no format is written, by the precision policy; empty for counts and
     * ratios.
     */
    public Optional<Precision> precision(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /**
     * The TeX of a formula reference ({@code label.yhat}, {@code chain.w1}, {@code update.w3}, {@code sum.h1}), if it
     * is one.
     */
    public Optional<String> formula(String name) {
        return marked(name).map(t -> Formulas.plain(t, trace.provenance()));
    }

    /**
     * The formula reference {@code name} as math, every engine number in it carrying the name it is explained under
     * and its arithmetic ({@code data-ref}, {@code data-formula} once rendered), if it is one.
     */
    public Optional<org.netdeck.math.MathNode> formulaNode(String name) {
        return marked(name).map(t -> Formulas.node(t, trace.provenance()));
    }

    /** The TeX of a formula reference with its engine numbers marked ({@link Formulas#value}). */
    private Optional<String> marked(String name) {
        return Matrices.isMatrixName(name)
                ? matrices.marked(name)
                : Forks.isForkName(name) ? forks.marked(name) : formulas.marked(name);
    }

    /** Why the formula reference {@code name} is not one this deck can write, if it is one ({@link Formulas#absent}). */
    public Optional<String> absentFormula(String name) {
        return Matrices.isMatrixName(name)
                ? matrices.absent(name)
                : Forks.isForkName(name) ? forks.absent(name) : formulas.absent(name);
    }

    /** Every formula reference name, the matrices and vectors ({@link Matrices}) last. */
    public List<String> formulaNames() {
        List<String> names = new java.util.ArrayList<>(formulas.names());
        names.addAll(forks.names());
        names.addAll(matrices.names());
        return names;
    }

    /** {@code a.N}, {@code z.N} and {@code loss} of one forward pass, each name after {@code prefix}. */
    private static void pass(Map<String, Double> v, String prefix, Pass pass) {
        pass.a().forEach((n, a) -> v.put(prefix + "a." + n, a));
        pass.z().forEach((n, z) -> v.put(prefix + "z." + n, z));
        v.put(prefix + "loss", pass.loss());
    }

    private static void integer(Map<String, Double> v, Set<String> ints, String name, int value) {
        v.put(name, (double) value);
        ints.add(name);
    }

    /** The fraction of the loss gone: (before − after) / before; 0 when there was no loss to begin with. */
    private static double improvement(double before, double after) {
        return before == 0.0 ? 0.0 : (before - after) / before;
    }

    /**
     * The name {@code name}'s value is explained under in the trace's {@link org.netdeck.compute.Provenance} ({@code
     * h1} → {@code a.h1}), with its {@code data-formula} (its arithmetic, operands in full precision); empty when the
     * engine recorded no explanation of it.
     */
    public Optional<Explained> explained(String name) {
        String canonical = canonical(name);
        return trace.provenance()
                .formula(canonical)
                .map(f -> new Explained(trace.provenance().resolve(canonical), f));
    }

    /** A value's name in the provenance and its {@code data-formula}. */
    public record Explained(String ref, String formula) {}

    /** The value named {@code name}, or empty when there is no such name. */
    public OptionalDouble lookup(String name) {
        Double value = values.get(canonical(name));
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Whether {@code name} is a count (printed as a whole number by default). */
    public boolean isInteger(String name) {
        return integers.contains(canonical(name));
    }

    /** Every name, in a stable order: neurons and parameters first, then the families, then the fixed names. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }
}
