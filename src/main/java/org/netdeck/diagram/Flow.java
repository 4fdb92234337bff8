package org.netdeck.diagram;

/** Which way a step's arrowheads point along the edges. */
enum Flow {
    /** No arrowheads. */
    NONE,
    /** From input to output: the forward pass. */
    FORWARD,
    /** From output back to input: gradients. */
    BACKWARD
}
