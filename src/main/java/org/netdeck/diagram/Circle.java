package org.netdeck.diagram;

import java.util.List;

/** A disc: a neuron (named) or a marked point of a plot (name empty). */
public record Circle(String name, Point center, double radius, List<String> classes) implements Mark {

    public Circle {
        classes = List.copyOf(classes);
        if (!(radius > 0.0)) {
            throw new IllegalArgumentException("radius must be positive: " + radius);
        }
    }

    @Override
    public Circle moved(double dx, double dy) {
        return new Circle(name, center.plus(dx, dy), radius, classes);
    }

    public boolean isNeuron() {
        return !name.isEmpty();
    }
}
