package org.netdeck.render;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One diagram step as a deck page uses it. The page inlines {@code svg} once, whatever the number of slides that
 * show the step, with the id {@link #id()} on its root; each slide then draws it with {@code <use>} inside an
 * {@code <svg>} of its own ({@code viewBox}, and its own title and description, so ids stay unique).
 */
public record DiagramView(String step, String title, String description, String viewBox, String svg) {

    private static final Pattern VIEW_BOX = Pattern.compile("\\sviewBox=\"([^\"]*)\"");

    public DiagramView {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(viewBox, "viewBox");
        Objects.requireNonNull(svg, "svg");
    }

    /** A step's view from its inline {@code <svg>} element: the viewBox read from it, the id written into it. */
    public static DiagramView of(String step, String title, String description, String inlineSvg) {
        Matcher m = VIEW_BOX.matcher(inlineSvg);
        if (!inlineSvg.startsWith("<svg ") || !m.find()) {
            throw new IllegalArgumentException("not an inline <svg> with a viewBox: " + step);
        }
        String svg = "<svg id=\"" + idFor(step) + "\" " + inlineSvg.substring("<svg ".length());
        return new DiagramView(step, title, description, m.group(1), svg);
    }

    /** The id of the step's one inline copy on the page, such as {@code diagram-forward}. */
    public String id() {
        return idFor(step);
    }

    static String idFor(String step) {
        return "diagram-" + step;
    }
}
