package org.netdeck.testing;

import java.nio.file.Path;
import java.util.List;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Trace;
import org.netdeck.content.FrontMatter;

/** The softmax deck, {@code content/softmax/deck.md}, read with the real parser: a three-class classifier. */
public final class SoftmaxDeck {

    /** The deck's file. */
    public static final Path FILE = Path.of("content", "softmax", "deck.md");

    private SoftmaxDeck() {}

    public static FrontMatter frontMatter() {
        return DefaultDeck.frontMatter(FILE);
    }

    /** The deck's trace, as a build computes it. */
    public static Trace trace() {
        FrontMatter f = frontMatter();
        return Backprop.compute(f.network(), f.compare(), List.of());
    }
}
