package org.netdeck.content;

import java.util.Objects;
import java.util.Optional;
import org.netdeck.problem.SourcePosition;

/**
 * One slide: its {@code ## } heading's text, the Markdown below the heading (references still
 * unbound), where that Markdown starts in the deck file, and the diagram step it asked for, if any.
 */
public record Slide(
        String title,
        String markdown,
        SourcePosition heading,
        SourcePosition body,
        Optional<DiagramStep> diagram) {

    public Slide {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(diagram, "diagram");
    }
}
