package org.netdeck.compute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects {@link Explanation}s while one run computes (its names after {@code prefix}: empty for the deck's run,
 * {@code runs.R.} for a compare run), then {@link #done} freezes them as a {@link Provenance}. Mutable, owned by one
 * run; the engine's code calls it beside the line that computes each value, only while it computes a value a deck
 * reports (never in the training loop's hot path).
 */
final class Recorder {

    private final NetworkSpec spec;
    private final String run; // "" or "runs.R."
    private final String runWords; // "" or " in the compare run R"
    private final Map<String, Explanation> explanations = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final String settings; // where the run's settings are given: the network's, or the compare run's entry

    Recorder(NetworkSpec spec, String runName) {
        this.spec = spec;
        this.settings = runName.isEmpty() ? "" : "compare." + runName;
        this.run = runName.isEmpty() ? "" : "runs." + runName + ".";
        this.runWords = runName.isEmpty() ? "" : " in the compare run " + runName;
    }

    NetworkSpec spec() {
        return spec;
    }

    /** {@code name} of this run ({@code runs.R.name} in a compare run). */
    String name(String name) {
        return run + name;
    }

    /** Records a computed value: {@code name} (of this run) is {@code template} over {@code operands} (names of this run). */
    void computed(
            String name,
            String label,
            String symbol,
            String tex,
            String template,
            double value,
            List<String> operands) {
        List<String> full = new ArrayList<>(operands.size());
        String t = template;
        if (template.indexOf('{') >= 0) { // only the operands the arithmetic uses, numbered again
            StringBuilder renumbered = new StringBuilder();
            Map<Integer, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                int close = c == '{' ? template.indexOf('}', i) : -1;
                if (close > i) {
                    int old = Integer.parseInt(template.substring(i + 1, close));
                    Integer now = index.get(old);
                    if (now == null) {
                        now = full.size();
                        index.put(old, now);
                        full.add(run + operands.get(old));
                    }
                    renumbered.append('{').append(now).append('}');
                    i = close;
                } else {
                    renumbered.append(c);
                }
            }
            t = renumbered.toString();
        } else {
            operands.forEach(o -> full.add(run + o));
        }
        String formula = tex.isEmpty() ? tex(t, full) : tex;
        explanations.put(run + name, new Explanation(label + runWords, symbol, formula, full, t, value, ""));
    }

    /** The TeX of {@code template}: each operand's symbol in place, the functions as TeX writes them. */
    private String tex(String template, List<String> operands) {
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<Boolean> roots = new java.util.ArrayDeque<>(); // per open parenthesis: a square root's
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i);
                String o = operands.get(Integer.parseInt(template.substring(i + 1, close)));
                Explanation e = explanations.get(o);
                String symbol =
                        e == null || e.symbol().isEmpty() ? "\\mathrm{" + o.replace("_", "\\_") + "}" : e.symbol();
                out.append('{').append(symbol).append('}');
                i = close;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < template.length() && Character.isLetter(template.charAt(end))) {
                    end++;
                }
                String f = template.substring(i, end);
                if (f.equals("sqrt")) {
                    out.append("\\sqrt{");
                    roots.push(true);
                    i = end; // skips its '('
                    continue;
                }
                out.append(
                        switch (f) {
                            case "sigmoid" -> "\\sigma";
                            case "relu" -> "\\mathrm{ReLU}";
                            case "exp", "ln", "tanh" -> "\\" + f;
                            default -> f;
                        });
                i = end - 1;
            } else if (c == '(') {
                roots.push(false);
                out.append('(');
            } else if (c == ')') {
                out.append(!roots.isEmpty() && roots.pop() ? "}" : ")");
            } else if (c == '*') {
                out.append("\\,");
            } else {
                out.append(c);
            }
        }
        return out.toString().replace("  ", " ");
    }

    /** Records a value given in the front matter at {@code source} (a key path such as {@code network.inputs.x1}). */
    void given(String name, String label, String symbol, double value, String source) {
        explanations.put(
                run + name,
                new Explanation(label + runWords, symbol, "", List.of(), Provenance.number(value), value, source));
    }

    /** Records a value explained in words only ({@code label}), its template its number. */
    void words(String name, String label, String symbol, double value) {
        explanations.put(
                run + name,
                new Explanation(label + runWords, symbol, "", List.of(), Provenance.number(value), value, ""));
    }

    void alias(String alias, String name) {
        aliases.put(run + alias, run + name);
    }

    boolean has(String name) {
        return explanations.containsKey(run + name);
    }

    Provenance done() {
        return new Provenance(explanations, aliases);
    }

    // ---- symbols (TeX) and words shared by the engine's call sites ----

    /** The TeX label of a neuron or parameter. */
    String label(String name) {
        return spec.label(name).orElse("\\mathrm{" + name.replace("_", "\\_") + "}");
    }

    /** A literal number in a template: negative ones in parentheses. */
    static String literal(double value) {
        String n = Provenance.number(value);
        return n.startsWith("-") ? "(" + n + ")" : n;
    }

    /** A template's list of {@code count} operand slots from {@code first}, joined by {@code op}. */
    static String slots(int first, int count, String op) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.append(op);
            }
            b.append('{').append(first + i).append('}');
        }
        return b.toString();
    }

    /** Words for the pass {@code prefix} names: empty, " after the first update", " after training". */
    static String when(String prefix) {
        return switch (prefix) {
            case "updated." -> " after the first update";
            case "trained." -> " after training";
            default -> "";
        };
    }

    /** A symbol in the pass {@code prefix}: after the first update primed, after training starred. */
    static String symbol(String prefix, String tex) {
        return switch (prefix) {
            case "updated." -> "{" + tex + "}'";
            case "trained." -> "{" + tex + "}^{*}";
            default -> tex;
        };
    }

    /** The TeX of a hyper-parameter of the optimiser ({@code beta1} → {@code \beta_1}). */
    static String hyperSymbol(String key) {
        return switch (key) {
            case Optimizer.MOMENTUM -> "\\mu";
            case Optimizer.DAMPENING -> "\\tau";
            case Optimizer.ALPHA -> "\\rho";
            case Optimizer.BETA1 -> "\\beta_1";
            case Optimizer.BETA2 -> "\\beta_2";
            case Optimizer.EPS -> "\\varepsilon";
            case Optimizer.WEIGHT_DECAY -> "\\lambda";
            default -> "\\mathrm{" + key + "}";
        };
    }

    /** Where a setting of the run is given: {@code network.KEY}, or a compare run's entry. */
    private String setting(String key) {
        return settings.isEmpty() ? "network." + key : settings;
    }

    /** The given values every run reports: its settings, counts, initial parameters, inputs and targets. */
    void givens() {
        given("learning_rate", "the learning rate α", "\\alpha", spec.learningRate(), setting("learning_rate"));
        alias("alpha", "learning_rate");
        spec.optimizer()
                .hyperParameters()
                .forEach((key, value) -> given(
                        "optimizer." + key,
                        "the optimiser's hyper-parameter " + key,
                        hyperSymbol(key),
                        value,
                        setting("optimizer")));
        given("iterations", "the number of training steps", "T", spec.iterations(), setting("iterations"));
        given("batch_size", "the number of examples in a batch", "B", spec.batchSize(), setting("batch_size"));
        for (Weight w : spec.weights()) {
            given(
                    w.name(),
                    "the initial value of the weight " + w.name(),
                    label(w.name()),
                    w.value(),
                    "network.weights." + w.name());
        }
        for (Bias b : spec.biases()) {
            given(
                    b.name(),
                    "the initial value of the bias " + b.name(),
                    label(b.name()),
                    b.value(),
                    "network.biases." + b.name());
        }
        Example first = spec.data().get(0);
        String at = spec.isDataSet() ? "network.data.0." : "network.";
        String which = spec.isDataSet() ? " of the first example" : "";
        first.inputs()
                .forEach((x, v) -> given("input." + x, "the input " + x + which, label(x), v, at + "inputs." + x));
        boolean one = spec.outputLayer().neurons().size() == 1;
        first.targets()
                .forEach((o, v) -> given(
                        "target." + o,
                        "the target of " + o + which,
                        one ? "y" : "y_{" + label(o) + "}",
                        v,
                        at + "targets." + o));
        words(
                "count.examples",
                "the number of examples in the data set",
                "N",
                spec.data().size());
        words("count.weights", "the number of weights", "", spec.weights().size());
        words("count.biases", "the number of biases", "", spec.biases().size());
        words(
                "count.parameters",
                "the number of learnable parameters: every weight and every trainable bias",
                "",
                spec.learnableParameters());
        words(
                "count.neurons",
                "the number of neurons, inputs included",
                "",
                spec.neurons().size());
        words("count.layers", "the number of layers", "", spec.layers().size());
        words(
                "count.inputs",
                "the number of inputs",
                "",
                spec.inputLayer().neurons().size());
        words(
                "count.outputs",
                "the number of outputs",
                "",
                spec.outputLayer().neurons().size());
    }
}
