package org.netdeck.testing;

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

/** Small helpers for decks in tests; the default deck's network is {@link DefaultDeck#network}. */
public final class DeckParts {

    public static final Path FILE = Path.of("content/backprop/deck.md");

    private DeckParts() {}

    /** The default deck's network ({@link DefaultDeck}) with {@code biases} added: the same network, biased. */
    public static NetworkSpec withBiases(List<Bias> biases) {
        NetworkSpec n = DefaultDeck.network();
        return new NetworkSpec(
                n.layers(), n.weights(), biases, n.loss(), n.learningRate(), n.inputs(), n.targets(), n.iterations());
    }

    public static FrontMatter front(String title, String summary) {
        return new FrontMatter(title, summary, "Neural networks", DefaultDeck.network(), Map.of());
    }

    /** A slide whose Markdown starts at column 1 of {@code bodyLine}, its heading on the line above. */
    public static Slide slide(String title, String markdown, int bodyLine) {
        return new Slide(
                title,
                markdown,
                new SourcePosition(FILE, bodyLine - 1, 1),
                new SourcePosition(FILE, bodyLine, 1),
                Optional.empty());
    }

    public static Deck deck(Slide... slides) {
        return new Deck("backprop", FILE, front("Backpropagation", "How networks learn."), List.of(slides));
    }

    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
