package org.netdeck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SiteInfoTest {

    @Test
    void languageDefaultsToEnglishAndDescriptionToEmpty() {
        SiteInfo site = new SiteInfo("T", null, " ");
        assertEquals("en", site.lang());
        assertEquals("", site.description());
        assertEquals("de", new SiteInfo("T", "D", "de").lang());
    }
}
