package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Layer;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Weight;

/** Generated networks for the diagram tests, up to 6 layers × 8 neurons (the default deck's is {@code testing.DefaultDeck}). */
final class Networks {

    private Networks() {}

    /** The shape of a generated network. */
    enum Wiring {
        DENSE,
        SPARSE,
        SKIP
    }

    /**
     * A network of {@code layers} layers of {@code width} neurons (the output layer has {@code outputs}), wired densely,
     * sparsely (every other pair) or densely plus skip connections from every input to the first output, with one
     * bias per hidden neuron; weights alternate in sign.
     */
    static NetworkSpec generated(int layers, int width, int outputs, Wiring wiring, LossKind loss, int iterations) {
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
