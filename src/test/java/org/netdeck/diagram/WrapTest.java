package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {

    @Test
    void keepsAShortCaptionOnOneLine() {
        assertEquals(List.of("loss L = 0.0884"), Wrap.lines("loss L = 0.0884", 36));
    }

    @Test
    void breaksAfterAClauseBeforeBreakingBetweenWords() {
        assertEquals(
                List.of("δ = ∂L/∂z in each neuron;", "∂L/∂w = δ(to) · a(from) on each edge"),
                Wrap.lines("δ = ∂L/∂z in each neuron; ∂L/∂w = δ(to) · a(from) on each edge", 40));
        assertEquals(
                List.of("solid line: w > 0; dashed: w < 0;", "thicker: larger |w|"),
                Wrap.lines("solid line: w > 0; dashed: w < 0; thicker: larger |w|", 36));
    }

    @Test
    void wrapsALongClauseWordByWordAndKeepsAnOverlongWordWhole() {
        assertEquals(
                List.of("each neuron shows", "its activation a =", "f(z)"),
                Wrap.lines("each neuron shows its activation a = f(z)", 18));
        assertEquals(List.of("a", "abcdefghij", "b"), Wrap.lines("a abcdefghij b", 4));
    }
}
