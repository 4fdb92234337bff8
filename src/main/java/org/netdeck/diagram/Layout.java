package org.netdeck.diagram;

import java.util.List;
import org.netdeck.content.DiagramStep;

/**
 * A diagram before painting: its size (the SVG viewBox is {@code 0 0 width height}), its title and
 * description in words, and the marks in painting order (later marks on top).
 */
public record Layout(DiagramStep step, double width, double height, String title, String description, List<Mark> marks) {

    public Layout {
        marks = List.copyOf(marks);
    }

    public Box bounds() {
        return new Box(0, 0, width, height);
    }

    public List<Label> labels() {
        return marks.stream().filter(Label.class::isInstance).map(Label.class::cast).toList();
    }

    public List<Circle> circles() {
        return marks.stream().filter(Circle.class::isInstance).map(Circle.class::cast).toList();
    }

    public List<Line> lines() {
        return marks.stream().filter(Line.class::isInstance).map(Line.class::cast).toList();
    }
}
