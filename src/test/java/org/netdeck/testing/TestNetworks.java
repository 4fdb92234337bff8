package org.netdeck.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Layer;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Weight;

/** Networks for tests: the published worked example, and seeded random ones. */
public final class TestNetworks {

    private TestNetworks() {}

    /**
     * Matt Mazur, "A Step by Step Backpropagation Example" (2015): 2-2-2 sigmoid, biases 0.35 and
     * 0.60 shared per layer (one frozen bias per neuron here), half squared error, α = 0.5.
     */
    public static NetworkSpec mazur(int iterations) {
        return new NetworkSpec(
                List.of(
                        new Layer("input", List.of("i1", "i2"), Activation.LINEAR),
                        new Layer("hidden", List.of("h1", "h2"), Activation.SIGMOID),
                        new Layer("output", List.of("o1", "o2"), Activation.SIGMOID)),
                List.of(
                        new Weight("w1", "i1", "h1", 0.15), new Weight("w2", "i2", "h1", 0.20),
                        new Weight("w3", "i1", "h2", 0.25), new Weight("w4", "i2", "h2", 0.30),
                        new Weight("w5", "h1", "o1", 0.40), new Weight("w6", "h2", "o1", 0.45),
                        new Weight("w7", "h1", "o2", 0.50), new Weight("w8", "h2", "o2", 0.55)),
                List.of(
                        new Bias("b1", "h1", 0.35, false), new Bias("b2", "h2", 0.35, false),
                        new Bias("b3", "o1", 0.60, false), new Bias("b4", "o2", 0.60, false)),
                LossKind.HALF_SQUARED_ERROR,
                0.5,
                Map.of("i1", 0.05, "i2", 0.10),
                Map.of("o1", 0.01, "o2", 0.99),
                iterations);
    }

    /**
     * A linear bowl: one input x1 = 2 and two outputs, x1 → y1 (w1 = −0.5) and x1 → y2 (w2 = 2.5), squared error
     * against targets 3 and 1.4, so L(w1, w2) = (3 − 2·w1)² + (1.4 − 2·w2)², lowest at (1.5, 0.7).
     */
    public static NetworkSpec bowl(double learningRate, int iterations) {
        return new NetworkSpec(
                List.of(
                        new Layer("input", List.of("x1"), Activation.LINEAR),
                        new Layer("output", List.of("y1", "y2"), Activation.LINEAR)),
                List.of(new Weight("w1", "x1", "y1", -0.5), new Weight("w2", "x1", "y2", 2.5)),
                List.of(),
                LossKind.SQUARED_ERROR,
                learningRate,
                Map.of("x1", 2.0),
                Map.of("y1", 3.0, "y2", 1.4),
                iterations);
    }

    /**
     * A seeded random network of 2 to 4 layers: hidden layers use {@code hidden}, the output {@code output};
     * about a third of the possible forward pairs (skip connections included) are left unconnected, but
     * every non-input neuron gets at least one incoming weight; some biases are frozen.
     */
    public static NetworkSpec random(long seed, Activation hidden, Activation output, LossKind loss) {
        Random rnd = new Random(seed);
        int layerCount = 2 + rnd.nextInt(3);
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            List<String> names = new ArrayList<>();
            int size = 1 + rnd.nextInt(3);
            for (int i = 0; i < size; i++) {
                names.add("n" + l + "_" + i);
            }
            Activation act = l == 0 ? Activation.LINEAR : l == layerCount - 1 ? output : hidden;
            layers.add(new Layer("l" + l, names, act));
        }
        List<Weight> weights = new ArrayList<>();
        List<Bias> biases = new ArrayList<>();
        for (int to = 1; to < layerCount; to++) {
            for (String target : layers.get(to).neurons()) {
                int before = weights.size();
                for (int from = 0; from < to; from++) {
                    for (String source : layers.get(from).neurons()) {
                        boolean adjacent = from == to - 1;
                        if (rnd.nextDouble() < (adjacent ? 0.75 : 0.3)) {
                            weights.add(new Weight("w" + weights.size(), source, target, rnd.nextGaussian()));
                        }
                    }
                }
                if (weights.size() == before) {
                    String source = layers.get(to - 1).neurons().get(0);
                    weights.add(new Weight("w" + weights.size(), source, target, rnd.nextGaussian()));
                }
                if (rnd.nextDouble() < 0.7) {
                    biases.add(new Bias("b" + biases.size(), target, 0.5 * rnd.nextGaussian(), rnd.nextBoolean()));
                }
            }
        }
        Map<String, Double> inputs = new LinkedHashMap<>();
        layers.get(0).neurons().forEach(n -> inputs.put(n, rnd.nextDouble() * 2 - 1));
        Map<String, Double> targets = new LinkedHashMap<>();
        layers.get(layerCount - 1)
                .neurons()
                .forEach(n ->
                        targets.put(n, loss == LossKind.BINARY_CROSS_ENTROPY ? rnd.nextDouble() : rnd.nextGaussian()));
        return new NetworkSpec(layers, weights, biases, loss, 0.1, inputs, targets, 0);
    }

    /** {@code spec} with one parameter set to {@code value}. */
    public static NetworkSpec withParam(NetworkSpec spec, String name, double value) {
        List<Weight> weights = spec.weights().stream()
                .map(w -> w.name().equals(name) ? new Weight(w.name(), w.from(), w.to(), value) : w)
                .toList();
        List<Bias> biases = spec.biases().stream()
                .map(b -> b.name().equals(name) ? new Bias(b.name(), b.neuron(), value, b.trainable()) : b)
                .toList();
        return new NetworkSpec(
                spec.layers(), weights, biases, spec.loss(), spec.learningRate(), spec.inputs(), spec.targets(), 0);
    }

    /** The shape of a generated network. */
    public enum Wiring {
        DENSE,
        SPARSE,
        SKIP
    }

    /**
     * A network of {@code layers} layers of {@code width} neurons (the output layer has {@code outputs}), wired densely,
     * sparsely (every other pair) or densely plus skip connections from every input to the first output, with one
     * bias per hidden neuron; weights alternate in sign.
     */
    public static NetworkSpec generated(
            int layers, int width, int outputs, Wiring wiring, LossKind loss, int iterations) {
        List<Layer> ls = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            int n = l == layers - 1 ? outputs : width;
            List<String> names = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                names.add(l == 0 ? "x" + k : l == layers - 1 ? "y" + k : "h" + l + "_" + k);
            }
            ls.add(new Layer(
                    l == 0 ? "input" : l == layers - 1 ? "output" : "hidden" + l,
                    names,
                    l == 0 ? Activation.LINEAR : l == layers - 1 ? Activation.SIGMOID : Activation.TANH));
        }
        List<Weight> ws = new ArrayList<>();
        for (int l = 0; l + 1 < layers; l++) {
            List<String> from = ls.get(l).neurons();
            List<String> to = ls.get(l + 1).neurons();
            for (int i = 0; i < from.size(); i++) {
                for (int j = 0; j < to.size(); j++) {
                    if (wiring == Wiring.SPARSE && (i + j) % 2 == 1 && !(i == 0 || j == 0)) {
                        continue;
                    }
                    double v = (ws.size() % 2 == 0 ? 1 : -1) * (0.1 + 0.07 * ((ws.size() * 7) % 13));
                    ws.add(new Weight("w" + (ws.size() + 1), from.get(i), to.get(j), v));
                }
            }
        }
        if (wiring == Wiring.SKIP) {
            String out = ls.get(layers - 1).neurons().get(0);
            for (String x : ls.get(0).neurons().subList(0, Math.min(3, width))) {
                ws.add(new Weight("s" + x, x, out, 0.3));
            }
            if (layers > 3) {
                ws.add(new Weight(
                        "s_mid",
                        ls.get(1).neurons().get(0),
                        ls.get(layers - 2).neurons().get(width - 1),
                        -0.4));
            }
        }
        List<Bias> bs = new ArrayList<>();
        for (int l = 1; l + 1 < layers; l++) {
            for (String n : ls.get(l).neurons()) {
                bs.add(new Bias("b_" + n, n, 0.1, true));
            }
        }
        Map<String, Double> inputs = new LinkedHashMap<>();
        ls.get(0).neurons().forEach(n -> inputs.put(n, 0.1 * inputs.size() - 0.3));
        Map<String, Double> targets = new LinkedHashMap<>();
        ls.get(layers - 1).neurons().forEach(n -> targets.put(n, targets.size() % 2 == 0 ? 1.0 : 0.0));
        return new NetworkSpec(ls, ws, bs, loss, 0.5, inputs, targets, iterations);
    }
}
