package org.netdeck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SlideViewTest {

    @Test
    void anchorConvention() {
        assertEquals("slide-3", SlideView.anchorFor(3));
    }

    @Test
    void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> new SlideView(0, "slide-0", "T", "", null, null));
    }

    @Test
    void diagramStepAndSvgComeTogether() {
        assertThrows(IllegalArgumentException.class, () -> new SlideView(1, "slide-1", "T", "", "forward", null));
        assertThrows(IllegalArgumentException.class, () -> new SlideView(1, "slide-1", "T", "", null, "<svg/>"));
        assertEquals("forward", new SlideView(1, "slide-1", "T", "", "forward", "<svg/>").diagramStep());
    }
}
