package org.netdeck.diagram;

import java.util.Objects;
import org.netdeck.content.DiagramStep;

/**
 * One drawn step. {@code standalone} is a whole SVG document (XML prolog, size, default light/dark stylesheet)
 * for a file of its own; {@code inline} is the bare {@code <svg>} element (no prolog, no size, no stylesheet) to
 * put inside HTML, themed by the deck's stylesheet through the classes documented in {@link Diagrams}.
 */
public record Diagram(DiagramStep step, String title, String description, String standalone, String inline) {

    public Diagram {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(standalone, "standalone");
        Objects.requireNonNull(inline, "inline");
    }

    /** The file name of the standalone form, e.g. {@code output-gradient.svg}. */
    public String fileName() {
        return step.id() + ".svg";
    }
}
