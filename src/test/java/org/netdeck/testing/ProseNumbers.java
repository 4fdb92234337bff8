package org.netdeck.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assertions;

/**
 * The check that a built deck types no number by hand: every number in its prose and its MathML is a rounding of a
 * value in its {@code trace.json}, a whole number the network implies, or a constant of a formula. Shared by the
 * tests of each published deck.
 */
public final class ProseNumbers {

    /**
     * A number as printed: a real or ASCII minus, digits (a whole part of 1000 or more grouped by commas, 2,021, as
     * compute.Precision.grouped writes it), maybe decimals, maybe a percent sign.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,])([−-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(%?)(?![\\p{L}\\d]|,\\d)");

    /** Constants of the formulas the prose writes out: −2(y − ŷ), ŷ(1 − ŷ), −1/ŷ, "would score 0", g². */
    private static final Set<String> FORMULA_CONSTANTS = Set.of("0", "1", "-1", "-2", "2");

    private final Document deck;
    private final JsonNode trace;
    private final List<Double> values = new ArrayList<>();

    public ProseNumbers(Document deck, JsonNode trace) {
        this.deck = deck;
        this.trace = trace;
        collect(trace, values);
    }

    /**
     * Asserts that trace.json explains every number in the prose and in the math, having checked more than {@code
     * prose} numbers in the prose and more than {@code decimals} with a point in the math (so that the check cannot
     * pass on a deck that quotes nothing).
     */
    public void assertAllComputed(int prose, int decimals) {
        int[] checked = {0};
        Assertions.assertEquals(List.of(), unexplainedInProse(checked), "numbers not found in trace.json");
        Assertions.assertTrue(checked[0] > prose, "the prose quotes computed numbers: " + checked[0]);
        int[] inMath = {0};
        Assertions.assertEquals(List.of(), unexplainedInMath(inMath), "numbers in MathML not found in trace.json");
        Assertions.assertTrue(inMath[0] > decimals, "the formulas quote computed numbers: " + inMath[0]);
    }

    /** The numbers outside math (in each slide's body) that trace.json does not explain; {@code checked} counts all. */
    public List<String> unexplainedInProse(int[] checked) {
        Set<Double> fractions = fractions();
        Set<Integer> counts = counts();
        List<String> unexplained = new ArrayList<>();
        for (Element slideBody : deck.select("section.slide .slide-body")) {
            Element body = slideBody.clone();
            body.select("math").remove(); // numbers in MathML are checked one <mn> at a time
            body.select("details.diagram-values").remove(); // the diagram's own values (UnwrittenValuesTest)
            Matcher m = NUMBER.matcher(body.text());
            while (m.find()) {
                String printed = m.group(1).replace('−', '-').replace(",", "");
                boolean percent = !m.group(2).isEmpty();
                boolean ok = percent
                        ? fractions.stream().anyMatch(f -> rounds(f * 100, printed))
                        : printed.contains(".")
                                ? values.stream().anyMatch(v -> rounds(v, printed))
                                : counts.contains(Integer.parseInt(printed)) || FORMULA_CONSTANTS.contains(printed);
                if (!ok) {
                    unexplained.add(m.group() + " in \"" + body.text().substring(Math.max(0, m.start() - 30), m.start())
                            + "\"");
                }
                checked[0]++;
            }
        }
        return unexplained;
    }

    /** The numbers in MathML ({@code <mn>}) that trace.json does not explain; {@code decimals} counts those with a point. */
    public List<String> unexplainedInMath(int[] decimals) {
        Set<Integer> counts = counts();
        List<String> unexplained = new ArrayList<>();
        Set<Element> scientific = new HashSet<>(); // the parts of 1×10⁻⁸, checked as one number
        for (Element power : deck.select("section.slide .slide-body math msup")) {
            Element base = power.child(0);
            Element times = power.previousElementSibling();
            Element mantissa = times == null ? null : times.previousElementSibling();
            if (base.is("mn")
                    && base.text().equals("10")
                    && power.child(1).is("mn")
                    && times.is("mo")
                    && times.text().equals("×")
                    && mantissa != null
                    && mantissa.is("mn")) {
                int exponent = Integer.parseInt(power.child(1).text().replace('−', '-'));
                String digits = mantissa.text().replace('−', '-');
                BigDecimal shown = new BigDecimal(digits).scaleByPowerOfTen(exponent);
                if (values.stream()
                        .noneMatch(v -> v != 0
                                && new BigDecimal(Double.toString(v))
                                                .setScale(shown.scale(), RoundingMode.HALF_UP)
                                                .compareTo(shown)
                                        == 0)) {
                    unexplained.add(digits + "×10^" + exponent + " in "
                            + power.parents().select("math").first().text());
                }
                scientific.addAll(List.of(mantissa, base, power.child(1)));
            }
        }
        for (Element mn : deck.select("section.slide .slide-body math mn")) {
            if (scientific.contains(mn) || isIndex(mn)) {
                continue;
            }
            String printed = mn.text().replace('−', '-').replace(",", "");
            boolean ok = printed.contains(".")
                    ? values.stream().anyMatch(v -> rounds(v, printed))
                    : counts.contains(Integer.parseInt(printed)) || FORMULA_CONSTANTS.contains(printed);
            decimals[0] += printed.contains(".") ? 1 : 0;
            if (!ok) {
                unexplained.add(
                        printed + " in " + mn.parents().select("math").first().text());
            }
        }
        return unexplained;
    }

    /** Whether {@code mn} is (in) a subscript, an index such as the 5 of w₅: part of a name, not a quantity. */
    private static boolean isIndex(Element mn) {
        for (Element e = mn; e.parent() != null && !e.is("math"); e = e.parent()) {
            Element parent = e.parent();
            if ((parent.is("msub") || parent.is("msubsup")) && parent.child(0) != e && parent.child(1) == e) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fractions a deck may quote as a percentage: the improvements from the initial loss to the updated, trained and
     * each run's trained loss; a softmax classifier's accuracy at the start and after training.
     */
    private Set<Double> fractions() {
        double loss = trace.at("/loss").asDouble();
        Set<Double> f = new HashSet<>();
        f.add((loss - trace.at("/updated/loss").asDouble()) / loss);
        f.add((loss - trace.at("/training/forward/loss").asDouble()) / loss);
        for (JsonNode run : trace.at("/runs")) {
            f.add((loss - run.at("/training/forward/loss").asDouble()) / loss);
        }
        if (trace.at("/network/layers")
                .get(trace.at("/network/layers").size() - 1)
                .path("activation")
                .asText()
                .equals("softmax")) { // a classifier's accuracy, at the start and after training, recomputed from
            // trace.json
            f.add(accuracy(trace, trace.at("/network")));
            f.add(accuracy(trace, trace.at("/training/params")));
        }
        return f;
    }

    /**
     * The fraction of the data set whose most probable class (the first of equals) is the target's largest, by a
     * forward pass of its own at {@code params} (a weight or bias by name: a number, or an object with a value).
     */
    public static double accuracy(JsonNode trace, JsonNode params) {
        JsonNode network = trace.at("/network");
        JsonNode layers = network.get("layers");
        JsonNode output = layers.get(layers.size() - 1).get("neurons");
        int right = 0;
        for (JsonNode example : network.get("data")) {
            Map<String, Double> a = new HashMap<>();
            example.get("inputs")
                    .fields()
                    .forEachRemaining(e -> a.put(e.getKey(), e.getValue().asDouble()));
            for (int l = 1; l < layers.size(); l++) {
                JsonNode layer = layers.get(l);
                Map<String, Double> z = new LinkedHashMap<>();
                layer.get("neurons").forEach(n -> z.put(n.asText(), 0.0));
                network.get("weights").properties().forEach(w -> {
                    String to = w.getValue().get("to").asText();
                    if (z.containsKey(to)) {
                        z.merge(
                                to,
                                value(params, w.getKey(), w.getValue())
                                        * a.get(w.getValue().get("from").asText()),
                                Double::sum);
                    }
                });
                network.get("biases").properties().forEach(b -> {
                    String n = b.getValue().get("neuron").asText();
                    if (z.containsKey(n)) {
                        z.merge(n, value(params, b.getKey(), b.getValue()), Double::sum);
                    }
                });
                String f = layer.get("activation").asText();
                z.forEach((n, v) -> a.put(
                        n,
                        switch (f) {
                            case "sigmoid" -> 1 / (1 + Math.exp(-v));
                            case "tanh" -> Math.tanh(v);
                            case "relu" -> Math.max(0, v);
                            case "linear", "softmax" -> v; // softmax keeps the order of its z: the argmax is the same
                            default -> throw new IllegalArgumentException("accuracy: no activation " + f);
                        }));
            }
            int predicted = 0;
            int truth = 0;
            for (int k = 1; k < output.size(); k++) {
                String o = output.get(k).asText();
                predicted = a.get(o) > a.get(output.get(predicted).asText()) ? k : predicted;
                truth = example.get("targets").get(o).asDouble()
                                > example.get("targets")
                                        .get(output.get(truth).asText())
                                        .asDouble()
                        ? k
                        : truth;
            }
            right += predicted == truth ? 1 : 0;
        }
        return (double) right / network.get("data").size();
    }

    private static double value(JsonNode params, String name, JsonNode spec) {
        JsonNode p = params.has("weights") ? null : params.get(name);
        return p == null ? spec.get("value").asDouble() : p.asDouble();
    }

    /**
     * Whole numbers the network implies: layer sizes, neurons, weights, parameters, iterations, the data set's size
     * ({@code count.examples}) and batch size ({@code batch_size}, the network's and each run's), compare runs, each
     * run's tail ({@code tail.from}, {@code tail.steps}) and steps_to.
     */
    private Set<Integer> counts() {
        Set<Integer> c = new HashSet<>();
        int neurons = 0;
        for (JsonNode layer : trace.at("/network/layers")) {
            c.add(layer.get("neurons").size());
            neurons += layer.get("neurons").size();
        }
        c.add(neurons);
        c.add(trace.at("/network/layers").size());
        c.add(trace.at("/network/weights").size());
        c.add(trace.at("/network/weights").size() + trace.at("/network/biases").size());
        c.add(trace.at("/network/iterations").asInt());
        if (trace.at("/network/data").isArray()) { // count.examples and batch_size, from the spec trace.json records
            c.add(trace.at("/network/data").size());
            c.add(trace.at("/network/batch_size").asInt());
        }
        for (JsonNode run : trace.at("/runs")) { // compare runs: their lengths, and whole-number settings
            c.add(run.get("iterations").asInt());
            if (run.has("batch_size")) {
                c.add(run.get("batch_size").asInt());
            }
            for (JsonNode value : run.get("settings")) {
                if (value.isNumber() && value.asDouble() == Math.rint(value.asDouble())) {
                    c.add(value.asInt());
                }
            }
        }
        for (JsonNode tail : List.of(trace.at("/training/tail"))) { // tail.from, tail.steps of each run
            if (!tail.isMissingNode()) {
                c.add(tail.get("from").asInt());
                c.add(tail.get("steps").asInt());
            }
        }
        for (JsonNode run : trace.at("/runs")) {
            JsonNode tail = run.at("/training/tail");
            if (!tail.isMissingNode()) {
                c.add(tail.get("from").asInt());
                c.add(tail.get("steps").asInt());
            }
        }
        for (JsonNode answer : trace.at("/steps_to")) { // steps_to: counts of steps
            if (answer.get("steps").isInt()) {
                c.add(answer.get("steps").asInt());
            }
        }
        return c;
    }

    /** {@code value} rounded half-up to the decimals {@code printed} shows equals it. */
    private static boolean rounds(double value, String printed) {
        int decimals = printed.contains(".") ? printed.length() - printed.indexOf('.') - 1 : 0;
        BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.compareTo(new BigDecimal(printed)) == 0;
    }

    private static void collect(JsonNode node, List<Double> into) {
        if (node.isNumber()) {
            into.add(node.asDouble());
        }
        node.forEach(child -> collect(child, into));
    }
}
