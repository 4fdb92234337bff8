package org.netdeck.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One diagram as a deck page uses it: its step ({@code landscape}) and its name (the step's, or with a choice of runs
 * {@code landscape-small_lr-adam}). The page inlines {@code svg} once, whatever the number of slides that
 * show it, with the id {@link #id()} on its root; each slide then draws it with {@code <use>} inside an
 * {@code <svg>} of its own ({@code viewBox}, and its own title and description, so ids stay unique). A diagram drawn
 * in {@code panels} (the training step: the network beside the loss plot) is drawn one {@code <svg>} per panel, each
 * a {@code <use>} of the panel's group in the panel's viewBox, so a page can lay the panels out side by side or one
 * under the other.
 */
public record DiagramView(
        String step, String name, String title, String description, String viewBox, String svg, List<Panel> panels) {

    private static final Pattern VIEW_BOX = Pattern.compile("\\sviewBox=\"([^\"]*)\"");
    private static final Pattern PANEL = Pattern.compile("<g\\s[^>]*\\bdata-panel=\"([^\"]*)\"[^>]*>");
    private static final String PANEL_ATTRIBUTE = "data-panel=\"";
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern BOX = Pattern.compile("\\sdata-box=\"([^\"]*)\"");

    /** One panel of a diagram: its name ({@code network}, {@code plot}), its group's id, its viewBox. */
    public record Panel(String name, String id, String viewBox) {
        public Panel {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(viewBox, "viewBox");
        }
    }

    /** A step's default diagram in one piece, named by the step. */
    public DiagramView(String step, String title, String description, String viewBox, String svg) {
        this(step, step, title, description, viewBox, svg, List.of());
    }

    public DiagramView {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(viewBox, "viewBox");
        Objects.requireNonNull(svg, "svg");
        panels = List.copyOf(panels);
    }

    /** A step's view from its inline {@code <svg>} element: the viewBox read from it, the id written into it. */
    public static DiagramView of(String step, String title, String description, String inlineSvg) {
        return of(step, step, title, description, inlineSvg);
    }

    /**
     * The view of the diagram named {@code name} (the step's id, or a run choice's such as
     * {@code landscape-small_lr-adam}) of step {@code step}.
     */
    public static DiagramView of(String step, String name, String title, String description, String inlineSvg) {
        Matcher m = VIEW_BOX.matcher(inlineSvg);
        if (!inlineSvg.startsWith("<svg ") || !m.find()) {
            throw new IllegalArgumentException("not an inline <svg> with a viewBox: " + name);
        }
        String svg = "<svg id=\"" + idFor(name) + "\" " + inlineSvg.substring("<svg ".length());
        return new DiagramView(step, name, title, description, m.group(1), svg, panels(svg));
    }

    /** The panels of an inline SVG: its groups with {@code data-panel}, {@code id} and {@code data-box}, in order. */
    static List<Panel> panels(String svg) {
        List<Panel> panels = new ArrayList<>();
        Matcher g = PANEL.matcher(svg);
        // each match is the tag around a "data-panel=": found with indexOf, not by trying PANEL at every "<g" of the
        // SVG
        for (int at = svg.indexOf(PANEL_ATTRIBUTE); at >= 0; at = svg.indexOf(PANEL_ATTRIBUTE, at + 1)) {
            int tag = svg.lastIndexOf('<', at);
            if (tag < 0 || !g.region(tag, svg.length()).lookingAt()) {
                continue;
            }
            at = g.end() - 1;
            Matcher id = ID.matcher(g.group());
            Matcher box = BOX.matcher(g.group());
            if (!id.find() || !box.find()) {
                throw new IllegalArgumentException("a panel needs an id and a data-box: " + g.group());
            }
            panels.add(new Panel(g.group(1), id.group(1), box.group(1)));
        }
        return panels;
    }

    /**
     * Where a diagram's description starts listing the texts its picture leaves out (no room at a legible size), as
     * {@code diagram.NetworkLayout.described} writes it: the texts follow, "; " between them, and a full stop.
     */
    static final String UNWRITTEN = " Not written in the picture (no room at a legible size): ";

    /**
     * The texts the picture leaves out, as its description lists them ({@link #UNWRITTEN}): a page shows them under
     * the figure, so a sighted reader reaches every value too, by keyboard; none when every text is drawn.
     */
    public List<String> unwritten() {
        int at = description.indexOf(UNWRITTEN);
        if (at < 0) {
            return List.of();
        }
        String list = description.substring(at + UNWRITTEN.length());
        int end = list.lastIndexOf('.');
        return List.of((end == list.length() - 1 ? list.substring(0, end) : list).split("; "));
    }

    /** The id of the diagram's one inline copy on the page, such as {@code diagram-forward}. */
    public String id() {
        return idFor(name);
    }

    static String idFor(String step) {
        return "diagram-" + step;
    }
}
