package org.netdeck.diagram;

/** Where a label's anchor point sits on its text: written as SVG {@code text-anchor}, never measured. */
public enum Anchor {
    START,
    MIDDLE,
    END;

    /** The SVG {@code text-anchor} value. */
    public String svg() {
        return switch (this) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
    }
}
