package org.netdeck.diagram;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Provenance;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;

/**
 * Which engine value each number a diagram draws shows, so a page can explain it like the prose's numbers: a label
 * whose (last) number is a value the engine recorded gets a {@link Label.Ref} with its name and its substituted
 * arithmetic, which {@link SvgWriter} writes as {@code data-ref} and {@code data-formula}. A caption may carry several:
 * each result it writes, and the numbers of its worked arithmetic as the operands of the result's explanation, in
 * that explanation's order (the record's operands, never re-derived). The name follows from what the label is (a
 * neuron's value, a weight's label, a side line, a worked caption) and the step; a number is marked only when the
 * recorded value, at the precision the label shows, is the number drawn, so a mark can never disagree with its
 * number. Names (w₃), axis ticks and counts explain nothing.
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
            marks.add(m instanceof Label l && l.refs().isEmpty() ? explained(trace, step, l, run, sideOf) : m);
        }
        return layout.withMarks(marks);
    }

    /** A number of a label's text outside its math (a digit there is a subscript): where it starts, as written. */
    record Found(int at, String number) {}

    /** The numbers of a label's text outside its math, in order. */
    static List<Found> numbers(String text) {
        List<Found> out = new ArrayList<>();
        String[] parts = text.split("\\$", -1);
        int from = 0;
        for (int i = 0; i < parts.length; from += parts[i].length() + 1, i++) {
            Matcher m = NUMBER.matcher(parts[i]);
            while (i % 2 == 0 && m.find()) {
                out.add(new Found(from + m.start(), m.group()));
            }
        }
        return out;
    }

    /**
     * The label with its numbers marked: a value label's (last) number; in a caption each result it writes ({@code =
     * −0.0744}, {@code → 0.291}, {@code α = 0.1}), then the numbers of the worked arithmetic before a result, each as
     * the operand of the result's explanation it shows (or of the explanation of one of those operands, as a data
     * set's first example), the probabilities a softmax caption adds up, and the first example's product a data set's
     * worked line writes on its own line.
     */
    private static Label explained(Trace trace, DiagramStep step, Label l, String run, Map<String, String> sideOf) {
        List<Found> numbers = numbers(l.text());
        if (numbers.isEmpty()) {
            return l;
        }
        Provenance p = trace.provenance();
        Map<Integer, Label.Ref> marked = new TreeMap<>();
        // a caption's or a legend's numbers each in turn (a legend's: the learning rate it names a run by)
        boolean caption = l.classes().contains("caption") || l.classes().contains("legend");
        for (Found f : caption ? numbers : numbers.subList(numbers.size() - 1, numbers.size())) {
            if (!caption || result(l.text(), f)) {
                named(trace, step, l, f, run, sideOf).ifPresent(r -> marked.put(f.at(), r));
            }
        }
        if (caption) {
            String text = l.text();
            for (Label.Ref r : List.copyOf(marked.values())) {
                int eq = before(text, r.at());
                if (eq >= 0 && text.charAt(eq) == '=') {
                    int from = Math.max(text.lastIndexOf('=', eq - 1), text.lastIndexOf(':', eq - 1)) + 1;
                    operands(p, r.name(), numbers, from, eq, marked);
                }
            }
            String part = part(l);
            if (l.classes().contains("worked") && !part.isEmpty() && marked.isEmpty()) {
                // a data set's worked line: "example 1: (−0.675) × 0.438", the first example's δ and activation
                operands(p, "grad." + part, numbers, text.lastIndexOf(':') + 1, text.length(), marked);
            }
            if (step == DiagramStep.FORWARD) {
                sum(p, trace.network().outputLayer().neurons(), text, numbers, marked);
            }
        }
        return marked.isEmpty() ? l : l.explained(List.copyOf(marked.values()));
    }

    /** The index of the last character before {@code at} that is not a space, or −1. */
    private static int before(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i;
    }

    /**
     * Whether the caption's number {@code f} is written as a result: after {@code =}, {@code →} or {@code :}, and not
     * followed by arithmetic (an operand of a worked sum is no result, nor a word such as a count).
     */
    private static boolean result(String text, Found f) {
        int b = before(text, f.at());
        if (b < 0 || "=→:".indexOf(text.charAt(b)) < 0) {
            return false;
        }
        int a = f.at() + f.number().length();
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        return a == text.length() || "×·+−-*/^²)".indexOf(text.charAt(a)) < 0;
    }

    /**
     * The numbers of {@code text} in {@code [from, to)} marked as the operands of {@code name}'s explanation they show,
     * in its order (operands it does not show are skipped), or else of the explanation of one of its operands; only
     * when every number there is one (or a whole number no operand shows, a constant of the formula), so a mark never
     * guesses.
     */
    private static void operands(
            Provenance p, String name, List<Found> numbers, int from, int to, Map<Integer, Label.Ref> marked) {
        List<Found> shown = numbers.stream()
                .filter(f -> f.at() >= from && f.at() < to && !marked.containsKey(f.at()))
                .toList();
        if (shown.isEmpty() || p.get(name).isEmpty()) {
            return;
        }
        List<String> sources = new ArrayList<>(List.of(name));
        sources.addAll(p.get(name).orElseThrow().operands());
        for (String source : sources) {
            List<String> ops = p.get(source).map(e -> e.operands()).orElse(List.of());
            List<Label.Ref> refs = new ArrayList<>();
            int k = 0;
            int constants = 0;
            for (Found f : shown) {
                int at = k;
                while (at < ops.size()
                        && !equalAsShown(p.get(ops.get(at)).orElseThrow().value(), f.number())) {
                    at++;
                }
                if (at == ops.size() && f.number().indexOf('.') < 0) {
                    constants++; // a whole number no operand shows: the formula's own (the 2 of −2(y − ŷ))
                    continue;
                }
                if (at == ops.size()) {
                    break;
                }
                refs.add(new Label.Ref(
                        f.at(), f.number(), ops.get(at), p.formula(ops.get(at)).orElseThrow()));
                k = at + 1;
            }
            if (!refs.isEmpty() && refs.size() + constants == shown.size()) {
                refs.forEach(r -> marked.put(r.at(), r));
                return;
            }
        }
    }

    /**
     * A softmax caption's probabilities adding up, {@code 0.325 + 0.209 + 0.467 = 1}: each term marked as its output's
     * probability, in the outputs' order, when there is one term per output and each shows it.
     */
    private static void sum(
            Provenance p, List<String> outputs, String text, List<Found> numbers, Map<Integer, Label.Ref> marked) {
        for (int i = 0; i + outputs.size() <= numbers.size(); i++) {
            List<Found> terms = numbers.subList(i, i + outputs.size());
            boolean adds = true;
            for (int k = 0; k < terms.size() && adds; k++) {
                Found f = terms.get(k);
                int end = f.at() + f.number().length();
                String then = k + 1 < terms.size()
                        ? text.substring(end, terms.get(k + 1).at())
                        : text.substring(end);
                adds = k + 1 < terms.size() ? then.equals(" + ") : then.matches(" = 1(?: .*)?");
                String name = "a." + outputs.get(k);
                adds &= p.get(name)
                        .filter(e -> equalAsShown(e.value(), f.number()))
                        .isPresent();
            }
            if (adds) {
                for (int k = 0; k < terms.size(); k++) {
                    Found f = terms.get(k);
                    String name = "a." + outputs.get(k);
                    marked.put(
                            f.at(),
                            new Label.Ref(
                                    f.at(), f.number(), name, p.formula(name).orElseThrow()));
                }
                return;
            }
        }
    }

    /** The diagram part a label belongs to (its {@code part-NAME} class), or "". */
    private static String part(Label l) {
        return l.classes().stream()
                .filter(c -> c.startsWith("part-"))
                .map(c -> c.substring(5))
                .findFirst()
                .orElse("");
    }

    /** The value the label's number {@code f} shows, if one of the names it may show has it at its precision. */
    private static Optional<Label.Ref> named(
            Trace trace, DiagramStep step, Label l, Found f, String run, Map<String, String> sideOf) {
        String prefix = RichText.plain(l.text().substring(0, f.at())).strip();
        Provenance p = trace.provenance();
        List<String> matching = new ArrayList<>();
        for (String name : candidates(trace, step, l, prefix, run, sideOf)) {
            p.get(name).filter(e -> equalAsShown(e.value(), f.number())).ifPresent(e -> matching.add(name));
        }
        // a caption of the output gradient may be any output's: explained only when exactly one output's value is it
        boolean unique = l.classes().contains("caption") && step == DiagramStep.OUTPUT_GRADIENT;
        if (matching.isEmpty() || (unique && matching.size() > 1)) {
            return Optional.empty();
        }
        String name = matching.get(0);
        return Optional.of(
                new Label.Ref(f.at(), f.number(), name, p.formula(name).orElseThrow()));
    }

    /** The names the label's number may show, most likely first (a caption's: each one it might be). */
    private static List<String> candidates(
            Trace trace, DiagramStep step, Label l, String prefix, String run, Map<String, String> sideOf) {
        NetworkSpec spec = trace.network();
        String part = part(l);
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
        if (l.classes().contains("legend")) { // a run's legend, "momentum, α = 0.3": its learning rate, given
            boolean own = l.classes().contains("own");
            String named = l.classes().stream()
                    .filter(c -> c.startsWith("run-"))
                    .map(c -> "runs." + c.substring(4) + ".learning_rate")
                    .findFirst()
                    .orElse(own ? "learning_rate" : "");
            return prefix.endsWith("α =") && !named.isEmpty() ? List.of(named) : List.of();
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
                            : prefix.endsWith("L:")
                                    ? List.of("loss")
                                    : prefix.contains("L") && prefix.contains("→")
                                            ? List.of("updated.loss")
                                            : List.of();
                // the training figure's caption, "iteration 2,000: loss L = 0.00154" at the last checkpoint (the
                // scrubber keeps the mark there only)
                case TRAINING -> prefix.endsWith("loss L =") ? List.of(run + "trained.loss") : List.of();
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
