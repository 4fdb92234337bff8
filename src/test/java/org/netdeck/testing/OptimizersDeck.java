package org.netdeck.testing;

import java.nio.file.Path;
import java.util.List;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Landscape;
import org.netdeck.compute.Trace;
import org.netdeck.content.FrontMatter;

/** The second deck, {@code content/optimizers/deck.md}, read with the real parser: its compare runs and its landscape. */
public final class OptimizersDeck {

    /** The deck's file. */
    public static final Path FILE = Path.of("content", "optimizers", "deck.md");

    private OptimizersDeck() {}

    public static FrontMatter frontMatter() {
        return DefaultDeck.frontMatter(FILE);
    }

    /** The deck's trace with its compare runs, as a build computes it. */
    public static Trace trace() {
        FrontMatter f = frontMatter();
        return Backprop.compute(f.network(), f.compare(), List.of());
    }

    /** The deck's loss landscape. */
    public static Landscape landscape(Trace trace) {
        return Landscape.compute(trace, frontMatter().landscape().orElseThrow());
    }
}
