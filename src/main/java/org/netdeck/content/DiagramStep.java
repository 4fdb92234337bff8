package org.netdeck.content;

import java.util.Locale;
import org.netdeck.id.Identified;

/** The steps of the computation a slide's diagram can show, in teaching order. */
public enum DiagramStep implements Identified {
    ARCHITECTURE,
    FORWARD,
    LOSS,
    OUTPUT_GRADIENT,
    CHAIN_RULE,
    UPDATE,
    TRAINING,
    /** The loss over two parameters with each run's path; drawn only for a deck with a {@code landscape:} section. */
    LANDSCAPE;

    /** Whether this step draws the network (the others are plots: the training curve, the landscape). */
    public boolean drawsNetwork() {
        return this != TRAINING && this != LANDSCAPE;
    }

    /** The name authors write ({@code output-gradient}), also the diagram's file name. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
