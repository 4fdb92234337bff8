package org.netdeck.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Layer;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Weight;
import org.netdeck.content.Deck;
import org.netdeck.content.FrontMatter;
import org.netdeck.content.Slide;
import org.netdeck.problem.SourcePosition;

/** The default deck's network, built by hand, and small helpers for decks in tests. */
final class Fixtures {

    static final Path FILE = Path.of("content/backprop/deck.md");

    private Fixtures() {
    }

    /** input [x1, x2], hidden [h1, h2] sigmoid, output [yhat] sigmoid; no biases; squared error. */
    static NetworkSpec network() {
        return network(List.of());
    }

    static NetworkSpec network(List<Bias> biases) {
        return new NetworkSpec(
                List.of(new Layer("input", List.of("x1", "x2"), Activation.LINEAR),
                        new Layer("hidden", List.of("h1", "h2"), Activation.SIGMOID),
                        new Layer("output", List.of("yhat"), Activation.SIGMOID)),
                List.of(new Weight("w1", "x1", "h1", 0.8), new Weight("w2", "x2", "h2", -0.5),
                        new Weight("w3", "h1", "yhat", 0.9), new Weight("w4", "h2", "yhat", 0.8)),
                biases, LossKind.SQUARED_ERROR, 0.1,
                Map.of("x1", 0.5, "x2", 0.8), Map.of("yhat", 1.0), 1000);
    }

    static FrontMatter front(String title, String summary) {
        return new FrontMatter(title, summary, "Neural networks", network(), Map.of());
    }

    /** A slide whose Markdown starts at column 1 of {@code bodyLine}, its heading on the line above. */
    static Slide slide(String title, String markdown, int bodyLine) {
        return new Slide(title, markdown, new SourcePosition(FILE, bodyLine - 1, 1),
                new SourcePosition(FILE, bodyLine, 1), Optional.empty());
    }

    static Deck deck(Slide... slides) {
        return new Deck("backprop", FILE, front("Backpropagation", "How networks learn."), List.of(slides));
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
