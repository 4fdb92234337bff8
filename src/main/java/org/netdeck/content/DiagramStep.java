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
    TRAINING;

    /** The name authors write ({@code output-gradient}), also the diagram's file name. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
