package org.netdeck.diagram;

import java.util.List;

/**
 * A filled area: one or more closed rings (a ring inside another, wound the other way, is a hole, as the
 * non-zero rule fills them), with an outline stroked {@code outline} wide (0: none). A band of a contour plot.
 */
public record Region(List<List<Point>> rings, double outline, List<String> classes) implements Mark {

    public Region {
        rings = rings.stream().map(List::copyOf).toList();
        classes = List.copyOf(classes);
        if (rings.isEmpty() || rings.stream().anyMatch(r -> r.size() < 3)) {
            throw new IllegalArgumentException("a region needs at least one ring of three points");
        }
    }

    @Override
    public Region moved(double dx, double dy) {
        return new Region(
                rings.stream()
                        .map(r -> r.stream().map(p -> p.plus(dx, dy)).toList())
                        .toList(),
                outline,
                classes);
    }
}
