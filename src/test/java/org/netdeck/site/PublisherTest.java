package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

    @TempDir
    Path tmp;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void replacesTheWholeFolder() throws Exception {
        Path out = tmp.resolve("site");
        Publisher.publish(Map.of("a.txt", b("1"), "d/b.txt", b("2")), out);
        Publisher.publish(Map.of("c.txt", b("3")), out);
        assertEquals(Set.of("c.txt"), Fixtures.tree(out).keySet(), "files of the previous build are gone");
        assertEquals("3", Files.readString(out.resolve("c.txt")));
        assertEquals(1, Files.list(tmp).count(), "no temporary folder left");
    }

    @Test
    void aPathOutsideTheSiteIsRefusedAndNothingChanges() throws Exception {
        Path out = tmp.resolve("site");
        Publisher.publish(Map.of("a.txt", b("1")), out);
        assertThrows(IllegalArgumentException.class, () -> Publisher.publish(Map.of("../evil.txt", b("x")), out));
        assertEquals(Set.of("a.txt"), Fixtures.tree(out).keySet());
        assertEquals(1, Files.list(tmp).count());
    }
}
