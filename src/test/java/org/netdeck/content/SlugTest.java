package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void lowerCaseLettersDigitsAndHyphensStartingWithALetterOrDigit() {
        assertTrue(Slug.isValid("backprop"));
        assertTrue(Slug.isValid("2-layer-net"));
        assertFalse(Slug.isValid("-leading"));
        assertFalse(Slug.isValid("My Deck"));
        assertFalse(Slug.isValid("under_score"));
        assertFalse(Slug.isValid(""));
    }

    @Test
    void suggestsASlugMadeFromTheName() {
        assertEquals("my-deck", Slug.suggest("My Deck"));
        assertEquals("gradient-descent", Slug.suggest("__Gradient  Descent!"));
        assertEquals("my-deck", Slug.suggest("***"));
    }
}
