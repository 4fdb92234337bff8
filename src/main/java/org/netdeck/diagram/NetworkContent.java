package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Layer;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Setting;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Weight;
import org.netdeck.content.DiagramStep;

/** The words and numbers each network step writes (every step except the training curve). */
final class NetworkContent {

    static final String LEGEND = "solid line: w > 0; dashed: w < 0; thicker: larger |w|";

    private final Trace trace;
    private final NetworkSpec spec;
    private final List<String> outputs;
    private final Set<String> outputSet; // for lookups inside loops over every weight
    private final boolean softmax; // the output layer is a softmax: its outputs are computed together

    private NetworkContent(Trace trace) {
        this.trace = trace;
        this.spec = trace.network();
        this.outputs = spec.outputLayer().neurons();
        this.outputSet = Set.copyOf(outputs);
        this.softmax = spec.outputLayer().softmax();
    }

    /** The content of {@code step}, which must draw the network ({@link DiagramStep#drawsNetwork}). */
    static StepContent of(Trace trace, DiagramStep step) {
        NetworkContent c = new NetworkContent(trace);
        return switch (step) {
            case ARCHITECTURE -> c.architecture();
            case FORWARD -> c.forward();
            case LOSS -> c.loss();
            case OUTPUT_GRADIENT -> c.outputGradient();
            case CHAIN_RULE -> c.chainRule();
            case UPDATE -> c.update();
            case LAYERS, TRAINING, LANDSCAPE ->
                throw new IllegalArgumentException("the " + step.id() + " step is a plot, not a network");
        };
    }

    private StepContent architecture() {
        long trainableBiases = spec.biases().stream().filter(Bias::trainable).count();
        String count = spec.learnableParameters() + " learnable parameters ("
                + spec.weights().size() + " weights, " + trainableBiases + " trainable "
                + (trainableBiases == 1 ? "bias" : "biases") + ")";
        String desc = "A network of " + spec.layers().size() + " layers. " + layersInWords() + " Weights: "
                + join(
                        spec.weights(),
                        w -> w.name() + " from " + w.from() + " to " + w.to() + " = " + Numbers.value(w.value()))
                + "." + biasesInWords(b -> b.name() + " on " + b.neuron() + " = " + Numbers.value(b.value())) + " "
                + count + ".";
        List<String> captions = softmax ? List.of(count, softmaxBox(), LEGEND) : List.of(count, LEGEND);
        return StepContent.of(DiagramStep.ARCHITECTURE, "Network architecture")
                .description(desc
                        + (softmax
                                ? " The output layer is a softmax, drawn in one box: its outputs are computed together,"
                                        + " ŷ_i = exp(z_i) / (sum over j of exp(z_j)), and add up to 1."
                                : ""))
                .edgeLabels(initialWeightLabels())
                .biasLabels(initialBiasLabels())
                .captions(captions)
                .weights(initialWeights())
                .active(everything())
                .build();
    }

    private StepContent forward() {
        Map<String, String> values = new LinkedHashMap<>();
        spec.neurons()
                .forEach(n -> values.put(n, Numbers.value(trace.forward().a().get(n))));
        String desc = "Forward pass" + (spec.isDataSet() ? " of " + firstExample() : "")
                + ", from the inputs to the output. Inputs: "
                + join(spec.inputLayer().neurons(), n -> n + " = " + values.get(n)) + ". Activations: "
                + join(nonInputs(), n -> n + " = " + values.get(n)) + ". Weights: "
                + join(spec.weights(), w -> w.name() + " = " + Numbers.value(w.value())) + ".";
        String each = "each neuron shows its activation" + (spec.isDataSet() ? " for " + firstExample() + "," : "");
        String sum = "z = Σ w · a" + (spec.biases().isEmpty() ? "" : " + b");
        List<String> captions = List.of(each + " a = " + activationSymbol() + "(z), " + sum, LEGEND);
        Map<String, List<String>> side = new LinkedHashMap<>();
        if (softmax) { // beside each output its z; inside, the probability the box makes of all of them together
            outputs.forEach(o -> side.put(
                    o, List.of("z = " + Numbers.value(trace.forward().z().get(o)))));
            List<Double> p = outputs.stream().map(this::a).toList();
            captions = List.of(
                    each + " a = " + activationSymbol() + "(z) in the hidden layers, " + sum + ";",
                    "the softmax box turns the outputs' z into probabilities together, " + SoftmaxText.formula()
                            + "; they add up to 1: " + SoftmaxText.sum(p),
                    LEGEND);
            desc += " The softmax outputs' weighted sums: "
                    + join(
                            outputs,
                            o -> "z of " + o + " = "
                                    + Numbers.value(trace.forward().z().get(o)))
                    + "; their probabilities add up to 1.";
        }
        return StepContent.of(DiagramStep.FORWARD, "Forward pass")
                .description(desc)
                .direction("forward pass →")
                .neuronValues(values)
                .edgeLabels(initialWeightLabels())
                .biasLabels(initialBiasLabels())
                .sideLabels(side)
                .captions(captions)
                .weights(initialWeights())
                .flow(Flow.FORWARD)
                .active(everything())
                .build();
    }

    private StepContent loss() {
        int trueClass =
                softmax ? SoftmaxText.trueClass(outputs.stream().map(this::t).toList()) : -1;
        if (trueClass >= 0) {
            return softmaxLoss(outputs.get(trueClass));
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> side = new LinkedHashMap<>();
        for (String o : outputs) {
            values.put(o, Numbers.value(a(o)));
            side.put(
                    o,
                    List.of(
                            "prediction",
                            label(o) + " = " + Numbers.value(a(o)),
                            "target",
                            math(target(o)) + " = " + Numbers.value(t(o))));
        }
        List<Double> targets = outputs.stream().map(this::t).toList();
        List<Double> predictions = outputs.stream().map(this::a).toList();
        List<String> lines = LossText.lines(
                spec.loss(),
                outputs.stream().map(this::label).toList(),
                targets,
                predictions,
                spec.loss()
                        .value(
                                targets.stream()
                                        .mapToDouble(Double::doubleValue)
                                        .toArray(),
                                predictions.stream()
                                        .mapToDouble(Double::doubleValue)
                                        .toArray()),
                spec.data().size(),
                trace.loss());
        String desc = "Loss (" + LossText.name(spec.loss()) + ") of the prediction against the target"
                + (spec.isDataSet() ? " for " + firstExample() : "") + ": "
                + join(outputs, o -> o + " = " + Numbers.value(a(o)) + " against " + Numbers.value(t(o))) + ". "
                + String.join("; ", lines.stream().map(RichText::plain).toList()) + ".";
        return StepContent.of(DiagramStep.LOSS, "Loss")
                .description(desc)
                .neuronValues(values)
                .edgeLabels(initialWeightLabels())
                .biasLabels(initialBiasLabels())
                .sideLabels(side)
                .captions(lines)
                .weights(initialWeights())
                .active(outputs)
                .build();
    }

    /**
     * The loss of a softmax classifier whose (first) target is one-hot: only the true class's term is left, −ln ŷ of
     * it, which the step lights; beside each output its probability and its target.
     */
    private StepContent softmaxLoss(String truth) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> side = new LinkedHashMap<>();
        for (String o : outputs) {
            values.put(o, Numbers.value(a(o)));
            List<String> lines = new ArrayList<>(
                    List.of(label(o) + " = " + Numbers.value(a(o)), math(target(o)) + " = " + Numbers.exact(t(o))));
            if (o.equals(truth)) {
                lines.add("−ln " + label(o) + " = " + Numbers.of(-Math.log(a(o)), Precision.LOSS));
            }
            side.put(o, lines);
        }
        List<String> lines = SoftmaxText.lossLines(
                label(truth), a(truth), -Math.log(a(truth)), spec.data().size(), trace.loss());
        String desc = "Loss (" + LossText.name(spec.loss()) + ") of the class probabilities against the one-hot target"
                + (spec.isDataSet() ? " of " + firstExample() : "") + ": "
                + join(outputs, o -> o + " = " + Numbers.value(a(o)) + " against " + Numbers.exact(t(o)))
                + ". The true class is " + truth + ". "
                + String.join("; ", lines.stream().map(RichText::plain).toList()) + ".";
        return StepContent.of(DiagramStep.LOSS, "Loss: −ln ŷ of the true class")
                .description(desc)
                .neuronValues(values)
                .edgeLabels(initialWeightLabels())
                .biasLabels(initialBiasLabels())
                .sideLabels(side)
                .captions(lines)
                .weights(initialWeights())
                .active(List.of(truth))
                .build();
    }

    private StepContent outputGradient() {
        if (softmax) {
            return softmaxOutputGradient();
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> side = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        lines.add(LossText.name(spec.loss()) + ": " + LossText.gradientFormula(spec.loss())
                + (spec.isDataSet() ? ", for " + firstExample() + " and its own loss" : ""));
        for (String o : outputs) {
            String g = Numbers.of(trace.backward().dLda().get(o), Precision.GRADIENT);
            values.put(o, Numbers.value(a(o)));
            side.put(o, List.of("∂L/∂" + label(o), g));
            lines.add("∂L/∂" + label(o) + " = " + LossText.gradientTerm(spec.loss(), t(o), a(o), outputs.size()) + " = "
                    + g);
        }
        List<String> active = new ArrayList<>(outputs);
        spec.weights().stream().filter(w -> outputSet.contains(w.to())).forEach(w -> active.add(w.name()));
        String desc = "Gradient of the loss with respect to each output"
                + (spec.isDataSet() ? " (" + firstExample() + ", its own loss)" : "")
                + ", passed backward from the loss: "
                + join(
                        outputs,
                        o -> "∂L/∂" + o + " = "
                                + Numbers.of(trace.backward().dLda().get(o), Precision.GRADIENT))
                + ".";
        return StepContent.of(DiagramStep.OUTPUT_GRADIENT, "Output gradient")
                .description(desc)
                .direction("← backward pass")
                .neuronValues(values)
                .edgeLabels(initialWeightLabels())
                .biasLabels(initialBiasLabels())
                .sideLabels(side)
                .captions(lines)
                .weights(initialWeights())
                .flow(Flow.BACKWARD)
                .active(active)
                .build();
    }

    /**
     * The output gradient of a softmax classifier: δ = ∂L/∂z = ŷ − y per class, and why (the Jacobian times −y/ŷ
     * collapses to it); beside each output its δ, in the captions its numbers.
     */
    private StepContent softmaxOutputGradient() {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> side = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        lines.add(LossText.name(spec.loss()) + " after a softmax: δ = ∂L/∂z = ŷ − y for each class"
                + (spec.isDataSet() ? ", for " + firstExample() + " and its own loss" : ""));
        lines.add(SoftmaxText.jacobianLine());
        for (String o : outputs) {
            double delta = trace.deltas().get(o);
            values.put(o, Numbers.value(a(o)));
            side.put(o, List.of(label(o) + " − " + math(target(o)), "= " + Numbers.of(delta, Precision.GRADIENT)));
            if (outputs.size() <= SoftmaxText.LISTED) {
                lines.add(SoftmaxText.delta(label(o), math(target(o)), a(o), t(o), delta));
            }
        }
        if (outputs.size() > SoftmaxText.LISTED) { // a line per class would outgrow the figure: they stand beside it
            lines.add("each output's δ = ŷ − y is written beside it");
        }
        List<String> active = new ArrayList<>(outputs);
        spec.weights().stream().filter(w -> outputSet.contains(w.to())).forEach(w -> active.add(w.name()));
        String desc = "Gradient of the loss with respect to each softmax output's weighted sum, δ = ŷ − y"
                + (spec.isDataSet() ? " (" + firstExample() + ", its own loss)" : "")
                + ", passed backward from the loss: "
                + join(
                        outputs,
                        o -> "δ of " + o + " = " + Numbers.of(trace.deltas().get(o), Precision.GRADIENT))
                + ". " + RichText.plain(lines.get(1)) + ".";
        return StepContent.of(DiagramStep.OUTPUT_GRADIENT, "Output gradient: ŷ − y")
                .description(desc)
                .direction("← backward pass")
                .neuronValues(values)
                .edgeLabels(initialWeightLabels())
                .biasLabels(initialBiasLabels())
                .sideLabels(side)
                .captions(lines)
                .weights(initialWeights())
                .flow(Flow.BACKWARD)
                .active(active)
                .build();
    }

    private StepContent chainRule() {
        Map<String, String> values = new LinkedHashMap<>();
        nonInputs().forEach(n -> values.put(n, "δ " + Numbers.of(trace.deltas().get(n), Precision.GRADIENT)));
        Map<String, List<String>> edges = new LinkedHashMap<>();
        spec.weights()
                .forEach(w -> edges.put(
                        w.name(), List.of("∂L/∂" + math(w.label()), Numbers.of(grad(w.name()), Precision.GRADIENT))));
        Map<String, String> biases = new LinkedHashMap<>();
        spec.biases()
                .forEach(b -> biases.put(
                        b.name(), "∂L/∂" + math(b.label()) + " = " + Numbers.of(grad(b.name()), Precision.GRADIENT)));
        // the worked line of every weight, the weights into the outputs first, the deepest last: the first is the
        // figure's caption; a fragment that lights a weight shows the last lit weight's line instead
        List<Weight> order = new ArrayList<>(spec.weights());
        order.sort(Comparator.comparingInt((Weight w) -> -layerOf(w.to())));
        Weight example = order.get(0);
        String worked = worked(example);
        Map<String, String> lit = new LinkedHashMap<>();
        order.forEach(w -> lit.put(w.name(), worked(w)));
        String desc = "Backward pass by the chain rule. δ = ∂L/∂z in each neuron"
                + (spec.isDataSet() ? " (" + firstExample() + ")" : "") + ": "
                + join(nonInputs(), n -> n + " = " + Numbers.of(trace.deltas().get(n), Precision.GRADIENT))
                + ". ∂L/∂w on each weight" + (spec.isDataSet() ? " (the mean over the examples)" : "") + ": "
                + join(spec.weights(), w -> w.name() + " = " + Numbers.of(grad(w.name()), Precision.GRADIENT))
                + biasesInWords(b -> "∂L/∂" + b.name() + " = " + Numbers.of(grad(b.name()), Precision.GRADIENT))
                + ". For example " + RichText.plain(worked) + ".";
        return StepContent.of(DiagramStep.CHAIN_RULE, "Chain rule: the gradient of every weight")
                .description(desc)
                .direction("← backward pass")
                .neuronValues(values)
                .edgeLabels(edges)
                .biasLabels(biases)
                .captions(List.of(deltaCaption(), worked))
                .weights(initialWeights())
                .flow(Flow.BACKWARD)
                .active(everything())
                .litCaptions(lit)
                .build();
    }

    /** The chain rule step's first caption: what δ is in each neuron, and what each edge's ∂L/∂w is. */
    private String deltaCaption() {
        String where = softmax
                ? "δ = ∂L/∂z: ŷ − y at the softmax outputs, ∂L/∂a · " + activationSymbol()
                        + "′(z) in each hidden neuron"
                : "δ = ∂L/∂z = ∂L/∂a · " + activationSymbol() + "′(z) in each neuron";
        return spec.isDataSet()
                ? where + ", for " + firstExample() + "; on each edge ∂L/∂w, the mean over the "
                        + spec.data().size() + " examples of δ of the neuron it enters × the activation it carries"
                : where + "; ∂L/∂w = δ of the neuron it enters × the activation it carries, on each edge";
    }

    /** The architecture's words for the softmax box. */
    private static String softmaxBox() {
        return "softmax box: its outputs are computed together, " + SoftmaxText.formula() + ", and add up to 1";
    }

    /** The worked line of {@code w}: ∂L/∂w₃ = δ_ŷ · h₁ = (−0.124) × 0.599 = −0.0744. */
    private String worked(Weight w) {
        String product = math("\\delta_{" + spec.label(w.to()).orElseThrow() + "}") + " · " + label(w.from());
        String numbers =
                operand(trace.deltas().get(w.to()), Precision.GRADIENT) + " × " + LossText.operand(a(w.from()));
        // with a data set δ and a are the first example's, ∂L/∂w the mean over every example: not their product
        return spec.isDataSet()
                ? "∂L/∂" + math(w.label()) + " = mean over the "
                        + spec.data().size() + " examples of "
                        + product + " = " + Numbers.of(grad(w.name()), Precision.GRADIENT) + "; example 1: "
                        + numbers
                : "∂L/∂" + math(w.label()) + " = " + product + " = " + numbers + " = "
                        + Numbers.of(grad(w.name()), Precision.GRADIENT);
    }

    /** The index of the layer that holds {@code neuron}. */
    private int layerOf(String neuron) {
        for (int i = 0; i < spec.layers().size(); i++) {
            if (spec.layers().get(i).neurons().contains(neuron)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no neuron " + neuron);
    }

    private StepContent update() {
        Map<String, Double> after = trace.updated().params();
        Map<String, List<String>> edges = new LinkedHashMap<>();
        spec.weights().forEach(w -> edges.put(w.name(), stacked(math(w.label()), w.value(), after.get(w.name()))));
        Map<String, String> biases = new LinkedHashMap<>();
        spec.biases()
                .forEach(b -> biases.put(
                        b.name(),
                        String.join(
                                " ",
                                arrow(
                                        math(b.label()),
                                        b.value(),
                                        after.get(b.name()),
                                        Precision.VALUE,
                                        Precision.UPDATED))));
        Map<String, List<String>> side = new LinkedHashMap<>();
        outputs.forEach(o -> side.put(
                o, arrow(label(o), a(o), trace.updated().forward().a().get(o), Precision.VALUE, Precision.VALUE)));
        Map<String, Double> weights = new LinkedHashMap<>();
        spec.weights().forEach(w -> weights.put(w.name(), after.get(w.name())));
        String loss =
                String.join(" ", arrow("loss L", trace.loss(), trace.updated().loss(), Precision.LOSS, Precision.LOSS));
        String rule = step(spec);
        String desc = (plainSgd(spec) ? "One gradient-descent step, " + rule : "O" + rule.substring(1)) + ": "
                + join(
                        spec.weights(),
                        w -> String.join(
                                " ",
                                arrow(w.name(), w.value(), after.get(w.name()), Precision.VALUE, Precision.UPDATED)))
                + biasesInWords(b -> RichText.plain(biases.get(b.name())))
                + ". Prediction " + join(outputs, o -> RichText.plain(String.join(" ", side.get(o)))) + "; " + loss
                + ".";
        return StepContent.of(
                        DiagramStep.UPDATE,
                        plainSgd(spec) ? "Gradient-descent update" : "Update: one " + optimizer(spec) + " step")
                .description(desc)
                .edgeLabels(edges)
                .biasLabels(biases)
                .sideLabels(side)
                .captions(List.of(rule + "; " + loss, LEGEND))
                .weights(weights)
                .active(everything())
                .build();
    }

    /**
     * The optimiser's first step in words, as the update diagram's caption says it: {@code w ← w − α · ∂L/∂w with
     * learning rate α = 0.1} for plain gradient descent; otherwise the optimiser's name (with any hyper-parameter that
     * is not its default) and the learning rate, {@code one adam step with learning rate α = 0.01}; with batches
     * smaller than the data set, which examples the step used ({@code on the first batch, examples 1–2 of 5}).
     */
    static String step(NetworkSpec spec) {
        String alpha = "learning rate α = " + Numbers.exact(spec.learningRate());
        int examples = spec.data().size();
        String batch = spec.batches() == 1
                ? ""
                : " on the first batch, example" + (spec.batchSize() == 1 ? " 1" : "s 1–" + spec.batchSize()) + " of "
                        + examples;
        return plainSgd(spec)
                ? "w ← w − α · ∂L/∂w" + (batch.isEmpty() ? "" : " (∂L/∂w" + batch + ")") + " with " + alpha
                : "one " + optimizer(spec) + " step with " + alpha + batch;
    }

    /** The run's optimiser as a legend names it: {@code adam}, {@code momentum (momentum = 0.5)}. */
    static String optimizer(NetworkSpec spec) {
        return Setting.OPTIMIZER.legend(spec);
    }

    /** Whether the run is plain gradient descent, θ ← θ − α g, with PyTorch's SGD defaults (no weight decay). */
    static boolean plainSgd(NetworkSpec spec) {
        return spec.optimizer().equals(Optimizer.SGD);
    }

    private String firstExample() {
        return "example 1 of " + spec.data().size();
    }

    /** {@code , the mean over the 4 examples} after the loss of a data set; empty for a single example. */
    private String ofTheSet() {
        return spec.isDataSet() ? ", the mean over the " + spec.data().size() + " examples" : "";
    }

    /** {@code name}, {@code before} and {@code → after} one under the other: a narrow label for an edge. */
    private static List<String> stacked(String name, double before, double after) {
        return List.of(name, Numbers.value(before), "→ " + Numbers.of(after, Precision.UPDATED));
    }

    /** {@code name: before} over {@code → after}, each by the precision policy of its kind. */
    private static List<String> arrow(String name, double before, double after, Precision was, Precision is) {
        return List.of(name + ": " + Numbers.of(before, was), "→ " + Numbers.of(after, is));
    }

    /** The display label of a neuron, weight or bias as diagram text (math). */
    static String label(NetworkSpec spec, String name) {
        return math(spec.label(name).orElseThrow());
    }

    private String label(String name) {
        return label(spec, name);
    }

    private static String math(String tex) {
        return RichText.math(tex);
    }

    /**
     * The TeX of an output's target: the prediction's label without its hat ({@code \hat{y}} → {@code y}), else
     * {@code y} with the output's label as subscript ({@code y_{o_1}}).
     */
    private String target(String output) {
        String l = spec.label(output).orElseThrow();
        Matcher m = Pattern.compile("\\\\hat\\{([^{}]*)\\}(.*)").matcher(l);
        if (m.matches()) {
            return m.group(1) + m.group(2);
        }
        return outputs.size() == 1 ? "y" : "y_{" + l + "}";
    }

    /**
     * σ when every non-input layer but a softmax one is sigmoid, else f (each layer header names its activation).
     */
    private String activationSymbol() {
        return spec.layers().stream()
                        .skip(1)
                        .filter(l -> !l.softmax())
                        .allMatch(l -> l.activation() == Activation.SIGMOID)
                ? "σ"
                : "f";
    }

    private static String operand(double x, Precision p) {
        String s = Numbers.of(x, p);
        return s.startsWith(Numbers.MINUS) ? "(" + s + ")" : s;
    }

    private String layersInWords() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < spec.layers().size(); i++) {
            Layer l = spec.layers().get(i);
            String act = i == 0 ? "" : " (" + l.activationId() + ")";
            parts.add(NetworkGeometry.role(spec, i).toLowerCase(Locale.ROOT) + " layer “" + l.name() + "”" + act
                    + " with " + String.join(", ", l.neurons()));
        }
        return String.join("; ", parts) + ".";
    }

    private String biasesInWords(Function<Bias, String> f) {
        return spec.biases().isEmpty() ? "" : "; biases: " + join(spec.biases(), f);
    }

    private Map<String, List<String>> initialWeightLabels() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        spec.weights().forEach(w -> m.put(w.name(), List.of(math(w.label()), Numbers.value(w.value()))));
        return m;
    }

    private Map<String, String> initialBiasLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        spec.biases().forEach(b -> m.put(b.name(), math(b.label()) + " = " + Numbers.value(b.value())));
        return m;
    }

    private Map<String, Double> initialWeights() {
        Map<String, Double> m = new LinkedHashMap<>();
        spec.weights().forEach(w -> m.put(w.name(), w.value()));
        return m;
    }

    private List<String> everything() {
        List<String> all = new ArrayList<>(spec.neurons());
        spec.weights().forEach(w -> all.add(w.name()));
        return all;
    }

    private List<String> nonInputs() {
        return spec.neurons()
                .subList(spec.inputLayer().neurons().size(), spec.neurons().size());
    }

    private double a(String neuron) {
        return trace.forward().a().get(neuron);
    }

    private double t(String output) {
        return spec.targets().get(output);
    }

    private double grad(String param) {
        return trace.gradients().get(param);
    }

    private static <T> String join(List<T> items, Function<T, String> f) {
        return String.join(", ", items.stream().map(f).toList());
    }
}
