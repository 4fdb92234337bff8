package org.netdeck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeckViewTest {

    private static final SlideView ONE = new SlideView(1, "slide-1", "One", "<p>1</p>", null);

    @Test
    void slidesAreCopied() {
        List<SlideView> slides = new ArrayList<>(List.of(ONE));
        DeckView deck = new DeckView("d", "T", "S", "Series", 30, slides, null, null);
        slides.add(ONE);
        assertEquals(1, deck.slides().size());
        assertThrows(UnsupportedOperationException.class, () -> deck.slides().add(ONE));
    }

    @Test
    void aDeckHasSlidesAndANonNegativeReadingTime() {
        assertThrows(IllegalArgumentException.class, () -> new DeckView("d", "T", "S", "X", 30, List.of(), null, null));
        assertThrows(
                IllegalArgumentException.class, () -> new DeckView("d", "T", "S", "X", -1, List.of(ONE), null, null));
    }

    @Test
    void theDiagramsAreTheDistinctStepsOfTheSlidesInOrderOfFirstAppearance() {
        DiagramView a = DiagramView.of("forward", "A", "a", "<svg viewBox=\"0 0 1 1\"></svg>");
        DiagramView b = DiagramView.of("loss", "B", "b", "<svg viewBox=\"0 0 1 1\"></svg>");
        List<SlideView> slides = List.of(
                new SlideView(1, "slide-1", "1", "", b),
                ONE,
                new SlideView(3, "slide-3", "3", "", a),
                new SlideView(4, "slide-4", "4", "", b));
        assertEquals(List.of(b, a), new DeckView("d", "T", "S", "X", 30, slides, null, null).diagrams());
        assertEquals(List.of(), new DeckView("d", "T", "S", "X", 30, List.of(ONE), null, null).diagrams());
    }

    @Test
    void replayedRunsKeepTheOrderTheyAreGivenIn() {
        // the page writes one checkpoints block per replayed run: an order that changed per JVM changed the bytes
        Map<String, String> runs = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add("run" + (40 - i) * 7 % 41);
            runs.put(names.get(i), "{}");
        }
        DeckView deck = new DeckView("d", "T", "S", "X", 30, List.of(ONE), null, "{}", runs, null);
        assertEquals(names, List.copyOf(deck.runCheckpoints().keySet()));
    }
}
