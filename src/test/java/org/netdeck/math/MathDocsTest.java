package org.netdeck.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/reference.md's Math section names every command and environment the translator knows, and no other. */
class MathDocsTest {

    private static String mathSection() throws IOException {
        String reference = Files.readString(Path.of("docs/reference.md"));
        int start = reference.indexOf("\n## Math\n");
        assertTrue(start >= 0, "docs/reference.md has a section '## Math'");
        return reference.substring(start, reference.indexOf("\n## ", start + 1));
    }

    @Test
    void everyCommandIsListed() throws IOException {
        String section = mathSection();
        List<String> missing = Tex.commands().stream()
                .filter(c -> !Pattern.compile("\\\\" + c + "(?![A-Za-z])")
                        .matcher(section)
                        .find())
                .toList();
        assertEquals(List.of(), missing, "commands docs/reference.md's Math section does not mention");
        List<String> missingEnvironments = Tex.environments().stream()
                .filter(e -> !section.contains("`" + e + "`"))
                .toList();
        assertEquals(List.of(), missingEnvironments);
    }

    @Test
    void everyListedCommandIsKnown() throws IOException {
        var table = mathSection().lines().filter(l -> l.startsWith("| ")).reduce("", (a, b) -> a + b + "\n");
        var m = Pattern.compile("\\\\([A-Za-z]+)").matcher(table);
        List<String> unknown = m.results()
                .map(r -> r.group(1))
                .distinct()
                .filter(c -> !Tex.commands().contains(c))
                .toList();
        assertEquals(
                List.of(), unknown, "commands in docs/reference.md's Math table that the translator does not know");
    }
}
