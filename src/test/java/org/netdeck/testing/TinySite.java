package org.netdeck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Small sites declared inline, written to a temporary folder. */
public final class TinySite {

    private TinySite() {}

    /**
     * A deck with a skip connection (x1 → y jumps the hidden layer), a trainable and a frozen bias, and
     * tanh in the hidden layer: small enough to recompute by hand in a test.
     */
    public static final String TINY_DECK = """
            ---
            title: Tiny
            summary: A one-hidden-neuron network with a skip connection.
            network:
              layers:
                - {name: input,  neurons: [x1]}
                - {name: hidden, neurons: [h], activation: tanh}
                - {name: output, neurons: [y], activation: sigmoid}
              weights:
                u: {from: x1, to: h, value: 0.5}
                v: {from: h,  to: y, value: -1.5}
                s: {from: x1, to: y, value: 0.25}
              biases:
                bh: {neuron: h, value: 0.1}
                by: {neuron: y, value: -0.2, trainable: false}
              loss: half_squared_error
              learning_rate: 0.5
              inputs: {x1: 2.0}
              targets: {y: 0.75}
              iterations: 3
            ---

            ## One slide

            <!-- diagram: architecture -->

            The output is {{ y | 0.000 }} and the loss {{ loss }}.

            ## Two slide

            <!-- diagram: training -->

            After {{ iterations }} steps the loss is {{ trained.loss | 0.0000 }}.
            """;

    public static final String SITE_YML = """
            title: Fixture site
            description: Decks for tests.
            """;

    /** Writes {@code files} (relative path → text) under {@code root}. */
    public static Path write(Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
