package org.netdeck.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netdeck.compute.Bias;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.content.Deck;
import org.netdeck.content.FrontMatter;
import org.netdeck.content.Slide;
import org.netdeck.problem.SourcePosition;
import org.netdeck.testing.DefaultDeck;

/** Small helpers for decks in tests; the default deck's network is {@link DefaultDeck#network}. */
final class Fixtures {

    static final Path FILE = Path.of("content/backprop/deck.md");

    private Fixtures() {}

    /** The default deck's network ({@link DefaultDeck}) with {@code biases} added: the same network, biased. */
    static NetworkSpec withBiases(List<Bias> biases) {
        NetworkSpec n = DefaultDeck.network();
        return new NetworkSpec(
                n.layers(), n.weights(), biases, n.loss(), n.learningRate(), n.inputs(), n.targets(), n.iterations());
    }

    static FrontMatter front(String title, String summary) {
        return new FrontMatter(title, summary, "Neural networks", DefaultDeck.network(), Map.of());
    }

    /** A slide whose Markdown starts at column 1 of {@code bodyLine}, its heading on the line above. */
    static Slide slide(String title, String markdown, int bodyLine) {
        return new Slide(
                title,
                markdown,
                new SourcePosition(FILE, bodyLine - 1, 1),
                new SourcePosition(FILE, bodyLine, 1),
                Optional.empty());
    }

    static Deck deck(Slide... slides) {
        return new Deck("backprop", FILE, front("Backpropagation", "How networks learn."), List.of(slides));
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
