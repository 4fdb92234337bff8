package org.netdeck.diagram;

import java.util.List;
import java.util.Map;
import org.netdeck.compute.Values;
import org.netdeck.content.DiagramStep;

/**
 * A diagram before painting: its size (the SVG viewBox is {@code 0 0 width height}), its title and
 * description in words, the marks in painting order (later marks on top), {@code data}: attributes for the
 * root {@code <svg>} by name without the {@code data-} prefix (the training plot's scales, for a page script), and
 * {@code panels}: parts of the diagram a page may show apart (none for a one-piece diagram).
 */
public record Layout(
        DiagramStep step,
        double width,
        double height,
        String title,
        String description,
        List<Mark> marks,
        Map<String, String> data,
        List<Panel> panels) {

    /** This layout with {@code marks} in place of its own (the same step, size, words, data and panels). */
    public Layout withMarks(List<Mark> marks) {
        return new Layout(step, width, height, title, description, marks, data, panels);
    }

    /**
     * A part of a diagram drawn as one group ({@code <g id="STEP-panel-NAME" data-panel="NAME" data-box="x y w h">}):
     * the marks {@code from} (inclusive) to {@code to} (exclusive), inside {@code box}.
     */
    public record Panel(String name, Box box, int from, int to) {
        public Panel {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("bad mark range " + from + ".." + to);
            }
        }
    }

    public Layout {
        marks = List.copyOf(marks);
        data = Values.ordered(data);
        panels = List.copyOf(panels);
        int next = 0;
        for (Panel p : panels) {
            if (p.from() < next || p.to() > marks.size()) {
                throw new IllegalArgumentException("panels must be in order and within the marks: " + p);
            }
            next = p.to();
        }
    }

    /** A diagram in one piece without data attributes. */
    public Layout(DiagramStep step, double width, double height, String title, String description, List<Mark> marks) {
        this(step, width, height, title, description, marks, Map.of(), List.of());
    }

    public Box bounds() {
        return new Box(0, 0, width, height);
    }

    public List<Label> labels() {
        return marks.stream()
                .filter(Label.class::isInstance)
                .map(Label.class::cast)
                .toList();
    }

    public List<Circle> circles() {
        return marks.stream()
                .filter(Circle.class::isInstance)
                .map(Circle.class::cast)
                .toList();
    }

    public List<Line> lines() {
        return marks.stream()
                .filter(Line.class::isInstance)
                .map(Line.class::cast)
                .toList();
    }
}
