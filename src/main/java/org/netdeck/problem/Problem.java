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

    /** What to say about an exception that is a bug in netdeck rather than a mistake in the input. */
    public static String internalError(Throwable bug) {
        return "internal error: " + bug + " (this is a bug in netdeck: please report it with the input that caused it)";
    }

    @Override
    public String toString() {
        return where + ": error: " + message;
    }
}
