package org.netdeck.problem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in an input file. Lines and columns count from 1; {@code 0} means "not known"
 * (a whole file, say), and is left out when printed.
 *
 * <pre>{@code new SourcePosition(Path.of("content/backprop/deck.md"), 12, 5)  // content/backprop/deck.md:12:5}</pre>
 */
public record SourcePosition(Path file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    /** The whole file, with no line or column. */
    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    /** {@code path:line:col}, {@code path:line} or {@code path}, with forward slashes on every system. */
    @Override
    public String toString() {
        String p = file.toString().replace('\\', '/');
        if (line == 0) {
            return p;
        }
        return column == 0 ? p + ":" + line : p + ":" + line + ":" + column;
    }
}
