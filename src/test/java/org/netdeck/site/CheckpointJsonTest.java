package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Precision;

class CheckpointJsonTest {

    @Test
    void numbersAreWrittenAsBigDecimalWritesThem() {
        assertEquals("-0.124", CheckpointJson.json("\u22120.124"));
        assertEquals("0.000439", CheckpointJson.json("0.000439"));
        assertEquals("1.23E-7", CheckpointJson.json("0.000000123"));
        assertEquals("12300", CheckpointJson.json("12300"));
        Random random = new Random(7);
        for (Precision kind : Precision.values()) {
            for (int i = 0; i < 200_000; i++) {
                double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(20) - 12);
                String shown = kind.format(x);
                assertEquals(
                        new BigDecimal(shown.replace('\u2212', '-')).toString(),
                        CheckpointJson.json(shown),
                        () -> kind + " " + x);
            }
        }
    }
}
