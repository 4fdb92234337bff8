package org.netdeck.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The steps of the computation a slide's diagram can show, in teaching order. */
public enum DiagramStep {
    ARCHITECTURE, FORWARD, LOSS, OUTPUT_GRADIENT, CHAIN_RULE, UPDATE, TRAINING;

    /** The name authors write ({@code output-gradient}), also the diagram's file name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(DiagramStep::id).toList();
    }

    /** The step with this id, or null when there is none. */
    public static DiagramStep fromId(String id) {
        for (DiagramStep s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
