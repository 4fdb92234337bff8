package org.netdeck.problem;

import java.util.Objects;

/**
 * Something in the input that builds but misleads a reader: where, what, and what to write instead, printed like a
 * {@link Problem} as {@code path:line:col: warning: message}. A warning does not fail the build.
 */
public record Warning(SourcePosition where, String message) {

    public Warning {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": warning: " + message;
    }
}
