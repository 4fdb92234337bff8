package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netdeck.testing.DeckTexts.at;
import static org.netdeck.testing.DeckTexts.slideProblems;
import static org.netdeck.testing.DeckTexts.slides;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.problem.Problem;

/** {@code <!-- step -->} markers: fragments, their highlights with positions, and malformed markers. */
class FragmentMarkerTest {

    @Test
    void markersSplitASlideIntoFragmentsAndKeepLines() {
        Slide s = slides("""
                ## One

                Always shown.
                <!-- step -->
                Second.

                <!-- step: highlight yhat  w3,h1 -->

                - third
                <!--  STEP:highlight: x1 -->
                Fourth.
                """).get(0);
        assertEquals(3, s.fragments().size());
        assertEquals(List.of(), s.fragments().get(0).names());
        assertEquals(at(10, 1), s.fragments().get(0).where());
        assertEquals(List.of("yhat", "w3", "h1"), s.fragments().get(1).names());
        assertEquals(at(13, 22), s.fragments().get(1).highlights().get(0).where());
        assertEquals(at(13, 28), s.fragments().get(1).highlights().get(1).where());
        assertEquals(at(13, 31), s.fragments().get(1).highlights().get(2).where());
        assertEquals(List.of("x1"), s.fragments().get(2).names());
        assertEquals(at(16, 23), s.fragments().get(2).highlights().get(0).where());
        assertEquals(
                "\nAlways shown.\n<!--step-->\nSecond.\n\n<!--step-->\n\n- third\n<!--step-->\nFourth.\n",
                s.markdown());
    }

    @Test
    void aSlideWithoutMarkersHasNoFragmentsAndOrdinaryCommentsStay() {
        Slide s = slides("## One\n\n<!-- step by step -->\ntext\n").get(0);
        assertEquals(List.of(), s.fragments());
        assertEquals("\n<!-- step by step -->\ntext\n", s.markdown());
    }

    @Test
    void malformedMarkersAreErrorsAtTheirPlace() {
        List<Problem> p = slideProblems("""
                ## One

                <!-- step: lighten yhat -->

                Text <!-- step --> inline.

                - item

                  <!-- step -->
                """);
        assertEquals(3, p.size(), p.toString());
        assertEquals(at(9, 1), p.get(0).where());
        assertTrue(
                p.get(0).message().contains("malformed step marker"), p.get(0).message());
        assertEquals(at(11, 6), p.get(1).where());
        assertTrue(p.get(1).message().contains("must stand alone"), p.get(1).message());
        assertEquals(at(15, 3), p.get(2).where());
        assertTrue(p.get(2).message().contains("not inside a list"), p.get(2).message());
    }

    @Test
    void aMarkerInSpeakerNotesIsAnError() {
        List<Problem> p = slideProblems("## One\n\ntext\n:::notes\n<!-- step -->\n:::\n");
        assertEquals(1, p.size());
        assertEquals(at(11, 1), p.get(0).where());
        assertTrue(p.get(0).message().contains("speaker notes"));
    }

    @Test
    void aMarkerBeforeTheFirstSlideIsAnError() {
        List<Problem> p = slideProblems("<!-- step -->\n\n## One\n");
        assertEquals(at(7, 1), p.get(0).where());
    }
}
