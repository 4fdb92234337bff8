import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes N decks with distinct networks into a content folder, for the benchmark:
 *
 * <pre>{@code java bench/GenerateDecks.java OUT_DIR [N] [SEED]}</pre>
 *
 * <p>Each deck {@code dNNN} gets its own network, drawn from a seeded generator: 3 or 4 layers of 1 to 3
 * neurons (the default deck's scale), dense weights between neighbouring layers with values in [-1, 1] (and now and then a skip
 * connection), biases on some neurons, an activation per layer, a loss, a learning rate, an iteration
 * count and sometimes compare runs; seven slides, one per diagram step, whose text refers to the deck's own
 * names. The same N and SEED give the same decks. Plain Java, no dependencies (run with the source launcher).
 */
public final class GenerateDecks {

    private static final String[] HIDDEN = {"sigmoid", "tanh", "relu", "sigmoid", "tanh"};
    private static final String[] OUTPUT = {"sigmoid", "sigmoid", "tanh", "linear"};
    private static final String[] LOSSES = {"squared_error", "half_squared_error", "mean_squared_error"};
    private static final double[] RATES = {0.01, 0.05, 0.1, 0.2};

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/GenerateDecks.java OUT_DIR [N] [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 14;
        Random random = new Random(seed);
        Files.createDirectories(out);
        Files.writeString(
                out.resolve("site.yml"),
                "title: Benchmark\ndescription: " + n + " generated decks.\nlang: en\n",
                StandardCharsets.UTF_8);
        for (int i = 1; i <= n; i++) {
            String slug = String.format(Locale.ROOT, "d%03d", i);
            Path dir = Files.createDirectories(out.resolve(slug));
            Files.writeString(dir.resolve("deck.md"), deck(i, random), StandardCharsets.UTF_8);
        }
    }

    private static String deck(int number, Random r) {
        int hiddenLayers = 1 + r.nextInt(2); // 1 or 2 hidden layers: 3 or 4 layers in all
        List<List<String>> layers = new ArrayList<>();
        List<String> activations = new ArrayList<>();
        layers.add(names("x", 1 + r.nextInt(3), 0));
        activations.add(null);
        for (int h = 0; h < hiddenLayers; h++) {
            layers.add(names("h", 1 + r.nextInt(3), h * 10 + 10));
            activations.add(HIDDEN[r.nextInt(HIDDEN.length)]);
        }
        layers.add(names("y", 1 + r.nextInt(2), 0));
        activations.add(OUTPUT[r.nextInt(OUTPUT.length)]);
        String loss = LOSSES[r.nextInt(LOSSES.length)];
        double rate = RATES[r.nextInt(RATES.length)];
        int iterations = 100 * (1 + r.nextInt(20));

        StringBuilder s = new StringBuilder();
        s.append("---\n");
        s.append("title: Generated network ").append(number).append('\n');
        s.append("summary: A network of ").append(layers.size()).append(" layers, drawn at random.\n");
        s.append("series: Benchmark\n");
        if (r.nextInt(3) == 0) {
            s.append("compare: {learning_rate: [")
                    .append(num(rate / 2))
                    .append(", ")
                    .append(num(rate * 2))
                    .append("]}\n");
        }
        s.append("network:\n  layers:\n");
        for (int l = 0; l < layers.size(); l++) {
            String name = l == 0 ? "input" : l == layers.size() - 1 ? "output" : "hidden" + l;
            s.append("    - {name: ").append(name).append(", neurons: [");
            s.append(String.join(", ", layers.get(l))).append(']');
            if (activations.get(l) != null) {
                s.append(", activation: ").append(activations.get(l));
            }
            s.append("}\n");
        }
        s.append("  weights:\n");
        List<String> weights = new ArrayList<>();
        for (int l = 0; l + 1 < layers.size(); l++) {
            for (String from : layers.get(l)) {
                for (String to : layers.get(l + 1)) {
                    weights.add(weight(s, weights.size() + 1, from, to, r));
                }
            }
        }
        if (layers.size() > 2 && r.nextBoolean()) { // a skip connection from the input to the output
            weights.add(weight(s, weights.size() + 1, layers.get(0).get(0), layers.get(layers.size() - 1).get(0), r));
        }
        List<String> biased = new ArrayList<>();
        for (int l = 1; l < layers.size(); l++) {
            for (String neuron : layers.get(l)) {
                if (r.nextInt(3) == 0) {
                    biased.add(neuron);
                }
            }
        }
        if (!biased.isEmpty()) {
            s.append("  biases:\n");
            for (int b = 0; b < biased.size(); b++) {
                s.append("    b").append(b + 1).append(": {neuron: ").append(biased.get(b));
                s.append(", value: ").append(num(round(r.nextDouble() * 0.4 - 0.2)));
                s.append(", trainable: ").append(r.nextInt(4) != 0).append("}\n");
            }
        }
        s.append("  loss: ").append(loss).append('\n');
        s.append("  learning_rate: ").append(num(rate)).append('\n');
        s.append("  inputs: {");
        List<String> inputs = layers.get(0);
        for (int i = 0; i < inputs.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(inputs.get(i)).append(": ").append(num(round(r.nextDouble())));
        }
        s.append("}\n  targets: {");
        List<String> outputs = layers.get(layers.size() - 1);
        String linearOrTanh = activations.get(activations.size() - 1);
        for (int i = 0; i < outputs.size(); i++) {
            double t = round(linearOrTanh.equals("tanh") ? r.nextDouble() * 1.6 - 0.8 : r.nextDouble() * 0.8 + 0.1);
            s.append(i == 0 ? "" : ", ").append(outputs.get(i)).append(": ").append(num(t));
        }
        s.append("}\n  iterations: ").append(iterations).append('\n');
        s.append("---\n");

        String out = outputs.get(0);
        String in = inputs.get(0);
        String w = weights.get(weights.size() - 1);
        String first = weights.get(0);
        s.append("\n## The Network\n\n<!-- diagram: architecture -->\n\n");
        s.append("A network of {{ count.neurons | int }} neurons and {{ count.parameters }} parameters, ")
                .append("with ")
                .append(layers.size())
                .append(" layers.\n\n");
        s.append("- Each neuron sums its weighted inputs, $z = \\sum w\\,a$.\n");
        s.append("- The output $")
                .append(out)
                .append("$ is compared with its target.\n\n");
        s.append(":::notes\nThe network has {{ count.neurons | int }} neurons.\n:::\n");
        s.append("\n## Forward Pass\n\n<!-- diagram: forward -->\n\n");
        s.append("From $").append(in).append(" = {{ ").append(in).append(" }}$ the network computes ");
        s.append("$z = {{ z.").append(out).append(" }}$ and predicts {{ ").append(out).append(" | 0.000 }}.\n\n");
        s.append("$$ {{ sum.").append(out).append(" }} $$\n");
        s.append("\n## The Loss\n\n<!-- diagram: loss -->\n\n");
        s.append("The target is {{ target.").append(out).append(" }}, so the loss is **{{ loss | 0.0000 }}**.\n");
        s.append("\n## Output Gradient\n\n<!-- diagram: output-gradient -->\n\n");
        s.append("$$ \\frac{\\partial L}{\\partial z} = {{ delta.").append(out).append(" }} $$\n\n");
        s.append("The local slope is {{ local.").append(out).append(" }}.\n");
        s.append("\n## Chain Rule\n\n<!-- diagram: chain-rule -->\n\n");
        s.append("The gradient of the last weight:\n\n<!-- step: highlight ").append(out).append(" -->\n\n");
        s.append("$$ {{ chain.").append(w).append(" }} $$\n\n");
        s.append("and of the first, {{ grad.").append(first).append(" | 0.0000 }}.\n");
        s.append("\n## One Update\n\n<!-- diagram: update -->\n\n");
        s.append("$$ {{ update.").append(first).append(" }} $$\n\n");
        s.append("With α = {{ learning_rate }} the loss goes from {{ loss }} to {{ updated.loss }}.\n");
        s.append("\n## Training\n\n<!-- diagram: training -->\n\n");
        s.append("After {{ iterations }} steps the loss is {{ trained.loss }}, ")
                .append("{{ trained.improvement | percent1 }} below where it started.\n");
        return s.toString();
    }

    private static String weight(StringBuilder s, int n, String from, String to, Random r) {
        String name = "w" + n;
        s.append("    ").append(name).append(": {from: ").append(from).append(", to: ").append(to);
        s.append(", value: ").append(num(round(r.nextDouble() * 2 - 1))).append("}\n");
        return name;
    }

    private static List<String> names(String prefix, int count, int offset) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(prefix + (offset + i));
        }
        return names;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String num(double v) {
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
