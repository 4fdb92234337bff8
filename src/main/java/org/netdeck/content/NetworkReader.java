package org.netdeck.content;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Layer;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.Weight;
import org.netdeck.id.Identified;
import org.netdeck.problem.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the front matter's {@code network} section into a {@link NetworkSpec}, with defaults filled
 * in: the graph (via {@link GraphReader}), then the run: loss, learning rate, optimiser ({@link OptimizerReader}),
 * the example or data set and batch size ({@link ExampleReader}), and iterations.
 */
final class NetworkReader {

    static final List<String> KEYS = List.of(
            "layers",
            "weights",
            "biases",
            "loss",
            "learning_rate",
            "optimizer",
            "inputs",
            "targets",
            "data",
            "batch_size",
            "iterations");
    static final int DEFAULT_ITERATIONS = 1000;

    private final NodeReader r;
    private final GraphReader graph;

    NetworkReader(NodeReader reader) {
        this.r = reader;
        this.graph = new GraphReader(reader);
    }

    /** The network, or empty when anything in it (or elsewhere in the front matter) was reported. */
    Optional<NetworkSpec> read(Node node, SourcePosition anchor) {
        Optional<NodeReader.Fields> fields = r.fields(node, "network", anchor, KEYS);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        NodeReader.Fields f = fields.get();
        graph.layers(f.required("layers", "layers: [{name: input, neurons: [x1]}, {name: output, neurons: [y]}]"));
        List<Weight> weights = graph.weights(f.required("weights", "weights: {w1: {from: x1, to: y, value: 0.5}}"));
        List<Bias> biases = graph.biases(f.optional("biases"));
        Optional<Node> lossNode = f.required("loss", "loss: squared_error");
        Optional<LossKind> loss = lossNode.flatMap(n -> r.text(n, "network.loss"))
                .flatMap(id -> r.known(lossNode.get(), id, "loss", Identified.ids(LossKind.class)))
                .flatMap(id -> Identified.fromId(LossKind.class, id));
        OptionalDouble rate = learningRate(f.required("learning_rate", "learning_rate: 0.1"));
        Optional<Optimizer> optimizer = f.optional("optimizer")
                .map(n -> new OptimizerReader(r).read(n, "network.optimizer"))
                .orElse(Optional.of(Optimizer.SGD));
        ExampleReader data = new ExampleReader(r, graph);
        List<ExampleReader.Values> examples = data.read(f);
        OptionalInt batchSize = data.batchSize(f.optional("batch_size"), examples.size());
        Optional<Node> iterationsNode = f.optional("iterations");
        int iterations = iterationsNode.map(this::iterations).orElse(DEFAULT_ITERATIONS);
        if (iterationsNode.isPresent() && !examples.isEmpty()) {
            withinWork(iterationsNode.get(), iterations, examples.size());
        }
        if (loss.isPresent() && loss.get() == LossKind.BINARY_CROSS_ENTROPY) {
            data.crossEntropyFits(examples);
        }
        if (loss.isPresent()) {
            data.softmaxFits(loss.get(), lossNode.get(), examples);
        }
        if (r.hasProblems()) {
            return Optional.empty();
        }
        List<Layer> layers = graph.layers();
        return Optional.of(new NetworkSpec(
                layers,
                weights,
                biases,
                loss.orElseThrow(),
                rate.orElseThrow(),
                examples.stream().map(e -> e.example(r)).toList(),
                batchSize.orElseThrow(),
                optimizer.orElseThrow(),
                iterations));
    }

    /** A run's cost grows with examples × steps: {@link NetworkSpec#MAX_EXAMPLE_STEPS} at most. */
    private void withinWork(Node node, int iterations, int examples) {
        int limit = NetworkSpec.stepLimit(examples);
        if (iterations > limit) {
            r.report(
                    node,
                    "network.iterations is " + iterations + ", but with " + examples + " examples a run may take at"
                            + " most " + limit + " steps (examples × steps is at most " + NetworkSpec.MAX_EXAMPLE_STEPS
                            + "); use at most " + limit + " iterations, or fewer examples");
        }
    }

    private OptionalDouble learningRate(Optional<Node> node) {
        if (node.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble rate = r.number(node.get(), "network.learning_rate");
        if (rate.isPresent() && !(rate.getAsDouble() > 0.0)) {
            r.report(
                    node.get(),
                    "network.learning_rate is " + r.text(node.get(), "").orElseThrow()
                            + "; the learning rate is a step size and must be greater than 0, such as 0.1");
            return OptionalDouble.empty();
        }
        return rate;
    }

    /** Iterations, or the default after reporting why the value cannot be used. */
    private int iterations(Node node) {
        String expected = "a whole number of training steps from 0 to " + NetworkSpec.MAX_ITERATIONS + ", such as 1000";
        BigInteger n = r.integer(node, "network.iterations", expected);
        if (n == null) {
            return DEFAULT_ITERATIONS;
        }
        if (n.signum() < 0) {
            r.report(node, "network.iterations is " + n + ", but it counts training steps; write " + expected);
        } else if (n.compareTo(BigInteger.valueOf(NetworkSpec.MAX_ITERATIONS)) > 0) {
            r.report(
                    node,
                    "network.iterations is " + n + ", more than the limit of " + NetworkSpec.MAX_ITERATIONS
                            + " (the loss curve keeps one value per step); use at most " + NetworkSpec.MAX_ITERATIONS);
        } else {
            return n.intValueExact();
        }
        return DEFAULT_ITERATIONS;
    }
}
