package org.netdeck.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizesTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void aSizeJustOverALimitNeverReadsAsTheLimit() {
        assertEquals("20971521 bytes (20 MiB and 1 byte)", Sizes.over(20 * MIB + 1, 20 * MIB));
        assertEquals("20971620 bytes (20 MiB and 100 bytes)", Sizes.over(20 * MIB + 100, 20 * MIB));
        assertEquals("20.5 MiB", Sizes.over(20 * MIB + MIB / 2, 20 * MIB));
        assertEquals("1048577 bytes (1 MiB and 1 byte)", Sizes.over(MIB + 1, MIB));
    }
}
