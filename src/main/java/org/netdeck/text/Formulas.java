package org.netdeck.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Layer;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Provenance;
import org.netdeck.compute.Setting;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Weight;
import org.netdeck.math.MathNode;
import org.netdeck.math.Tex;

/**
 * The references that write a formula (TeX) instead of a number, built from a deck's {@link Trace}:
 * <ul>
 *   <li>{@code label.NAME}: the display label of a neuron, weight, bias or layer;</li>
 *   <li>{@code sum.NEURON}: the weighted sum, {@code z_{h_1} = w_1 x_1 + b_1 = 0.800 × 0.500 + 0.100 = 0.500}; with
 *       more than two terms on aligned rows (symbols, numbers, the sum), four terms of symbols or two products of
 *       numbers a row;</li>
 *   <li>{@code chain.PARAM}: the chain rule multiplied out for a weight or bias, symbols on one aligned row,
 *       numbers and the engine's gradient on the next; one product per path from the parameter to an output, added up
 * when there are
 *       several, up to {@value #MAX_PATHS} paths; beyond that the delta form
 *       {@code σ′(z_j) (Σ_k w_jk δ_k) a_i}, with the next neurons' deltas as numbers;</li>
 *   <li>{@code update.PARAM}: the gradient-descent step,
 * {@code w_3 ← w_3 − α ∂L/∂w_3 = 0.900 − 0.1 × (−0.0744) = 0.9074}.</li>
 * </ul>
 * {@code chain.*} exists only for a single-example run, {@code update.*} only for one trained by plain {@code sgd}.
 * Every number follows the {@link Precision} policy. The formulas' structure ({@link Chain}, {@link Sum}) is
 * public so tests can check it evaluates to the engine's numbers.
 */
public final class Formulas {

    /** The most paths a chain writes out one by one before it switches to the delta form. */
    public static final int MAX_PATHS = 4;

    /**
     * One factor of a product: its symbol in TeX, the engine's value and the name the engine's provenance explains it
     * under ({@code ""} when none).
     */
    public record Factor(String tex, double value, String ref) {}

    /**
     * {@code Π head · Σ_terms Π term · Π tail}: a sum of paths has empty head and tail; the delta form has the
     * neuron's slope as head, one {@code w δ} term per next neuron and the source activation as tail.
     */
    public record Chain(String param, List<Factor> head, List<List<Factor>> terms, List<Factor> tail, double gradient) {

        /** What the factors multiply out to (equal to the gradient up to rounding). */
        public double value() {
            double sum = 0.0;
            for (List<Factor> term : terms) {
                sum += product(term);
            }
            return product(head) * sum * product(tail);
        }

        /** Whether this is the delta form rather than a sum over paths. */
        public boolean deltaForm() {
            return !head.isEmpty() || !tail.isEmpty();
        }
    }

    /** A neuron's weighted sum: one {@code w · a} term per incoming weight, then the bias if any. */
    public record Sum(String neuron, List<List<Factor>> terms, Optional<Factor> bias, double z) {

        public double value() {
            double s = 0.0;
            for (List<Factor> t : terms) {
                s += t.get(0).value() * t.get(1).value();
            }
            return bias.map(b -> 0.0 + b.value()).orElse(0.0) + s;
        }
    }

    private final Trace trace;
    private final NetworkSpec spec;
    private final Map<String, Activation> activation = new HashMap<>();
    private final Map<String, List<Weight>> outgoing = new HashMap<>();
    private final Map<String, Long> paths = new HashMap<>();
    private final Map<String, String> tex = new LinkedHashMap<>();

    public Formulas(Trace trace) {
        this.trace = trace;
        this.spec = trace.network();
        for (Layer l : spec.layers()) {
            l.neurons().forEach(n -> activation.put(n, l.activation()));
            l.neurons().forEach(n -> outgoing.put(n, new ArrayList<>()));
        }
        spec.weights().forEach(w -> outgoing.get(w.from()).add(w));
        List<String> neurons = spec.neurons();
        for (int i = neurons.size() - 1; i >= 0; i--) {
            String n = neurons.get(i);
            long count = spec.outputLayer().neurons().contains(n) ? 1 : 0;
            for (Weight w : outgoing.get(n)) {
                count = Math.min(Long.MAX_VALUE / 2, count + paths.get(w.to()));
            }
            paths.put(n, count);
        }
        spec.labels().forEach((name, label) -> tex.put("label." + name, label));
        spec.layers().forEach(l -> tex.putIfAbsent("label." + l.name(), l.label()));
        List<String> hidden = neurons.subList(spec.inputLayer().neurons().size(), neurons.size());
        hidden.forEach(n -> tex.put("sum." + n, sumTex(sum(n))));
        // a chain multiplies one example's factors, an update is a plain gradient step: with a data set (the gradient
        // is a mean over examples) or another optimiser they would not add up to the engine's numbers, so they are
        // absent
        if (spec.outputLayer().softmax()) {
            tex.put("softmax.jacobian", jacobianTex(true));
            tex.put("softmax.jacobian.symbols", jacobianTex(false));
            String best = Backprop.argmax(
                    spec.outputLayer().neurons(), trace.forward().a());
            tex.put("prediction.label", label(best));
        }
        if (!spec.isDataSet()) {
            spec.params().keySet().forEach(p -> tex.put("chain." + p, chainTex(chain(p))));
            if (spec.optimizer().equals(Optimizer.SGD)) {
                spec.params().keySet().forEach(p -> tex.put("update." + p, updateTex(p)));
            }
        }
    }

    /** The TeX of the formula reference {@code name} ({@code chain.w1}, ...), or empty when there is none. */
    public Optional<String> tex(String name) {
        return marked(name).map(t -> plain(t, trace.provenance()));
    }

    /** {@link #tex} with the engine's numbers marked ({@link #value}), for {@link #node}. */
    Optional<String> marked(String name) {
        return Optional.ofNullable(tex.get(name));
    }

    /**
     * Why the formula reference {@code name} is absent when it names one this deck's run cannot write
     * ({@code chain.PARAM} with a data set, {@code update.PARAM} with a data set or another optimiser), for the
     * build's error; empty otherwise (a formula this deck has, or an unknown name).
     */
    public Optional<String> absent(String name) {
        String bare = name.startsWith("trained.") ? name.substring("trained.".length()) : name;
        if (!spec.outputLayer().softmax()
                && SOFTMAX_NAMES.matcher(name).matches()
                && !spec.labels().containsKey(bare)) {
            return Optional.of(name.replaceAll("\\..*", "") + ".* names a softmax classifier's values, but this"
                    + " deck's output layer is " + spec.outputLayer().activationId() + "; write 'activation: softmax'"
                    + " on the output layer with 'loss: categorical_cross_entropy', or refer to {{ "
                    + spec.outputLayer().neurons().get(0) + " }} for an output's value");
        }
        int dot = name.indexOf('.');
        if (dot < 0 || tex.containsKey(name) || !spec.params().containsKey(name.substring(dot + 1))) {
            return Optional.empty();
        }
        String family = name.substring(0, dot);
        String param = name.substring(dot + 1);
        String set = "this deck trains on a data set of " + spec.data().size()
                + " examples, whose gradient is the mean of theirs";
        if (family.equals("chain")) {
            return Optional.of("chain.PARAM multiplies out one example's chain rule, but " + set + "; write {{ grad."
                    + param + " }} for the gradient, or give the network one example (inputs and targets)");
        }
        if (family.equals("update")) {
            String why = spec.isDataSet()
                    ? set
                    : "this deck's optimiser is " + Setting.OPTIMIZER.legend(spec) + ", not plain sgd";
            return Optional.of("update.PARAM writes the plain gradient step θ − α ∂L/∂θ, but " + why
                    + "; write {{ updated." + param + " }} for the value after the first step and {{ change." + param
                    + " }} for the change");
        }
        return Optional.empty();
    }

    /** The names only a softmax output layer has (values and formulas), for {@link #absent}. */
    private static final Pattern SOFTMAX_NAMES = Pattern.compile(
            "(?:trained\\.)?(?:softmax\\.jacobian(?:\\..*)?|probability\\..*|prediction\\.(?:class|probability|label)"
                    + "|accuracy)");

    /**
     * The softmax Jacobian as a {@code pmatrix}, row i = ŷ_i and column j = z_j: the engine's numbers ({@code
     * numbers}), or the symbols {@code ŷ_i(1 − ŷ_i)} on the diagonal and {@code −ŷ_i ŷ_j} off it.
     */
    private String jacobianTex(boolean numbers) {
        StringBuilder m = new StringBuilder("\\begin{pmatrix}");
        Map<String, Map<String, Double>> jac = trace.backward().jacobian();
        int r = 0;
        for (Map.Entry<String, Map<String, Double>> row : jac.entrySet()) {
            m.append(r++ == 0 ? " " : " \\\\ ");
            int c = 0;
            for (Map.Entry<String, Double> cell : row.getValue().entrySet()) {
                m.append(c++ == 0 ? "" : " & ");
                String i = label(row.getKey());
                String j = label(cell.getKey());
                m.append(
                        numbers
                                ? value(
                                        provenance(),
                                        "softmax.jacobian." + row.getKey() + "." + cell.getKey(),
                                        cell.getValue(),
                                        Precision.VALUE)
                                : row.getKey().equals(cell.getKey())
                                        ? "{" + i + "}(1 - {" + i + "})"
                                        : "-{" + i + "}{" + j + "}");
            }
        }
        return m.append(" \\end{pmatrix}").toString();
    }

    /** Every formula reference name, in a stable order. */
    public List<String> names() {
        return List.copyOf(tex.keySet());
    }

    /** The weighted sum of a non-input neuron. */
    public Sum sum(String neuron) {
        List<List<Factor>> terms = new ArrayList<>();
        for (Weight w : spec.weights()) {
            if (w.to().equals(neuron)) {
                terms.add(List.of(
                        new Factor(w.label(), w.value(), w.name()),
                        new Factor(label(w.from()), a(w.from()), "a." + w.from())));
            }
        }
        Optional<Factor> bias = spec.biases().stream()
                .filter(b -> b.neuron().equals(neuron))
                .findFirst()
                .map(b -> new Factor(b.label(), b.value(), b.name()));
        return new Sum(neuron, terms, bias, trace.forward().z().get(neuron));
    }

    /** The chain rule for parameter {@code param} (a weight or a bias). */
    public Chain chain(String param) {
        Optional<Weight> weight =
                spec.weights().stream().filter(w -> w.name().equals(param)).findFirst();
        String neuron = weight.map(Weight::to).orElseGet(() -> bias(param).neuron());
        List<Factor> source = weight.map(w -> List.of(new Factor(label(w.from()), a(w.from()), "a." + w.from())))
                .orElse(List.of());
        double gradient = trace.gradients().get(param);
        if (paths.get(neuron) <= MAX_PATHS) {
            List<List<Factor>> terms = new ArrayList<>();
            walk(neuron, new ArrayList<>(), terms);
            List<List<Factor>> full = new ArrayList<>();
            for (List<Factor> t : terms) {
                List<Factor> f = new ArrayList<>(t);
                f.addAll(source);
                full.add(List.copyOf(f));
            }
            return new Chain(param, List.of(), full, List.of(), gradient);
        }
        List<List<Factor>> terms = new ArrayList<>();
        for (Weight w : outgoing.get(neuron)) {
            if (paths.get(w.to()) > 0) {
                terms.add(List.of(
                        new Factor(w.label(), w.value(), w.name()),
                        new Factor(
                                "\\delta_{" + label(w.to()) + "}",
                                trace.deltas().get(w.to()),
                                "delta." + w.to())));
            }
        }
        return new Chain(param, slope(neuron).map(List::of).orElse(List.of()), terms, source, gradient);
    }

    /** Adds to {@code out} one product per path from {@code neuron} to an output, output end first. */
    private void walk(String neuron, List<Factor> after, List<List<Factor>> out) {
        List<Factor> here = new ArrayList<>(after);
        slope(neuron).ifPresent(here::add);
        if (spec.outputLayer().neurons().contains(neuron)) {
            List<Factor> path = new ArrayList<>();
            // through a softmax layer ∂L/∂z couples every output (δ = Jᵀ ∂L/∂a): the path starts at the output's δ
            path.add(
                    spec.outputLayer().softmax()
                            ? new Factor(
                                    "\\delta_{" + label(neuron) + "}",
                                    trace.deltas().get(neuron),
                                    "delta." + neuron)
                            : new Factor(
                                    partial(label(neuron)),
                                    trace.backward().dLda().get(neuron),
                                    "grad." + neuron));
            path.addAll(here);
            out.add(List.copyOf(path));
            return;
        }
        for (Weight w : outgoing.get(neuron)) {
            if (paths.get(w.to()) == 0) {
                continue;
            }
            List<List<Factor>> sub = new ArrayList<>();
            walk(w.to(), List.of(), sub);
            for (List<Factor> p : sub) {
                List<Factor> path = new ArrayList<>(p);
                path.add(new Factor(w.label(), w.value(), w.name()));
                path.addAll(here);
                out.add(List.copyOf(path));
            }
        }
    }

    /** The activation's slope at {@code neuron}, {@code σ′(z_{h_1})}; none for a linear neuron (it is 1). */
    private Optional<Factor> slope(String neuron) {
        return activation
                .get(neuron)
                .slopeTex()
                .map(s -> new Factor(
                        s + "(z_{" + label(neuron) + "})",
                        trace.backward().dadz().get(neuron),
                        "local." + neuron));
    }

    private String chainTex(Chain c) {
        StringBuilder symbols = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        String lhs = partial(spec.label(c.param()).orElseThrow());
        if (c.terms().isEmpty()) {
            return lhs + " = 0"; // no path from the parameter to an output
        }
        if (!c.deltaForm()) {
            for (int i = 0; i < c.terms().size(); i++) {
                String plus = i == 0 ? "" : " + ";
                symbols.append(plus).append(symbols(c.terms().get(i)));
                numbers.append(plus).append(numbers(c.terms().get(i)));
            }
        } else {
            List<String> sym = new ArrayList<>();
            List<String> num = new ArrayList<>();
            for (List<Factor> t : c.terms()) {
                sym.add(symbols(t));
                num.add(numbers(t));
            }
            symbols.append(symbols(c.head()))
                    .append(c.head().isEmpty() ? "" : "\\,")
                    .append("\\left(")
                    .append(String.join(" + ", sym))
                    .append("\\right)")
                    .append(c.tail().isEmpty() ? "" : "\\," + symbols(c.tail()));
            numbers.append(numbers(c.head()))
                    .append("\\left(")
                    .append(String.join(" + ", num))
                    .append("\\right)")
                    .append(numbers(c.tail()));
        }
        // two aligned rows, symbols over numbers, so a long chain stays narrow enough for a slide
        return "\\begin{aligned}" + lhs + " &= " + symbols + " \\\\ &= " + numbers + " = "
                + value(provenance(), "grad." + c.param(), c.gradient(), Precision.GRADIENT) + "\\end{aligned}";
    }

    private String sumTex(Sum s) {
        List<String> sym = new ArrayList<>();
        List<String> num = new ArrayList<>();
        for (List<Factor> t : s.terms()) {
            sym.add(t.get(0).tex() + "\\," + t.get(1).tex());
            num.add(operand(t.get(0), Precision.VALUE) + " \\times " + operand(t.get(1), Precision.VALUE));
        }
        s.bias().ifPresent(b -> {
            sym.add(b.tex());
            num.add(operand(b, Precision.VALUE));
        });
        String lhs = "z_{" + label(s.neuron()) + "}";
        String z = value(provenance(), "z." + s.neuron(), s.z(), Precision.VALUE);
        if (sym.isEmpty()) {
            return lhs + " = " + z; // nothing flows in
        }
        if (sym.size() == 1 && s.bias().isPresent()) {
            return lhs + " = " + sym.get(0) + " = " + z;
        }
        if (sym.size() <= 2) {
            return lhs + " = " + String.join(" + ", sym) + " = " + String.join(" + ", num) + " = " + z;
        }
        // more terms than a slide's column holds on one line: aligned rows, symbols, then numbers, then the sum,
        // each row of symbols at most SYMBOLS_PER_ROW terms and of numbers NUMBERS_PER_ROW
        return "\\begin{aligned}" + lhs + " &= " + rows(sym, SYMBOLS_PER_ROW) + " \\\\ &= " + rows(num, NUMBERS_PER_ROW)
                + " \\\\ &= " + z + "\\end{aligned}";
    }

    /** Terms of a weighted sum on one row of an aligned formula. */
    private static final int SYMBOLS_PER_ROW = 4;

    /** Products of numbers on one row ({@code (−0.260) × (−0.130)} is about as wide as two terms of symbols). */
    private static final int NUMBERS_PER_ROW = 2;

    /** {@code terms} joined by "+", a new indented row of the aligned formula after every {@code perRow}. */
    private static String rows(List<String> terms, int perRow) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                s.append(i % perRow == 0 ? " \\\\ &\\quad + " : " + ");
            }
            s.append(terms.get(i));
        }
        return s.toString();
    }

    private String updateTex(String param) {
        String l = spec.label(param).orElseThrow();
        double before = spec.params().get(param);
        double after = trace.updated().params().get(param);
        boolean frozen = spec.biases().stream().anyMatch(b -> b.name().equals(param) && !b.trainable());
        if (frozen) {
            return l + " = " + value(provenance(), param, before, Precision.VALUE)
                    + "\\quad\\text{(frozen: not trained)}";
        }
        Provenance p = provenance();
        return l + " \\leftarrow " + l + " - \\alpha\\," + partial(l) + " = "
                + value(p, param, before, Precision.VALUE)
                + " - " + value(p, "learning_rate", spec.learningRate(), Precision.EXACT) + " \\times "
                + operandValue(p, "grad." + param, trace.gradients().get(param), Precision.GRADIENT) + " = "
                + value(p, "updated." + param, after, Precision.UPDATED);
    }

    private Provenance provenance() {
        return trace.provenance();
    }

    /** A factor's value after an operator, parenthesised when negative. */
    private String operand(Factor f, Precision p) {
        return operandValue(provenance(), f.ref(), f.value(), p);
    }

    private static String symbols(List<Factor> factors) {
        return String.join("\\,", factors.stream().map(Factor::tex).toList());
    }

    /** Each factor's value in parentheses, as in {@code (−0.5948)(0.209)}. */
    private String numbers(List<Factor> factors) {
        StringBuilder s = new StringBuilder();
        for (Factor f : factors) {
            s.append('(')
                    .append(value(provenance(), f.ref(), f.value(), precision(f.tex())))
                    .append(')');
        }
        return s.toString();
    }

    /** Gradients and deltas are {@link Precision#GRADIENT}; weights, activations and slopes {@link Precision#VALUE}. */
    private static Precision precision(String tex) {
        return tex.startsWith("\\frac{\\partial") || tex.startsWith("\\delta_") ? Precision.GRADIENT : Precision.VALUE;
    }

    /** A number in TeX (ASCII minus, which the translator typesets as a minus sign; {@code 1.2 \times 10^{-7}}). */
    static String number(double x, Precision p) {
        return Tex.tex(p.format(x));
    }

    /** What marks an engine's number in a formula's TeX: {@code {{ ref | #PRECISION }}}. */
    private static final Pattern MARK = Pattern.compile("\\{\\{ (\\S+) \\| #([A-Z]+) }}");

    /**
     * The engine's value {@code x} in a formula's TeX: when the trace's provenance explains it as {@code ref} (with
     * this very value), a mark {@code {{ ref | #PRECISION }}} that {@link #node} binds to the number with its {@code
     * data-ref} and {@code data-formula} and {@link #plain} to the number; else the number itself.
     */
    static String value(Provenance provenance, String ref, double x, Precision p) {
        boolean explained = !ref.isEmpty()
                && provenance
                        .get(ref)
                        .filter(e -> Double.compare(e.value(), x) == 0)
                        .isPresent();
        return explained ? "{{ " + provenance.resolve(ref) + " | #" + p.name() + " }}" : number(x, p);
    }

    /** {@link #value}, parenthesised when negative (it follows an operator). */
    static String operandValue(Provenance provenance, String ref, double x, Precision p) {
        String v = value(provenance, ref, x, p);
        return number(x, p).startsWith("-") ? "(" + v + ")" : v;
    }

    /** A formula's TeX with every mark ({@link #value}) replaced by its number: the formula as plain TeX. */
    static String plain(String tex, Provenance provenance) {
        return MARK.matcher(tex)
                .replaceAll(m -> Matcher.quoteReplacement(
                        number(provenance.get(m.group(1)).orElseThrow().value(), Precision.valueOf(m.group(2)))));
    }

    /**
     * A formula's TeX parsed, every mark ({@link #value}) bound to its number as the precision policy writes it,
     * carrying the name its explanation is under and its arithmetic ({@link MathNode.Explained}).
     */
    static MathNode node(String tex, Provenance provenance) {
        return Tex.bind(Tex.parse(tex), r -> {
            Matcher m = MARK.matcher(r.source());
            if (!m.matches()) {
                throw new IllegalStateException("a formula's mark " + r.source());
            }
            String ref = m.group(1);
            MathNode number = Tex.number(Precision.valueOf(m.group(2))
                    .format(provenance.get(ref).orElseThrow().value()));
            return new MathNode.Explained(number, ref, provenance.formula(ref).orElseThrow());
        });
    }

    private static String partial(String label) {
        return "\\frac{\\partial L}{\\partial " + label + "}";
    }

    private String label(String name) {
        return spec.label(name).orElseThrow();
    }

    private double a(String neuron) {
        return trace.forward().a().get(neuron);
    }

    private Bias bias(String name) {
        return spec.biases().stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static double product(List<Factor> factors) {
        double p = 1.0;
        for (Factor f : factors) {
            p *= f.value();
        }
        return p;
    }
}
