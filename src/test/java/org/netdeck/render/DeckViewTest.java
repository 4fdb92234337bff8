package org.netdeck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeckViewTest {

    private static final SlideView ONE = new SlideView(1, "slide-1", "One", "<p>1</p>", null);

    @Test
    void slidesAreCopied() {
        List<SlideView> slides = new ArrayList<>(List.of(ONE));
        DeckView deck = new DeckView("d", "T", "S", "Series", 30, slides, null);
        slides.add(ONE);
        assertEquals(1, deck.slides().size());
        assertThrows(UnsupportedOperationException.class, () -> deck.slides().add(ONE));
    }

    @Test
    void aDeckHasSlidesAndANonNegativeReadingTime() {
        assertThrows(IllegalArgumentException.class, () -> new DeckView("d", "T", "S", "X", 30, List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new DeckView("d", "T", "S", "X", -1, List.of(ONE), null));
    }
}
