package org.netdeck.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineStartsTest {

    @Test
    void anOffsetIsOnTheLastLineStartingAtOrBeforeIt() {
        LineStarts s = LineStarts.of("ab\n\ncd\n");
        assertEquals(
                List.of(0, 0, 0, 1, 2, 2, 2, 3),
                List.of(s.line(0), s.line(1), s.line(2), s.line(3), s.line(4), s.line(5), s.line(6), s.line(7)));
        assertEquals(List.of(0, 3, 4, 7), List.of(s.start(0), s.start(1), s.start(2), s.start(3)));
    }

    @Test
    void aTextWithoutBreaksIsOneLine() {
        LineStarts s = LineStarts.of("");
        assertEquals(0, s.line(0));
        assertEquals(0, s.start(0));
        assertEquals(0, LineStarts.of("abc").line(2));
    }

    @Test
    void aCarriageReturnStaysOnItsLine() {
        LineStarts s = LineStarts.of("a\r\nb");
        assertEquals(0, s.line(1));
        assertEquals(1, s.line(3));
    }
}
