package org.netdeck.diagram;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link Label#width} with each text at each size estimated once, for one set of layouts: the network steps repeat
 * their labels from step to step and the label placer measures each label at every point it tries, and estimating a
 * label with math in it parses the math. Not thread-safe: one per {@code NetworkLayout} computation.
 */
final class TextWidths {

    private final Map<String, Double> known = new HashMap<>();

    /** {@code Label.width(text, size)}. */
    double of(String text, double size) {
        String key = size + "\u0000" + text;
        Double w = known.get(key);
        if (w == null) {
            w = Label.width(text, size);
            known.put(key, w);
        }
        return w;
    }

    /** {@code label.box()}. */
    Box box(Label label) {
        return label.box(of(label.text(), label.size()));
    }

    /** {@link NetworkGeometry#widest}: the width of the widest of {@code texts} at {@code size} (0 for none). */
    double widest(Collection<String> texts, double size) {
        double widest = 0.0;
        for (String t : texts) {
            widest = Math.max(widest, of(t, size));
        }
        return widest;
    }
}
