package org.netdeck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueFormatTest {

    private static String format(String spec, double value) {
        return ValueFormat.parse(spec).orElseThrow().format(value, false);
    }

    private static String plain(double value) {
        return ValueFormat.DEFAULT.format(value, false);
    }

    @Test
    void defaultKeepsFourSignificantDigitsWithoutTrailingZeros() {
        assertEquals("0.5987", plain(0.598687660112452));
        assertEquals("0.09", plain(0.09));
        assertEquals("1", plain(1.0));
        assertEquals("1,000", plain(1000));
        assertEquals("12,350", plain(12345));
        assertEquals("0.0884", plain(0.08840000001));
        assertEquals("−0.5", plain(-0.5));
        assertEquals("0", plain(0.0));
        assertEquals("0", plain(-0.0));
    }

    @Test
    void defaultPrintsCountsAsWholeNumbers() {
        assertEquals("12,345", ValueFormat.DEFAULT.format(12345, true));
        assertEquals("1,000", ValueFormat.DEFAULT.format(1000, true));
    }

    @Test
    void defaultUsesPowersOfTenOnlyForExtremeMagnitudes() {
        assertEquals("1.235×10⁻⁸", plain(1.2345678e-8));
        assertEquals("−2×10⁻⁷", plain(-2e-7));
        assertEquals("0.000001", plain(1e-6));
        assertEquals("1×10¹⁵", plain(1e15));
        assertEquals("123,500,000,000,000", plain(1.23456e14));
    }

    @Test
    void zeroPatternsGiveFixedDecimalsRoundedHalfUp() {
        assertEquals("0.6", format("0.0", 0.598687660112452));
        assertEquals("0.60", format("0.00", 0.598687660112452));
        assertEquals("0.599", format("0.000", 0.598687660112452));
        assertEquals("0.5987", format("0.0000", 0.598687660112452));
        assertEquals("2.68", format("0.00", 2.675)); // half-up on the decimal that full shows
        assertEquals("0.13", format("0.00", 0.125));
        assertEquals("1000.00", format("0.00", 1000));
        assertEquals("−0.01", format("0.00", -0.006));
        assertEquals("0.00", format("0.00", -0.001)); // never "−0.00"
    }

    @Test
    void intRoundsToAWholeNumber() {
        assertEquals("3", format("int", 2.5));
        assertEquals("−3", format("int", -2.5));
        assertEquals("0", format("int", -0.4));
        assertEquals("1,000", format("int", 999.6));
    }

    @Test
    void percentMultipliesByAHundred() {
        assertEquals("78%", format("percent", 0.784));
        assertEquals("79%", format("percent", 0.785));
        assertEquals("78.4%", format("percent1", 0.784));
        assertEquals("78.0%", format("percent1", 0.78));
        assertEquals("−12%", format("percent", -0.123));
        assertEquals("0%", format("percent", -0.001));
    }

    @Test
    void significantDigitsKeepTheirZeros() {
        assertEquals("0.60", format("sig2", 0.598687660112452));
        assertEquals("0.599", format("sig3", 0.598687660112452));
        assertEquals("0.5987", format("sig4", 0.598687660112452));
        assertEquals("0.59869", format("sig5", 0.598687660112452));
        assertEquals("0.598688", format("sig6", 0.598687660112452));
        assertEquals("1.00", format("sig3", 1.0));
        assertEquals("1,200", format("sig2", 1234));
        assertEquals("0.00", format("sig3", 0.0));
        assertEquals("−0.0656", format("sig3", -0.065612));
    }

    @Test
    void fullIsTheShortestRoundTripWithoutExponentForOrdinaryMagnitudes() {
        assertEquals("0.598687660112452", format("full", 0.598687660112452));
        assertEquals("1", format("full", 1.0));
        assertEquals("0.00001", format("full", 1e-5));
        assertEquals("−0.25", format("full", -0.25));
        assertEquals("1×10⁻⁷", format("full", 1e-7));
        assertEquals(0.598687660112452, Double.parseDouble(format("full", 0.598687660112452)));
    }

    @Test
    void everyListedNameParsesAndNothingElse() {
        for (String name : ValueFormat.names()) {
            assertTrue(ValueFormat.parse(name).isPresent(), name);
        }
        assertTrue(ValueFormat.parse("pct").isEmpty());
        assertTrue(ValueFormat.parse("sig7").isEmpty());
        assertTrue(ValueFormat.parse("0.").isEmpty());
        assertTrue(ValueFormat.parse("Percent").isEmpty());
        assertEquals(
                new ValueFormat(ValueFormat.Kind.FIXED, 3),
                ValueFormat.parse("0.000").orElseThrow());
    }
}
