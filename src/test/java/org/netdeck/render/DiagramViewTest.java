package org.netdeck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A diagram step as a page uses it: its id, its viewBox, and the panels a page may draw apart. */
class DiagramViewTest {

    @Test
    void aDiagramInOnePieceHasNoPanels() {
        DiagramView v = DiagramView.of("forward", "t", "d", "<svg viewBox=\"0 0 10 20\" class=\"x\"><g/></svg>");
        assertEquals("0 0 10 20", v.viewBox());
        assertEquals("diagram-forward", v.id());
        assertEquals(List.of(), v.panels());
        assertEquals("<svg id=\"diagram-forward\" viewBox=\"0 0 10 20\" class=\"x\"><g/></svg>", v.svg());
    }

    @Test
    void panelsAreReadFromTheirGroupsInOrderWhateverTheAttributeOrder() {
        DiagramView v = DiagramView.of(
                "training",
                "t",
                "d",
                "<svg viewBox=\"0 0 100 40\"><g data-box=\"0 2 40 36\" class=\"panel\" id=\"training-panel-network\""
                        + " data-panel=\"network\"><g/></g><g id=\"training-panel-plot\" data-panel=\"plot\""
                        + " data-box=\"64 0 36 40\"/></svg>");
        assertEquals(
                List.of(
                        new DiagramView.Panel("network", "training-panel-network", "0 2 40 36"),
                        new DiagramView.Panel("plot", "training-panel-plot", "64 0 36 40")),
                v.panels());
    }

    @Test
    void aPanelWithoutItsBoxIsABug() {
        assertThrows(
                IllegalArgumentException.class,
                () -> DiagramView.of(
                        "training", "t", "d", "<svg viewBox=\"0 0 1 1\"><g id=\"a\" data-panel=\"x\"/></svg>"));
    }
}
