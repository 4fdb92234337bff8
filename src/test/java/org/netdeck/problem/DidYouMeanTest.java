package org.netdeck.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void distanceCountsEditsAndSwaps() {
        assertEquals(0, DidYouMean.distance("loss", "loss"));
        assertEquals(1, DidYouMean.distance("learning_rat", "learning_rate"));
        assertEquals(1, DidYouMean.distance("tahn", "tanh"));
        assertEquals(2, DidYouMean.distance("sigmod", "sigmoid_"));
        assertEquals(4, DidYouMean.distance("", "relu"));
    }

    @Test
    void closestNeedsToBeClose() {
        assertEquals(
                Optional.of("learning_rate"), DidYouMean.closest("learningrate", List.of("loss", "learning_rate")));
        assertEquals(Optional.of("tanh"), DidYouMean.closest("TANH", List.of("sigmoid", "tanh")));
        assertEquals(Optional.empty(), DidYouMean.closest("softmax", List.of("sigmoid", "tanh", "relu", "linear")));
        assertEquals(Optional.empty(), DidYouMean.closest("ab", List.of("xy")));
        assertEquals(Optional.empty(), DidYouMean.closest("x", List.of()));
    }

    @Test
    void aHintIsWordedOneWayAndListsWhatFollows() {
        List<String> activations = List.of("sigmoid", "tanh");
        assertEquals("; did you mean 'tanh'?", DidYouMean.hint("tahn", activations));
        assertEquals("", DidYouMean.hint("softmax", activations));
        assertEquals(
                "; did you mean 'tanh'? The activations are sigmoid, tanh",
                DidYouMean.hint("tahn", activations, "the activations are sigmoid, tanh"));
        assertEquals(
                "; the activations are sigmoid, tanh",
                DidYouMean.hint("softmax", activations, "the activations are sigmoid, tanh"));
    }
}
