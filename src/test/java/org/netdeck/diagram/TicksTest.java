package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void choosesOneTwoFiveSteps() {
        assertEquals(new Ticks(0, 200, 6), Ticks.covering(0, 1000, 6));
        assertEquals(0.02, Ticks.covering(0, 0.0884, 6).step(), 1e-15);
        assertEquals(5.0, Ticks.covering(0, 23, 6).step(), 1e-15);
        assertEquals(1.0, Ticks.covering(0, 5, 6).step(), 1e-15);
    }

    @Test
    void coversTheRange() {
        for (double hi : new double[] {0.0884, 0.7, 1.0, 3.3, 57, 100_000}) {
            Ticks t = Ticks.covering(0, hi, 6);
            assertEquals(0.0, t.first());
            assertTrue(t.last() >= hi, hi + " ≤ " + t.last());
            assertTrue(t.count() <= 7, "at most 7 ticks for " + hi + ": " + t.count());
        }
        assertEquals(
                List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0), Ticks.covering(0, 5, 6).values());
    }
}
