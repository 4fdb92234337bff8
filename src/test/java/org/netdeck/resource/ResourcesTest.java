package org.netdeck.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.netdeck.cli.Main;

class ResourcesTest {

    @Test
    void readsABundledFileRelativeToTheAnchorOrAbsolute() throws Exception {
        String expected =
                Files.readString(Path.of("src/main/resources/org/netdeck/cli/new-deck.md"), StandardCharsets.UTF_8);
        assertEquals(expected, Resources.text(Main.class, "new-deck.md"));
        assertEquals(expected, Resources.text(ResourcesTest.class, "/org/netdeck/cli/new-deck.md"));
    }

    @Test
    void aMissingResourceIsABugNamedByItsPath() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> Resources.bytes(ResourcesTest.class, "no-such-file.txt"));
        assertTrue(e.getMessage().endsWith("org/netdeck/resource/no-such-file.txt"), e.getMessage());
    }
}
