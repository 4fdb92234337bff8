package org.netdeck.diagram;

import java.util.List;

/** A rounded rectangle in the page's background colour behind a label, hiding the lines it sits on. */
public record Backdrop(Box box, List<String> classes) implements Mark {

    public Backdrop {
        classes = List.copyOf(classes);
    }

    @Override
    public Backdrop moved(double dx, double dy) {
        return new Backdrop(box.moved(dx, dy), classes);
    }
}
