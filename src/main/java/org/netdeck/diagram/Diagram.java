package org.netdeck.diagram;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.netdeck.compute.Explanation;
import org.netdeck.content.DiagramStep;

/**
 * One drawn step, named {@code name}: the step's id, or for a diagram of some of the runs the
 * {@link org.netdeck.content.DiagramChoice#id() choice's} ({@code landscape-small_lr-large_lr}); ids inside it start
 * with the name. {@code standalone} is a whole SVG document (XML prolog, size, default light/dark stylesheet)
 * for a file of its own; {@code inline} is the bare {@code <svg>} element (no prolog, no size, no stylesheet) to
 * put inside HTML, themed by the deck's stylesheet through the classes documented in {@link Diagrams}.
 * {@code explanations}: the values the figure computes itself and explains (the landscape key's ends), by the name
 * their {@code data-ref} carries ({@code landscape.key.min_loss}), for the page's explanations beside the engine's.
 */
public record Diagram(
        DiagramStep step,
        String name,
        String title,
        String description,
        String standalone,
        String inline,
        Map<String, Explanation> explanations) {

    /** The step's default diagram, named by the step. */
    public Diagram(DiagramStep step, String title, String description, String standalone, String inline) {
        this(step, step.id(), title, description, standalone, inline);
    }

    /** A diagram whose numbers are all the engine's values (it explains none of its own). */
    public Diagram(DiagramStep step, String name, String title, String description, String standalone, String inline) {
        this(step, name, title, description, standalone, inline, Map.of());
    }

    public Diagram {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(standalone, "standalone");
        Objects.requireNonNull(inline, "inline");
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
    }

    /** The file name of the standalone form, e.g. {@code output-gradient.svg}, {@code landscape-small_lr-adam.svg}. */
    public String fileName() {
        return name + ".svg";
    }
}
