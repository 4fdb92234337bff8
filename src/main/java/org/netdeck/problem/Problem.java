package org.netdeck.problem;

import java.util.Objects;

/**
 * One thing wrong with the input: where, what, and how to fix it, printed as
 * {@code path:line:col: error: message}.
 */
public record Problem(SourcePosition where, String message) {

    public Problem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": error: " + message;
    }
}
