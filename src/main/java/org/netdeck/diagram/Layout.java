package org.netdeck.diagram;

import java.util.List;
import java.util.Map;
import org.netdeck.compute.Values;
import org.netdeck.content.DiagramStep;

/**
 * A diagram before painting: its size (the SVG viewBox is {@code 0 0 width height}), its title and
 * description in words, the marks in painting order (later marks on top), and {@code data}: attributes for the
 * root {@code <svg>} by name without the {@code data-} prefix (the training plot's scales, for a page script).
 */
public record Layout(
        DiagramStep step,
        double width,
        double height,
        String title,
        String description,
        List<Mark> marks,
        Map<String, String> data) {

    public Layout {
        marks = List.copyOf(marks);
        data = Values.ordered(data);
    }

    public Layout(DiagramStep step, double width, double height, String title, String description, List<Mark> marks) {
        this(step, width, height, title, description, marks, Map.of());
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
