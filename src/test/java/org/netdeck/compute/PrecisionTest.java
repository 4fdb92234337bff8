package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrecisionTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "VALUE,    0.7026,       0.703",
        "VALUE,    0.8,          0.800",
        "VALUE,    -0.5,         −0.500",
        "VALUE,    2.0005,       2.001",
        "VALUE,    -0.0004,      −0.00040",
        "VALUE,    0,            0.000",
        "VALUE,    -0.0,         0.000",
        "GRADIENT, -0.12434,     −0.124",
        "GRADIENT, -0.07444,     −0.0744",
        "GRADIENT, -0.5947,      −0.595",
        "GRADIENT, 0.000438568,  0.000439",
        "GRADIENT, 1.234e-9,     0.00000000123",
        "GRADIENT, 0.5,          0.500",
        "GRADIENT, 1234.5,       1230",
        "GRADIENT, 0,            0.00",
        "LOSS,     0.08845,      0.0885",
        "UPDATED,  0.907444,     0.9074",
        "EXACT,    0.1,          0.1",
        "EXACT,    2,            2",
        "EXACT,    100,          100",
        "EXACT,    -0.25,        −0.25",
    })
    void eachKindHasItsDecimals(Precision kind, double value, String shown) {
        assertEquals(shown, kind.format(value));
    }

    @Test
    void nonFiniteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Precision.VALUE.format(Double.NaN));
    }
}
