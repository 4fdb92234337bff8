package org.netdeck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Trace;
import org.netdeck.content.DeckFile;
import org.netdeck.content.FrontMatter;
import org.netdeck.content.FrontMatterParser;

/**
 * The default deck, {@code content/backprop/deck.md}, read with the real parser, so that tests about "the default
 * network" can never drift from the deck that is published (tests run in the project folder).
 */
public final class DefaultDeck {

    /** The default deck's file. */
    public static final Path FILE = Path.of("content", "backprop", "deck.md");

    private DefaultDeck() {}

    /** The deck's front matter, parsed as a build parses it. */
    public static FrontMatter frontMatter() {
        return frontMatter(FILE);
    }

    /** The front matter of the deck file {@code file}, parsed as a build parses it. */
    public static FrontMatter frontMatter(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return FrontMatterParser.parse(file, DeckFile.split(file, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deck's network, iterations included. */
    public static NetworkSpec network() {
        return frontMatter().network();
    }

    /** The deck's network trained for {@code iterations} steps instead, for tests about the length of a run. */
    public static NetworkSpec network(int iterations) {
        NetworkSpec n = network();
        return new NetworkSpec(
                n.layers(), n.weights(), n.biases(), n.loss(), n.learningRate(), n.inputs(), n.targets(), iterations);
    }

    /** The trace of the deck's network, as a build computes it. */
    public static Trace trace() {
        return Backprop.compute(network());
    }
}
