package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void writesThreeDecimalsWithARealMinus() {
        assertEquals("0.800", Numbers.value(0.8));
        assertEquals("\u22120.500", Numbers.value(-0.5));
        assertEquals("0.300", Numbers.value(0.1 + 0.2));
        assertEquals("12.346", Numbers.value(12.3456));
        assertEquals("0.000", Numbers.value(0.0));
        assertEquals("0.000", Numbers.value(-0.0));
    }

    @Test
    void keepsThreeSignificantDigitsOfSmallValues() {
        assertEquals("0.0884", Numbers.value(0.08837));
        assertEquals("\u22120.00723", Numbers.value(-0.0072349));
        assertEquals("0.100", Numbers.value(0.09996));
        assertEquals("1.23×10⁻⁷", Numbers.value(1.234e-7));
        assertEquals("\u22124.50×10⁻¹²", Numbers.value(-4.5e-12));
    }

    @Test
    void showsAChangeWithEnoughDecimals() {
        assertEquals(List.of("0.800", "0.801"), Numbers.change(0.8, 0.80081));
        assertEquals(List.of("0.0884", "0.0876"), Numbers.change(0.08843, 0.08758));
        assertEquals(List.of("0.5000", "0.5001"), Numbers.change(0.5, 0.50012));
        assertEquals(List.of("0.500", "0.500"), Numbers.change(0.5, 0.5));
    }

    @Test
    void writesAuthorConstantsAndTicksShort() {
        assertEquals("0.1", Numbers.exact(0.1));
        assertEquals("2", Numbers.exact(2.0));
        assertEquals("0.05", Numbers.tick(0.05, 0.01));
        assertEquals("0.00", Numbers.tick(1e-17, 0.02));
        assertEquals("200", Numbers.tick(200, 200));
        assertEquals("\u22120.5", Numbers.tick(-0.5, 0.5));
    }
}
