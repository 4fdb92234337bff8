package org.netdeck.content;

import java.util.List;
import java.util.Objects;
import org.netdeck.problem.SourcePosition;

/**
 * One fragment of a slide: the part after a {@code <!-- step -->} marker line, shown one at a time. {@code where}
 * is the marker's place in the deck file; {@code highlights} the diagram parts its
 * {@code <!-- step: highlight yhat w3 -->} names (empty for a plain marker), each with its own place.
 */
public record Fragment(SourcePosition where, List<Highlight> highlights) {

    /** A diagram part (a neuron, weight or bias name) as written in a marker, and where. */
    public record Highlight(String name, SourcePosition where) {
        public Highlight {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(where, "where");
        }
    }

    public Fragment {
        Objects.requireNonNull(where, "where");
        highlights = List.copyOf(highlights);
    }

    /** The highlighted names, in the order written. */
    public List<String> names() {
        return highlights.stream().map(Highlight::name).toList();
    }
}
