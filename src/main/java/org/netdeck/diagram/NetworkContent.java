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

    private NetworkContent(Trace trace) {
        this.trace = trace;
        this.spec = trace.network();
        this.outputs = spec.outputLayer().neurons();
        this.outputSet = Set.copyOf(outputs);
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
        return StepContent.of(DiagramStep.ARCHITECTURE, "Network architecture")
                .description(desc)
                .edgeLabels(initialWeightLabels())
                .biasLabels(initialBiasLabels())
                .captions(List.of(count, LEGEND))
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
        return StepContent.of(DiagramStep.FORWARD, "Forward pass")
                .description(desc)
                .direction("forward pass →")
                .neuronValues(values)
                .edgeLabels(initialWeightLabels())
                .biasLabels(initialBiasLabels())
                .captions(List.of(
                        "each neuron shows its activation" + (spec.isDataSet() ? " for " + firstExample() + "," : "")
                                + " a = " + activationSymbol() + "(z), z = Σ w · a"
                                + (spec.biases().isEmpty() ? "" : " + b"),
                        LEGEND))
                .weights(initialWeights())
                .flow(Flow.FORWARD)
                .active(everything())
                .build();
    }

    private StepContent loss() {
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

    private StepContent outputGradient() {
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
                .captions(List.of(
                        spec.isDataSet()
                                ? "δ = ∂L/∂z = ∂L/∂a · " + activationSymbol() + "′(z) in each neuron, for "
                                        + firstExample() + "; on each edge ∂L/∂w, the mean over the "
                                        + spec.data().size()
                                        + " examples of δ of the neuron it enters × the activation it carries"
                                : "δ = ∂L/∂z = ∂L/∂a · " + activationSymbol() + "′(z) in each neuron; ∂L/∂w = δ of the"
                                        + " neuron it enters × the activation it carries, on each edge",
                        worked))
                .weights(initialWeights())
                .flow(Flow.BACKWARD)
                .active(everything())
                .litCaptions(lit)
                .build();
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

    /** σ when every non-input layer is sigmoid, else f (each layer header names its activation). */
    private String activationSymbol() {
        return spec.layers().stream().skip(1).allMatch(l -> l.activation() == Activation.SIGMOID) ? "σ" : "f";
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
