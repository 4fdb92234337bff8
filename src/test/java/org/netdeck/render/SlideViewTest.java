package org.netdeck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.netdeck.testing.SampleSite;

class SlideViewTest {

    @Test
    void anchorConvention() {
        assertEquals("slide-3", SlideView.anchorFor(3));
    }

    @Test
    void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> new SlideView(0, "slide-0", "T", "", null));
    }

    @Test
    void theDiagramStepComesFromItsView() {
        assertEquals("forward", new SlideView(1, "slide-1", "T", "", SampleSite.FORWARD).diagramStep());
        assertNull(new SlideView(1, "slide-1", "T", "", null).diagramStep());
    }

    @Test
    void notesAreOptional() {
        assertFalse(new SlideView(1, "slide-1", "T", "", null).hasNotes());
        assertTrue(new SlideView(1, "slide-1", "T", "", null, "<p>n</p>").hasNotes());
    }

    @Test
    void aDiagramViewReadsTheViewBoxAndNamesItsInlineCopy() {
        DiagramView d =
                DiagramView.of("loss", "T", "D", "<svg viewBox=\"0 0 626 398\" role=\"img\"><text>x</text></svg>");
        assertEquals("0 0 626 398", d.viewBox());
        assertEquals("diagram-loss", d.id());
        assertTrue(d.svg().startsWith("<svg id=\"diagram-loss\" viewBox="), d.svg());
        assertThrows(
                IllegalArgumentException.class, () -> DiagramView.of("loss", "T", "D", "<svg role=\"img\"></svg>"));
    }
}
