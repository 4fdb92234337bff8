package org.netdeck.compute;

import java.util.OptionalInt;

/** The answer to a {@link Goal}: the first number of gradient-descent steps after which it holds, or empty if never within {@link NetworkSpec#MAX_ITERATIONS}. */
public record StepsTo(Goal goal, OptionalInt steps) {}
