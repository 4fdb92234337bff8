package org.netdeck.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Precision;
import org.netdeck.testing.Fuzz;

class CheckpointJsonTest {

    @Test
    void numbersAreWrittenAsBigDecimalWritesThem() {
        assertEquals("-0.124", CheckpointJson.json("\u22120.124"));
        assertEquals("0.000439", CheckpointJson.json("0.000439"));
        assertEquals("1.23E-7", CheckpointJson.json("1.23×10⁻⁷"));
        assertEquals("1.23E-32", CheckpointJson.json("1.23×10⁻³²"));
        assertEquals("-5.0E-19", CheckpointJson.json("−5.0×10⁻¹⁹"));
        assertEquals("0.00000123", CheckpointJson.json("0.00000123"));
        assertEquals("12300", CheckpointJson.json("12300"));
        Random random = new Random(7);
        for (Precision kind : Precision.values()) {
            for (int i = Fuzz.cases(20_000); i > 0; i--) {
                double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 30);
                String shown = kind.format(x);
                String json = CheckpointJson.json(shown);
                assertEquals(Precision.shownValue(shown).toString(), json, () -> kind + " " + x);
                assertEquals(0, new BigDecimal(json).compareTo(Precision.shownValue(shown)), () -> kind + " " + x);
            }
        }
    }
}
