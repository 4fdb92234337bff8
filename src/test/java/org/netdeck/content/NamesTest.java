package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void distanceCountsEditsAndSwaps() {
        assertEquals(0, Names.distance("loss", "loss"));
        assertEquals(1, Names.distance("learning_rat", "learning_rate"));
        assertEquals(1, Names.distance("tahn", "tanh"));
        assertEquals(2, Names.distance("sigmod", "sigmoid_"));
        assertEquals(4, Names.distance("", "relu"));
    }

    @Test
    void closestNeedsToBeClose() {
        assertEquals(Optional.of("learning_rate"), Names.closest("learningrate", List.of("loss", "learning_rate")));
        assertEquals(Optional.of("tanh"), Names.closest("TANH", List.of("sigmoid", "tanh")));
        assertEquals(Optional.empty(), Names.closest("softmax", List.of("sigmoid", "tanh", "relu", "linear")));
        assertEquals(Optional.empty(), Names.closest("ab", List.of("xy")));
        assertEquals(Optional.empty(), Names.closest("x", List.of()));
    }

    @Test
    void namesAreIdentifiersAndNotReserved() {
        assertEquals(Optional.empty(), Names.whyNot("_h1", true));
        assertEquals(Optional.empty(), Names.whyNot("yhat", true));
        assertTrue(Names.whyNot("1h", true).orElseThrow().contains("is not a valid name"));
        assertTrue(Names.whyNot("h 1", false).orElseThrow().contains("is not a valid name"));
        assertTrue(Names.whyNot("grad", true).orElseThrow().contains("reserved"));
        assertEquals(Optional.empty(), Names.whyNot("input", false), "layers may use reserved words");
    }

    @Test
    void listQuotesEach() {
        assertEquals("'a', 'b'", Names.list(List.of("a", "b")));
    }
}
