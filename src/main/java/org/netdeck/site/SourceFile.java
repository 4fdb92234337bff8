package org.netdeck.site;

import java.nio.file.Path;
import java.util.Objects;

/** One input file read into memory: its path as the user would name it, and its text. */
public record SourceFile(Path path, String text) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
