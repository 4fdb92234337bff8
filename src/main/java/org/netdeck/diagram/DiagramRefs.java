package org.netdeck.diagram;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Provenance;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;

/**
 * Which engine value each number a diagram draws shows, so a page can explain it like the prose's numbers: a label
 * whose (last) number is a value the engine recorded gets its name ({@link Label#ref()}) and its substituted
 * arithmetic ({@link Label#formula()}), which {@link SvgWriter} writes as {@code data-ref} and {@code data-formula}.
 * The name follows from what the label is (a neuron's value, a weight's label, a side line, a worked caption) and the
 * step; a label is marked only when the recorded value, at the precision the label shows, is the number drawn, so a
 * mark can never disagree with its number. Names (w₃), axis ticks and the landscape's key explain nothing.
 */
final class DiagramRefs {

    /** A number as diagrams write it: U+2212 minus, grouped thousands, maybe ×10 with a superscript exponent. */
    static final Pattern NUMBER = Pattern.compile("[\u2212-]?\\d[\\d,]*(?:\\.\\d+)?(?:×10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?%?");

    private DiagramRefs() {}

    /**
     * {@code layout} with each label that shows a recorded value explained; {@code replay} is the compare run a
     * training figure draws (empty: the deck's own run).
     */
    static Layout explained(Trace trace, Layout layout, String replay) {
        DiagramStep step = layout.step();
        Map<String, String> sideOf = new HashMap<>(); // a side line's text → its neuron ("" when two share it)
        if (step.drawsNetwork() && step != DiagramStep.TRAINING && step != DiagramStep.LAYERS) {
            NetworkContent.of(trace, step)
                    .sideLabels()
                    .forEach((n, lines) -> lines.forEach(l -> sideOf.merge(l, n, (a, b) -> "")));
        }
        String run = replay.isEmpty() ? "" : "runs." + replay + ".";
        List<Mark> marks = new ArrayList<>(layout.marks().size());
        for (Mark m : layout.marks()) {
            marks.add(m instanceof Label l && l.ref().isEmpty() ? explained(trace, step, l, run, sideOf) : m);
        }
        return new Layout(
                step,
                layout.width(),
                layout.height(),
                layout.title(),
                layout.description(),
                marks,
                layout.data(),
                layout.panels());
    }

    /** The last number of a label's text as drawn outside its math (a digit there is a subscript), or empty. */
    static Optional<String> shown(String text) {
        String[] parts = text.split("\\$", -1);
        String last = null;
        for (int i = 0; i < parts.length; i += 2) {
            Matcher m = NUMBER.matcher(parts[i]);
            while (m.find()) {
                last = m.group();
            }
        }
        return Optional.ofNullable(last);
    }

    private static Label explained(Trace trace, DiagramStep step, Label l, String run, Map<String, String> sideOf) {
        if (l.classes().contains("checkpoint-caption")) {
            return l; // the training figure's caption: the scrubber rewrites it (its loss is the point label's too)
        }
        String plain = RichText.plain(l.text());
        Optional<String> number = shown(l.text());
        if (number.isEmpty()) {
            return l;
        }
        String prefix = plain.substring(0, plain.lastIndexOf(number.get())).strip();
        Provenance p = trace.provenance();
        List<String> matching = new ArrayList<>();
        for (String name : candidates(trace, step, l, prefix, run, sideOf)) {
            p.get(name).filter(e -> equalAsShown(e.value(), number.get())).ifPresent(e -> matching.add(name));
        }
        // a caption of the output gradient may be any output's: explained only when exactly one output's value is it
        boolean unique = l.classes().contains("caption") && step == DiagramStep.OUTPUT_GRADIENT;
        if (matching.isEmpty() || (unique && matching.size() > 1)) {
            return l;
        }
        String name = matching.get(0);
        return l.explained(name, p.formula(name).orElseThrow());
    }

    /** The names the label's number may show, most likely first (a caption's: each one it might be). */
    private static List<String> candidates(
            Trace trace, DiagramStep step, Label l, String prefix, String run, Map<String, String> sideOf) {
        NetworkSpec spec = trace.network();
        String part = l.classes().stream()
                .filter(c -> c.startsWith("part-"))
                .map(c -> c.substring(5))
                .findFirst()
                .orElse("");
        boolean neuron = spec.neurons().contains(part);
        boolean param = spec.weights().stream().anyMatch(w -> w.name().equals(part))
                || spec.biases().stream().anyMatch(b -> b.name().equals(part));
        List<String> outputs = spec.outputLayer().neurons();
        if (l.classes().contains("neuron-value") && neuron) {
            return prefix.startsWith("δ")
                    ? List.of("delta." + part)
                    : step == DiagramStep.TRAINING
                            ? List.of(run + "trained.a." + part, "a." + part)
                            : List.of("a." + part);
        }
        if ((l.classes().contains("edge-label")
                        || l.classes().contains("bias-label")
                        || l.classes().contains("cell-value"))
                && param) {
            if (prefix.contains("→")) {
                return List.of("updated." + part);
            }
            return switch (step) {
                case CHAIN_RULE -> List.of("grad." + part);
                case TRAINING -> List.of(run + "trained." + part);
                default -> List.of(part);
            };
        }
        if (l.classes().contains("cell-value") && neuron) {
            return List.of("a." + part);
        }
        if (l.classes().contains("side-label")) {
            String n = sideOf.getOrDefault(l.text(), "");
            if (n.isEmpty()) {
                return List.of();
            }
            if (prefix.contains("→")) {
                return List.of("updated.a." + n);
            }
            if (prefix.isEmpty() || prefix.equals("=")) { // the output gradient's line under its formula
                return step == DiagramStep.OUTPUT_GRADIENT ? List.of("grad." + n, "delta." + n) : List.of();
            }
            if (prefix.startsWith("δ")) {
                return List.of("delta." + n);
            }
            if (prefix.startsWith("\u2212ln") || prefix.startsWith("-ln")) {
                return List.of("first.loss", "loss");
            }
            if (prefix.startsWith("z ") || prefix.startsWith("z=")) {
                return List.of("z." + n);
            }
            return prefix.startsWith(RichText.plain(NetworkContent.label(spec, n)))
                    ? List.of("a." + n)
                    : List.of("target." + n);
        }
        boolean result = prefix.endsWith("=") || prefix.endsWith("→") || prefix.endsWith(":");
        if (!result) {
            return List.of(); // a caption's other numbers (a count, an index) are words, not values
        }
        if (l.classes().contains("caption") && l.classes().contains("worked") && param) {
            return List.of("grad." + part);
        }
        if (l.classes().contains("caption")) {
            return switch (step) {
                case LOSS ->
                    prefix.contains("mean")
                            ? List.of("loss")
                            : prefix.contains("−ln") ? List.of("first.loss", "loss") : List.of("loss", "first.loss");
                case OUTPUT_GRADIENT ->
                    outputs.stream()
                            .map(o -> (prefix.contains("∂L/∂") ? "grad." : "delta.") + o)
                            .toList();
                case UPDATE ->
                    prefix.endsWith("α =")
                            ? List.of("learning_rate")
                            : prefix.contains("L") && prefix.contains("→") ? List.of("updated.loss") : List.of();
                default -> List.of();
            };
        }
        if (l.classes().contains("point-label") && step == DiagramStep.TRAINING && prefix.contains("L =")) {
            // the deck's own run's first and last points (a replayed run is the network panel's only)
            return List.of(prefix.startsWith("start") ? "loss" : "trained.loss");
        }
        return List.of();
    }

    /** Whether {@code value} rounds to {@code shown} at the precision {@code shown} is written with. */
    static boolean equalAsShown(double value, String shown) {
        String t = shown.replace('\u2212', '-').replace(",", "");
        double scale = 1;
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
            scale = 0.01;
        }
        int exponent = 0;
        int times = t.indexOf('×');
        if (times >= 0) {
            StringBuilder e = new StringBuilder();
            for (char c : t.substring(times + 3).toCharArray()) {
                int sup = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
                e.append(c == '⁻' ? '-' : (char) ('0' + sup));
            }
            exponent = Integer.parseInt(e.toString());
            t = t.substring(0, times);
        }
        BigDecimal b = new BigDecimal(t);
        double unit = Math.pow(10, exponent - b.scale()) * scale;
        double v = b.doubleValue() * Math.pow(10, exponent) * scale;
        return Double.isFinite(value) && Math.abs(value - v) <= unit / 2 * (1 + 1e-9);
    }
}
