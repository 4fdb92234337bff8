package org.netdeck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The explanations' words name values as the deck typesets them: a display label's TeX as Unicode text. */
class ExplanationsTest {

    @Test
    void aLabelsScriptsBecomeUnicodeScriptsAndItsAccentsStay() {
        assertEquals(Optional.of("w₃"), Explanations.unicode("w_3"));
        assertEquals(Optional.of("ŷ"), Explanations.unicode("\\hat{y}"));
        assertEquals(Optional.of("ŷ₁"), Explanations.unicode("\\hat{y}_1"));
        assertEquals(Optional.of("δₕ₁"), Explanations.unicode("\\delta_{h_1}"));
        assertEquals(Optional.of("x²"), Explanations.unicode("x^2"));
        assertEquals(Optional.of("h"), Explanations.unicode("h"));
    }

    @Test
    void aScriptUnicodeCannotWriteOrTexThatDoesNotParseGivesNothing() {
        assertEquals(Optional.empty(), Explanations.unicode("y_q")); // no subscript q in Unicode
        assertEquals(Optional.empty(), Explanations.unicode("\\frac{"));
    }
}
